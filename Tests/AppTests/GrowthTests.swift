import ClimateModel
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
@testable import ZavezaApp

@Suite("Growth: a city's activity growth under business as usual, checked by the model, recorded and restorable")
struct GrowthTests {
    static func kranjRates(_ app: Application) async throws -> [GrowthRate] {
        let kranj = try await CitiesQuery.require(slug: "kranj", on: app.db)
        return try await GrowthController.all(cityID: kranj.requireID(), on: app.db)
    }

    @Test("the demo rates are the example file's, shown in percent with their source; everyone reads them")
    func demoRates() async throws {
        try await withTestApp { app in
            let rates = try await Self.kranjRates(app)
            #expect(rates.map(\.gpc) == ["I.3", "II", "III.1"])
            let page = try await TestClient(app).get(SiteRoute.cityGrowth(slug: "kranj").path)
            #expect(page.status == .ok)
            #expect(page.text.contains("Rast dejavnosti v Kranju"))
            #expect(page.text.contains("0,5\u{00A0}% (0\u{00A0}% do 1,2\u{00A0}%)"))
            #expect(page.text.contains("−1\u{00A0}%") || page.text.contains("-1\u{00A0}%"))
            #expect(page.text.contains("Ponazoritev (examples/kranj.json)"))
            #expect(!page.text.contains("id=\"add-growth\""), "a visitor sees no form")
            let api = try await TestClient.api(app, .GET, SiteRoute.apiCityGrowth(slug: "kranj").path)
            #expect(api.status == .ok)
            #expect(api.text.contains(#""gpc":"II""#) && api.text.contains(#""rate_max":0.012"#))
        }
    }

    @Test("an officer adds a growth rate: business as usual rises, the notice tells the gap, the history names the rate")
    func addRaisesBAU() async throws {
        try await withTestApp { app in
            let kranj = try await CitiesQuery.require(slug: "kranj", on: app.db)
            let before = try await Pathway.snapshot(for: kranj, on: app.db).get()
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let added = try await officer.post(
                SiteRoute.cityGrowth(slug: "kranj").path,
                form: ["gpc": "I.1", "rate": "1,5", "rate_min": "0,5", "rate_max": "2", "source": "Stanovanjska gradnja, ocena oddelka"])
            #expect(added.status == .seeOther)
            let page = try await officer.get(SiteRoute.cityGrowth(slug: "kranj").path)
            // Kranj's plan meets 2030: the notice tells what growth did to the margin.
            #expect(page.text.contains("<p class=\"notice-detail\">Cilj 2030 je dosežen, rezerva: "))
            #expect(page.text.contains("Stanovanjska gradnja, ocena oddelka"))
            let rate = try #require(try await Self.kranjRates(app).first { $0.gpc == "I.1" })
            #expect(rate.rateMode == 0.015 && rate.rateMin == 0.005 && rate.rateMax == 0.02)
            let after = try await Pathway.snapshot(for: kranj, on: app.db).get()
            #expect(after.year(2030)!.bauTCO2e > before.year(2030)!.bauTCO2e)
            #expect(after.year(2018)!.bauTCO2e == before.year(2018)!.bauTCO2e, "the baseline year does not grow")
            let coordinator = try await TestClient.signedIn(app, as: Demo.coordinator)
            let history = try await coordinator.get(SiteRoute.cityHistory(slug: "kranj").path)
            #expect(history.text.contains("Stopnja rasti"))
            #expect(history.text.contains("1,5\u{00A0}%"))
        }
    }

    @Test("a rate the form or the model refuses is named on its field, in the reader's words; nothing is saved")
    func refused() async throws {
        try await withTestApp { app in
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let count = try await Self.kranjRates(app).count
            let cases: [([String: String], String, String)] = [
                (["gpc": "I.1", "rate": "70", "source": "x"], "rate", "med −50 in 50"),
                (
                    ["gpc": "I.1", "rate": "1", "rate_min": "2", "rate_max": "3", "source": "x"], "rate_min",
                    "najmanj ≤ najverjetneje ≤ največ"
                ),
                (["gpc": "I.1", "rate": "1", "rate_min": "0,5", "source": "x"], "rate_max", "obe meji"),
                (["gpc": "IX", "rate": "1", "source": "x"], "gpc", ""),
                (["gpc": "II", "rate": "1", "source": "x"], "gpc", "že obstaja"),
                (["gpc": "I.1", "rate": "1e308", "source": "x"], "rate", "med −50 in 50"),
                (["gpc": "I.1", "rate": "1"], "source", ""),
            ]
            for (form, field, words) in cases {
                let response = try await officer.post(SiteRoute.cityGrowth(slug: "kranj").path, form: form)
                #expect(response.status == .unprocessableEntity, "\(form)")
                #expect(response.text.contains("id=\"field-\(field)-error\""), "\(form)")
                #expect(words.isEmpty || response.text.contains(words), "\(form)")
            }
            #expect(try await Self.kranjRates(app).count == count)
        }
    }

    @Test("an officer edits a rate; a second edit from an old form is a conflict that keeps both values")
    func edit() async throws {
        try await withTestApp { app in
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let rate = try #require(try await Self.kranjRates(app).first { $0.gpc == "III.1" })
            let path = SiteRoute.cityGrowthEdit(slug: "kranj", id: try rate.requireID()).path
            let form = try await officer.get(path)
            #expect(form.text.contains("value=\"-1\"") || form.text.contains("value=\"−1\""))
            let values = ["gpc": "III.1", "rate": "-2", "source": "Načrt ravnanja z odpadki", "version": "1"]
            #expect(try await officer.post(path, form: values).status == .seeOther)
            #expect(try await GrowthRate.find(rate.requireID(), on: app.db)?.rateMode == -0.02)
            let stale = try await officer.post(path, form: values.merging(["rate": "-3"]) { $1 })
            #expect(stale.status == .conflict)
            #expect(try await GrowthRate.find(rate.requireID(), on: app.db)?.rateMode == -0.02)
        }
    }

    @Test("deleting a rate flattens its prefix; it comes back unless its prefix was given a rate since")
    func deleteRestore() async throws {
        try await withTestApp { app in
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let rate = try #require(try await Self.kranjRates(app).first { $0.gpc == "II" })
            #expect(try await officer.post(SiteRoute.cityGrowthDelete(slug: "kranj", id: rate.requireID()).path).status == .seeOther)
            let added = try await officer.post(
                SiteRoute.cityGrowth(slug: "kranj").path, form: ["gpc": "II", "rate": "0,2", "source": "Nova ocena"])
            #expect(added.status == .seeOther)
            let restore = SiteRoute.cityRestore(slug: "kranj", type: GrowthRate.auditType, id: try rate.requireID()).path
            _ = try await officer.post(restore)
            #expect(try await Self.kranjRates(app).filter { $0.gpc == "II" }.count == 1)
            let replacement = try #require(try await Self.kranjRates(app).first { $0.gpc == "II" })
            #expect(
                try await officer.post(SiteRoute.cityGrowthDelete(slug: "kranj", id: replacement.requireID()).path).status == .seeOther)
            #expect(try await officer.post(restore).status == .seeOther)
            #expect(try await Self.kranjRates(app).first { $0.gpc == "II" }?.id == rate.id)
        }
    }

    @Test("the API adds, changes and deletes rates with the city's token, as fractions; the same checks as the page")
    func api() async throws {
        try await withTestApp { app in
            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            let token = try await TestClient.token(app, admin: admin, city: "ljubljana")
            let path = SiteRoute.apiCityGrowth(slug: "ljubljana").path
            let body = #"{"gpc":"I.1","rate":0.01,"rate_min":0,"rate_max":0.02,"source":"API"}"#
            #expect(try await TestClient.api(app, .POST, path, body: body).status == .unauthorized)
            let created = try await TestClient.api(app, .POST, path, token: token, body: body)
            #expect(created.status == .created)
            #expect(created.text.contains(#""rate":0.01"#))
            let again = try await TestClient.api(app, .POST, path, token: token, body: body, language: "en")
            #expect(again.status == .badRequest)
            #expect(again.text.contains("has a rate already"))
            let wild = try await TestClient.api(app, .POST, path, token: token, body: #"{"gpc":"I.2.1","rate":5,"source":"API"}"#)
            #expect(wild.status == .badRequest && wild.text.contains(#""field":"rate""#))
            let id = try #require(
                try await GrowthRate.query(on: app.db).filter(\.$gpc == "I.1").filter(\.$source == "API").first()?.requireID())
            let one = SiteRoute.apiCityGrowthRate(slug: "ljubljana", id: id).path
            let changed = try await TestClient.api(
                app, .PUT, one, token: token, body: #"{"gpc":"I.1","rate":0.005,"source":"API"}"#, ifMatch: "\"1\"")
            #expect(changed.status == .ok)
            #expect(changed.text.contains(#""version":2"#) && !changed.text.contains("rate_min"))
            let stale = try await TestClient.api(
                app, .PUT, one, token: token, body: #"{"gpc":"I.1","rate":0.007,"source":"API"}"#, ifMatch: "\"1\"")
            #expect(stale.status == .preconditionFailed)
            #expect(try await TestClient.api(app, .DELETE, one, token: token).status == .noContent)
            let kranj = SiteRoute.apiCityGrowth(slug: "kranj").path
            #expect(try await TestClient.api(app, .POST, kranj, token: token, body: body).status == .forbidden)
        }
    }

    @Test("one live rate per prefix, however many save it at the same moment (the database's unique index)")
    func atMostOnce() async throws {
        try await withTestApp { app in
            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            let token = try await TestClient.token(app, admin: admin, city: "ljubljana")
            let path = SiteRoute.apiCityGrowth(slug: "ljubljana").path
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for index in 0..<8 {
                    group.addTask {
                        try await TestClient.api(
                            app, .POST, path, token: token, body: #"{"gpc":"I.4","rate":0.00\#(index),"source":"Hkrati \#(index)"}"#
                        ).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .created }.count == 1, "\(statuses)")
            #expect(statuses.allSatisfy { [.created, .badRequest, .conflict].contains($0) }, "\(statuses)")
            #expect(try await GrowthRate.query(on: app.db).filter(\.$gpc == "I.4").count() == 1)
        }
    }
}
