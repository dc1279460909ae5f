import ClimateModel
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
@testable import Partnership
@testable import ZavezaApp

@Suite("One delete and restore path: every kind of record a feature deletes")
struct RemovalTests {
    /// A record of Ljubljana of one kind and the address of its delete button.
    struct Case {
        let type: String
        let id: UUID
        let delete: SiteRoute
    }

    /// One record of every kind the features let people delete.
    static func cases(_ app: Application, _ admin: TestClient) async throws -> [Case] {
        let city = try await CitiesQuery.require(slug: "ljubljana", on: app.db)
        let cityID = try city.requireID()
        let slug = city.slug
        // The demo has no draft and no city factor: open the 2022 inventory again and add a factor, as an officer would.
        let inventory = try #require(try await CityInventory.query(on: app.db).filter(\.$city.$id == cityID).first())
        #expect(try await admin.post(SiteRoute.cityInventoryReopen(slug: slug, year: inventory.year).path).status == .seeOther)
        let factorForm = ["carrier": "electricity", "year_from": "2024", "value": "0,25", "source": "Elektro Ljubljana"]
        #expect(try await admin.post(SiteRoute.cityFactors(slug: slug).path, form: factorForm).status == .seeOther)
        let invite = ["name": "Nova Uradnica", "email": "nova.uradnica@ljubljana.example", "role": "city_officer"]
        #expect(try await admin.post(SiteRoute.cityPeople(slug: slug).path, form: invite).status == .seeOther)

        let contact = try #require(try await CityContact.query(on: app.db).filter(\.$city.$id == cityID).first())
        let role = try #require(
            try await RoleAssignment.query(on: app.db).filter(\.$city.$id == cityID).filter(\.$role == .cityOfficer).first())
        let action = try #require(try await CityAction.query(on: app.db).filter(\.$city.$id == cityID).first())
        let row = try #require(try await InventoryRow.query(on: app.db).filter(\.$inventory.$id == inventory.requireID()).first())
        let indicator = try #require(try await Indicator.query(on: app.db).filter(\.$city.$id == cityID).sort(\.$name).first())
        let value = try #require(
            try await IndicatorValue.query(on: app.db).filter(\.$indicator.$id != indicator.requireID()).filter(\.$cityID == cityID).first()
        )
        let hazard = try #require(try await Hazard.query(on: app.db).filter(\.$city.$id == cityID).first())
        let growth = try #require(try await GrowthRate.query(on: app.db).filter(\.$city.$id == cityID).first())
        let scenario = try #require(try await PlanScenario.query(on: app.db).filter(\.$city.$id == cityID).first())
        let factor = try #require(
            try await EmissionFactor.query(on: app.db).filter(\.$cityID == cityID).filter(\.$source == "Elektro Ljubljana").first())
        // An answer of a Ljubljana member in the working group: the city admin looks after it.
        let answer = try #require(try await HelpAnswer.query(on: app.db).filter(\.$city.$id == cityID).first())
        // A good practice of Ljubljana and an attachment of another: the city admin looks after them.
        let practices = try await GoodPractice.query(on: app.db).filter(\.$city.$id == cityID).sort(\.$title).all()
        let practice = try #require(practices.first)
        let file = try #require(try await PracticeAttachment.query(on: app.db).filter(\.$practice.$id == practices[1].requireID()).first())
        return [
            Case(type: GoodPractice.auditType, id: try practice.requireID(), delete: .practiceDelete(id: try practice.requireID())),
            Case(
                type: PracticeAttachment.auditType, id: try file.requireID(),
                delete: .practiceFileDelete(id: file.$practice.id, file: try file.requireID())),
            Case(
                type: HelpAnswer.auditType, id: try answer.requireID(),
                delete: .helpAnswerDelete(request: answer.$request.id, answer: try answer.requireID())),
            Case(
                type: CityContact.auditType, id: try contact.requireID(),
                delete: .cityContactDelete(slug: slug, id: try contact.requireID())),
            Case(type: RoleAssignment.auditType, id: try role.requireID(), delete: .cityPeopleRemove(slug: slug, id: try role.requireID())),
            Case(type: CityAction.auditType, id: try action.requireID(), delete: .cityActionDelete(slug: slug, id: try action.requireID())),
            Case(
                type: InventoryRow.auditType, id: try row.requireID(),
                delete: .cityInventoryRowDelete(slug: slug, year: inventory.year, id: try row.requireID())),
            Case(
                type: Indicator.auditType, id: try indicator.requireID(),
                delete: .cityIndicatorDelete(slug: slug, id: try indicator.requireID())),
            Case(
                type: IndicatorValue.auditType, id: try value.requireID(),
                delete: .cityIndicatorValueDelete(slug: slug, id: value.$indicator.id, value: try value.requireID())),
            Case(type: Hazard.auditType, id: try hazard.requireID(), delete: .cityHazardDelete(slug: slug, id: try hazard.requireID())),
            Case(
                type: GrowthRate.auditType, id: try growth.requireID(), delete: .cityGrowthDelete(slug: slug, id: try growth.requireID())),
            Case(
                type: PlanScenario.auditType, id: try scenario.requireID(),
                delete: .cityScenarioDelete(slug: slug, id: try scenario.requireID())),
            Case(
                type: EmissionFactor.auditType, id: try factor.requireID(),
                delete: .cityFactorDelete(slug: slug, id: try factor.requireID())),
        ]
    }

    @Test("each is deleted with a notice and an entry in the history, listed among the deleted records, and restored")
    func deleteAndRestoreEveryKind() async throws {
        try await withTestApp { app in
            // setup
            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            let cases = try await Self.cases(app, admin)
            // Every kind the features register is here: a new one must be added to this test.
            #expect(Set(cases.map(\.type)) == Set(app.features.restorables.map(\.type)))

            for item in cases {
                // act
                let deleted = try await admin.post(item.delete.path)

                // assert
                #expect(deleted.status == .seeOther, "\(item.type): \(deleted.status)")
                let entries = try await AuditEntry.query(on: app.db).filter(\.$recordID == item.id).filter(\.$action == .delete).count()
                #expect(entries == 1, "\(item.type)")
                let notice = try await admin.get(deleted.headers.first(name: .location) ?? "/")
                #expect(notice.text.contains(#"<div class="notice" role="status">"#), "\(item.type)")
            }
            let list = try await admin.get(SiteRoute.cityDeleted(slug: "ljubljana").path)
            for item in cases {
                #expect(list.text.contains(SiteRoute.cityRestore(slug: "ljubljana", type: item.type, id: item.id).path), "\(item.type)")
                let restored = try await admin.post(SiteRoute.cityRestore(slug: "ljubljana", type: item.type, id: item.id).path)
                #expect(restored.status == .seeOther, "\(item.type)")
                let entries = try await AuditEntry.query(on: app.db).filter(\.$recordID == item.id).filter(\.$action == .restore).count()
                #expect(entries == 1, "\(item.type)")
            }
            let after = try await admin.get(SiteRoute.cityDeleted(slug: "ljubljana").path)
            #expect(!after.text.contains("/restore/"))
        }
    }

    @Test("the history names every field of every kind of record by its label, with readable values and never an id")
    func historyInTheReadersWords() async throws {
        try await withTestApp { app in
            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            let cases = try await Self.cases(app, admin)
            for item in cases {
                #expect(try await admin.post(item.delete.path).status == .seeOther)
                #expect(
                    try await admin.post(SiteRoute.cityRestore(slug: "ljubljana", type: item.type, id: item.id).path).status == .seeOther)
            }
            // A progress note, a token, and an action linked to a hazard.
            let ljubljana = try await CitiesQuery.require(slug: "ljubljana", on: app.db).requireID()
            let action = try #require(
                try await CityAction.query(on: app.db).filter(\.$city.$id == ljubljana).filter(\.$code == "M1").first())
            let note = ["date": "2026-03-01", "status": "in_progress", "progress": "40", "note": "Prvi odsek."]
            #expect(
                try await admin.post(SiteRoute.cityActionUpdates(slug: "ljubljana", id: action.requireID()).path, form: note).status
                    == .seeOther)
            _ = try await TestClient.token(app, admin: admin, city: "ljubljana")
            let hazard = try #require(try await Hazard.query(on: app.db).filter(\.$city.$id == action.$city.id).first())
            var form = ActionInput(action, .sl).values
            form["version"] = String(try #require(try await CityAction.find(action.requireID(), on: app.db)).version)
            form["hazard_\(try hazard.requireID().uuidString)"] = "on"
            #expect(
                try await admin.post(SiteRoute.cityActionEdit(slug: "ljubljana", id: action.requireID()).path, form: form).status
                    == .seeOther)

            // Every field the trail keeps is shown by a shape or kept back by it on purpose.
            let shapes = app.features.auditShapes
            for entry in try await AuditEntry.query(on: app.db).all() {
                let shape = try #require(shapes[entry.recordType], "\(entry.recordType) has a shape")
                let keys = Set(AuditEntry.fields(entry.before).keys).union(AuditEntry.fields(entry.after).keys)
                let known = Set(shape.fields.map(\.key)).union(shape.hidden)
                #expect(keys.isSubset(of: known), "\(entry.recordType): \(keys.subtracting(known))")
            }
            for language in ["sl", "en"] {
                admin.cookies["zaveza_lang"] = language
                let history = try await admin.get(SiteRoute.cityHistory(slug: "ljubljana").path).text
                // No id in a cell, no field's name from the database.
                let cells = history.components(separatedBy: "<td>").dropFirst().map { String($0.prefix { $0 != "<" }) }
                #expect(!cells.contains { UUID(uuidString: $0) != nil }, "an id in a cell")
                #expect(!history.contains("<code>"), "no field names")
                #expect(history.contains(language == "sl" ? "<th scope=\"row\">Napredek (%)</th>" : "<th scope=\"row\">Progress (%)</th>"))
                #expect(history.contains(language == "sl" ? "v izvajanju" : "in progress"))
                #expect(history.contains("M1 · "), "the link names its action")
            }
        }
    }

    @Test("someone without the right, or another city's record, deletes nothing")
    func refusedDeletes() async throws {
        try await withTestApp { app in
            // setup
            let kranjOfficer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let resident = try await TestClient.signedIn(app, as: Demo.resident)
            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            let cases = try await Self.cases(app, admin)

            for item in cases {
                // act
                let foreign = try await kranjOfficer.post(item.delete.path)
                let resident = try await resident.post(item.delete.path)
                let elsewhere = SiteRoute(
                    item.delete.components.map {
                        $0 == .parameter(name: "slug", value: "ljubljana") ? .parameter(name: "slug", value: "kranj") : $0
                    })
                // A record not under a city's address (an answer in the working group) has no other city's address.
                let wrongCity = elsewhere.path == item.delete.path ? nil : try await admin.post(elsewhere.path)

                // assert
                #expect(foreign.status == .forbidden, "\(item.type)")
                #expect(resident.status == .forbidden, "\(item.type)")
                if let wrongCity { #expect([.forbidden, .notFound].contains(wrongCity.status), "\(item.type): \(wrongCity.status)") }
                #expect(try await AuditEntry.query(on: app.db).filter(\.$recordID == item.id).filter(\.$action == .delete).count() == 0)
            }
        }
    }

    @Test("an officer undoes a delete from its notice and restores what they deleted themselves, not what others deleted")
    func undoAndOwnRestores() async throws {
        try await withTestApp { app in
            // setup
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let coordinator = try await TestClient.signedIn(app, as: Demo.coordinator)
            let kranj = try await CitiesQuery.require(slug: "kranj", on: app.db)
            let actions = try await CityAction.query(on: app.db).filter(\.$city.$id == kranj.requireID()).sort(\.$code).all()
            let (mine, theirs) = (try actions[0].requireID(), try actions[1].requireID())
            let restoreMine = SiteRoute.cityRestore(slug: "kranj", type: CityAction.auditType, id: mine).path
            let restoreTheirs = SiteRoute.cityRestore(slug: "kranj", type: CityAction.auditType, id: theirs).path

            // act: a stray click, then the notice's undo
            let deleted = try await officer.post(SiteRoute.cityActionDelete(slug: "kranj", id: mine).path)
            let list = try await officer.get(deleted.headers.first(name: .location) ?? "/")
            let undo = try await officer.post(restoreMine + "?back=/cities/kranj/actions")

            // assert
            #expect(list.text.contains(#"class="notice" role="status""#))
            #expect(list.text.contains(#"action="\#(restoreMine)?back="#), "the notice offers the undo")
            #expect(list.text.contains(">Razveljavi</button>"))
            #expect(undo.status == .seeOther)
            #expect(undo.headers.first(name: .location) == "/cities/kranj/actions")
            #expect(try await CityAction.find(mine, on: app.db) != nil)
            // The next page shows no undo any more.
            #expect(!(try await officer.get("/cities/kranj/actions")).text.contains(">Razveljavi</button>"))

            // act: one deleted by the officer, one by the coordinator
            #expect(try await officer.post(SiteRoute.cityActionDelete(slug: "kranj", id: mine).path).status == .seeOther)
            #expect(try await coordinator.post(SiteRoute.cityActionDelete(slug: "kranj", id: theirs).path).status == .seeOther)
            let own = try await officer.get(SiteRoute.cityDeleted(slug: "kranj").path)
            let everything = try await coordinator.get(SiteRoute.cityDeleted(slug: "kranj").path)

            // assert
            #expect(own.status == .ok)
            #expect(own.text.contains(restoreMine) && !own.text.contains(restoreTheirs))
            #expect(everything.text.contains(restoreMine) && everything.text.contains(restoreTheirs))
            #expect(try await officer.post(restoreTheirs).status == .forbidden)
            #expect(try await CityAction.find(theirs, on: app.db) == nil)
            #expect(try await officer.post(restoreMine).status == .seeOther)
            #expect(try await CityAction.find(mine, on: app.db) != nil)
            // A resident restores nothing.
            let resident = try await TestClient.signedIn(app, as: Demo.resident)
            #expect(try await resident.post(restoreTheirs).status == .forbidden)
        }
    }

    @Test("delete buttons say what they delete: each row of an inventory has its own label")
    func uniqueLabels() async throws {
        try await withTestApp { app in
            let coordinator = try await TestClient.signedIn(app, as: Demo.coordinator)
            #expect(try await coordinator.post(SiteRoute.cityInventoryReopen(slug: "kranj", year: 2018).path).status == .seeOther)
            let page = try await coordinator.get(SiteRoute.cityInventory(slug: "kranj", year: 2018).path).text
            let labels = page.components(separatedBy: #"<button type="submit" class="button button-secondary">"#).dropFirst()
                .map { $0.components(separatedBy: "</button>")[0] }.filter { $0.hasPrefix("Izbriši") }
            #expect(labels.count > 3)
            #expect(Set(labels).count == labels.count, "\(labels)")
            #expect(labels.first == "Izbriši vrstico 1: I.1.1 zemeljski plin", "\(labels.first ?? "")")
        }
    }
}
