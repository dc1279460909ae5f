import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import App

@Suite("The workspace through the API: what the pages do, machines do with the city's token")
struct WorkspaceAPITests {
    @Test("submit an inventory, register a hazard, note an action's progress, read the factors in force")
    func writes() async throws {
        try await withTestApp { app in
            // setup: Ljubljana's admin makes a draft and a token
            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            #expect(
                try await admin.post(
                    SiteRoute.cityInventories(slug: "ljubljana").path, form: ["year": "2024", "gwp": "AR5", "coverage": "BASIC"]
                ).status == .seeOther)
            let token = try await TestClient.token(app, admin: admin, city: "ljubljana")
            let base = "/api/v1/cities/ljubljana"

            // an empty draft cannot be submitted; with a row it can, and is locked
            let empty = try await TestClient.api(app, .POST, base + "/inventories/2024/submit", token: token, language: "en")
            #expect(empty.status == .badRequest)
            #expect(empty.text.contains("An empty inventory cannot be submitted."))
            let csv = "gpc,emissions_tco2e,data_source,quality\nIII.1.2,48000,Snaga,high\n"
            #expect(
                try await TestClient.api(app, .PUT, base + "/inventories/2024/rows", token: token, body: csv, contentType: "text/csv")
                    .status == .ok)
            let submitted = try await TestClient.api(app, .POST, base + "/inventories/2024/submit", token: token)
            #expect(submitted.status == .ok)
            #expect(submitted.text.contains(#""status":"submitted""#))
            #expect(submitted.text.contains(#""factors_kept":true"#))

            // a hazard
            let hazard = try await TestClient.api(
                app, .POST, base + "/hazards/register", token: token,
                body: #"{"kind":"cold","description":"Žled na drevesih.","probability":"low","impact":"medium"}"#)
            #expect(hazard.status == .created)
            #expect(try await Hazard.query(on: app.db).filter(\.$description == "Žled na drevesih.").count() == 1)

            // a progress note
            let w1 = try #require(
                try await CityAction.query(on: app.db).join(City.self, on: \CityAction.$city.$id == \City.$id)
                    .filter(City.self, \.$slug == "ljubljana").filter(\.$code == "W1").first())
            let note = try await TestClient.api(
                app, .POST, base + "/actions/\(try w1.requireID().uuidString)/updates", token: token,
                body: #"{"date":"2026-11-30","status":"completed","progress":100,"note":"RCERO dograjen."}"#)
            #expect(note.status == .ok)
            #expect(try await CityAction.find(w1.requireID(), on: app.db)?.status == .completed)
            #expect(try await ActionUpdate.query(on: app.db).filter(\.$note == "RCERO dograjen.").count() == 1)

            // the factors in force: Ljubljana's own 2019 electricity factor, then ARSO's for 2022
            let factors = try await TestClient.api(app, .GET, base + "/factors")
            #expect(factors.status == .ok)
            #expect(factors.text.contains(#"{"carrier":"electricity","source":"Ocena mesta (ponazoritev)","tco2e_per_mwh":0.25}"#))
            #expect(factors.text.contains(#""tco2e_per_mwh":0.208"#))
        }
    }
}
