import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
@testable import ZavezaApp
@testable import ZavezaCLI

@Suite("Adaptation: the register of climate hazards and the actions that answer them")
struct HazardsTests {
    @Test("an officer registers a hazard and links an adaptation action to it; everyone sees both")
    func registerAndLink() async throws {
        try await withTestApp { app in
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let refused = try await officer.post(
                SiteRoute.cityHazards(slug: "kranj").path, form: ["kind": "cold", "probability": "low", "impact": "low"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("id=\"field-description-error\""))
            let added = try await officer.post(
                SiteRoute.cityHazards(slug: "kranj").path,
                form: [
                    "kind": "wildfire", "description": "Požari na Šmarjetni gori ob sušnih poletjih.", "probability": "low",
                    "impact": "medium", "trend": "increasing", "vulnerable_groups": "pohodniki",
                ])
            #expect(added.status == .seeOther)
            let hazard = try #require(
                try await Hazard.query(on: app.db).filter(\.$description == "Požari na Šmarjetni gori ob sušnih poletjih.").first())
            let n1 = try #require(
                try await CityAction.query(on: app.db).join(City.self, on: \CityAction.$city.$id == \City.$id).filter(
                    City.self, \.$slug == "kranj"
                )
                .filter(\.$code == "N1").first())
            var form = ActionInput(n1, .sl).values
            let linked = try await HazardLinks.linked(actionID: n1.requireID(), on: app.db)
            for id in linked { form[LinkChoice.fieldName(HazardLinks.prefix, id)] = "on" }
            form[LinkChoice.fieldName(HazardLinks.prefix, try hazard.requireID())] = "on"
            #expect(
                try await officer.post(SiteRoute.cityActionEdit(slug: "kranj", id: n1.requireID()).path, form: form).status == .seeOther)
            #expect(try await HazardLinks.linked(actionID: n1.requireID(), on: app.db).contains(try hazard.requireID()))
            let page = try await TestClient(app).get(SiteRoute.cityHazards(slug: "kranj").path)
            #expect(page.text.contains("Požari na Šmarjetni gori"))
            #expect(page.text.contains("N1 Mestni gozd in zelene površine"))
            // Riskiest first: heat (high × high) before the new wildfire (low × medium).
            #expect(page.text.range(of: "vročina")!.lowerBound < page.text.range(of: "požari v naravi")!.lowerBound)
            let api = try await TestClient.api(app, .GET, SiteRoute.apiCityHazards(slug: "kranj").path)
            #expect(api.text.contains(#""kind":"wildfire""#))
            #expect(api.text.contains(#""actions":["N1"]"#))
        }
    }

    @Test("deleting a hazard is reversible by the city admin")
    func deleteRestore() async throws {
        try await withTestApp { app in
            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            let hazard = try #require(
                try await Hazard.query(on: app.db).join(City.self, on: \Hazard.$city.$id == \City.$id).filter(
                    City.self, \.$slug == "ljubljana"
                )
                .filter(\.$kind == .drought).first())
            #expect(try await admin.post(SiteRoute.cityHazardDelete(slug: "ljubljana", id: hazard.requireID()).path).status == .seeOther)
            #expect(!(try await TestClient(app).get(SiteRoute.cityHazards(slug: "ljubljana").path).text.contains("Suše, ki ogrožajo")))
            let restore = SiteRoute.cityRestore(slug: "ljubljana", type: Hazard.auditType, id: try hazard.requireID()).path
            #expect(try await admin.post(restore).status == .seeOther)
            #expect(try await TestClient(app).get(SiteRoute.cityHazards(slug: "ljubljana").path).text.contains("Suše, ki ogrožajo"))
        }
    }
}
