import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
@testable import ZavezaApp
@testable import ZavezaCLI

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
                app, .POST, base + "/hazards", token: token,
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

    @Test("create an inventory and a factor, change and delete hazards, indicators, factors and actions; each recorded and restorable")
    func changesAndDeletes() async throws {
        try await withTestApp { app in
            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            let token = try await TestClient.token(app, admin: admin, city: "ljubljana")
            let base = "/api/v1/cities/ljubljana"
            let ljubljana = try await CitiesQuery.require(slug: "ljubljana", on: app.db)
            let cityID = try ljubljana.requireID()

            let created = try await TestClient.api(app, .POST, base + "/inventories", token: token, body: #"{"year":2025,"gwp":"AR6"}"#)
            #expect(created.status == .created)
            #expect(created.text.contains(#""gwp":"AR6""#) && created.text.contains(#""status":"draft""#))
            let again = try await TestClient.api(
                app, .POST, base + "/inventories", token: token, body: #"{"year":2025}"#, language: "en")
            #expect(again.status == .badRequest)
            #expect(again.text.contains("There is already an inventory for 2025."))

            let factor = try await TestClient.api(
                app, .POST, base + "/factors/entries", token: token,
                body: #"{"carrier":"district_heat","year_from":2030,"year_to":2035,"value":0.18,"source":"Načrt TE-TOL"}"#)
            #expect(factor.status == .created)
            let negative = try await TestClient.api(
                app, .POST, base + "/factors/entries", token: token,
                body: #"{"carrier":"district_heat","year_from":2030,"value":-1,"source":"x"}"#)
            #expect(negative.status == .badRequest)
            #expect(negative.text.contains(#""field":"value""#))
            let entry = try #require(try await EmissionFactor.query(on: app.db).filter(\.$source == "Načrt TE-TOL").first())
            #expect(entry.yearTo == 2035 && entry.value == 0.18)
            #expect(
                try await TestClient.api(app, .DELETE, base + "/factors/entries/\(try entry.requireID().uuidString)", token: token).status
                    == .noContent)

            let hazard = try #require(try await Hazard.query(on: app.db).filter(\.$city.$id == cityID).filter(\.$kind == .storm).first())
            let hazardPath = base + "/hazards/\(try hazard.requireID().uuidString)"
            let replaced = try await TestClient.api(
                app, .PUT, hazardPath, token: token,
                body: #"{"kind":"storm","description":"Viharji z vetrolomi.","probability":"high","impact":"medium","trend":"increasing"}"#)
            #expect(replaced.status == .ok)
            #expect(try await Hazard.find(hazard.requireID(), on: app.db)?.probability == .high)
            #expect(try await TestClient.api(app, .DELETE, hazardPath, token: token).status == .noContent)

            let indicator = try #require(try await Indicator.query(on: app.db).filter(\.$city.$id == cityID).first())
            let indicatorPath = base + "/indicators/definitions/\(try indicator.requireID().uuidString)"
            let renamed = try await TestClient.api(
                app, .PUT, indicatorPath, token: token,
                body: #"{"name":"Novo ime","unit":"%","field":"waste","direction":"up","target_year":2030,"target_value":90}"#)
            #expect(renamed.status == .ok)
            #expect(try await Indicator.find(indicator.requireID(), on: app.db)?.name == "Novo ime")
            #expect(try await TestClient.api(app, .DELETE, indicatorPath, token: token).status == .noContent)

            let action = try #require(try await CityAction.query(on: app.db).filter(\.$city.$id == cityID).filter(\.$code == "M1").first())
            #expect(
                try await TestClient.api(app, .DELETE, base + "/actions/\(try action.requireID().uuidString)", token: token).status
                    == .noContent)
            #expect(try await CityAction.find(action.requireID(), on: app.db) == nil)

            // The city admin sees them all among the deleted records and can bring them back.
            let deleted = try await admin.get(SiteRoute.cityDeleted(slug: "ljubljana").path)
            for text in ["Viharji z vetrolomi.", "Novo ime", "M1 · ", "district_heat 2030–2035"] {
                #expect(deleted.text.contains(text), "\(text) among the deleted records")
            }
            // Another city's token may do none of it.
            let kranjPath = "/api/v1/cities/kranj/inventories"
            #expect(try await TestClient.api(app, .POST, kranjPath, token: token, body: #"{"year":2026}"#).status == .forbidden)
        }
    }
}
