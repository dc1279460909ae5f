import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
@testable import Partnership
@testable import ZavezaApp

@Suite("Replicating a good practice: a city adopts it as one of its actions, the practice shows who did and how it stands")
struct ReplicationTests {
    static let heatPumps = "Skupinsko naročilo toplotnih črpalk za hiše"

    static func city(_ app: Application, _ slug: String) async throws -> City {
        try #require(try await City.query(on: app.db).filter(\.$slug == slug).first())
    }

    /// Kranj's cycling link, which Velenje replicated in the demo, and Velenje's link to it.
    static func velenjeCycling(_ app: Application) async throws -> (UUID, PracticeReplication) {
        let id = try await PracticesTests.practice(app, titled: "Kolesarska povezava med soseskami").requireID()
        let velenje = try await Self.city(app, "velenje").requireID()
        let link = try #require(
            try await PracticeReplication.query(on: app.db).filter(\.$practice.$id == id).filter(\.$city.$id == velenje).first())
        return (id, link)
    }

    /// The form a city's officer sends after reading the prefilled one.
    static let form: [String: String] = [
        "code": "DP1", "name": heatPumps, "field": "buildings", "purpose": "mitigation", "status": "planned", "progress": "0",
        "capex_eur": "3.200.000", "description": "Po zgledu Ljubljane.",
    ]

    @Test("Kranj's officer replicates Ljubljana's practice from a prefilled form; the practice and the lists show it, once")
    func replicate() async throws {
        try await withTestApp { app in
            let practice = try await PracticesTests.practice(app, titled: Self.heatPumps)
            let id = try practice.requireID()
            let kranj = try await Self.city(app, "kranj")
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let page = try await officer.get(SiteRoute.practice(id: id).path)
            #expect(page.text.contains("Ponovilo jo je 1 mesto.") && page.text.contains("DP1 · Skupinsko naročilo toplotnih črpalk"))
            #expect(page.text.contains("Zamenjanih kotlov: 85 kotlov (2026)"), "Kranj's own results")
            #expect(
                page.text.contains(SiteRoute.practiceReplicate(id: id, slug: "kranj").path) && page.text.contains("Ponovi v mestu Kranj"))

            // Asked for before: the list and the API's answer are kept, and must not stay so.
            #expect(!(try await TestClient(app).get(SiteRoute.practices().path).text.contains("ponovljena v 2 mestih")))
            let apiBefore = try await TestClient.api(app, .GET, SiteRoute.apiPractice(id: id).path)
            #expect(apiBefore.text.contains(#""replicated_by":1"#) && apiBefore.headers.first(name: .eTag) != nil)
            let form = try await officer.get(SiteRoute.practiceReplicate(id: id, slug: "kranj").path)
            #expect(form.status == .ok)
            #expect(form.text.contains(#"value="DP1""#) && form.text.contains(#"value="\#(Self.heatPumps)""#))
            #expect(
                form.text.contains(#"value="3200000""#)
                    && form.text.contains("predizpolnjen iz dobre prakse »\(Self.heatPumps)« (Ljubljana)"))
            #expect(form.text.contains(#"action="\#(SiteRoute.practiceReplicate(id: id, slug: "kranj").path)""#))

            // A refused form keeps the place and saves nothing.
            var bad = Self.form
            bad["name"] = ""
            let refused = try await officer.post(SiteRoute.practiceReplicate(id: id, slug: "kranj").path, form: bad)
            #expect(refused.status == .unprocessableEntity && refused.text.contains("predizpolnjen iz dobre prakse"))
            #expect(try await PracticeReplication.query(on: app.db).filter(\.$city.$id == kranj.requireID()).count() == 0)

            // With a model effect of its own, the action counts in Kranj's pathway and the practice shows by how much.
            var effect = Self.form
            effect.merge(["effect_kind": "reduce_activity", "effect_gpc": "I.1.1", "effect_carrier": "natural_gas", "effect_mode": "3"]) {
                $1
            }
            let made = try await officer.post(SiteRoute.practiceReplicate(id: id, slug: "kranj").path, form: effect)
            #expect(made.status == .seeOther)
            let action = try #require(
                try await CityAction.query(on: app.db).filter(\.$city.$id == kranj.requireID()).filter(\.$code == "DP1").first())
            let actionID = try action.requireID()
            #expect(made.headers.first(name: .location)?.hasPrefix(SiteRoute.cityAction(slug: "kranj", id: actionID).path) == true)
            #expect(action.status == .planned && action.capexCents == 320_000_000 && action.effect?.mode == 0.03)
            let actionPage = try await TestClient(app).get(SiteRoute.cityAction(slug: "kranj", id: try action.requireID()).path)
            #expect(actionPage.text.contains("Ukrep ponavlja dobro prakso") && actionPage.text.contains(SiteRoute.practice(id: id).path))
            let link = try #require(try await PracticeReplication.query(on: app.db).filter(\.$city.$id == kranj.requireID()).first())
            #expect(link.actionID == action.id && link.$practice.id == id)
            #expect(
                try await AuditEntry.query(on: app.db).filter(\.$recordType == PracticeReplication.auditType).filter(
                    \.$recordID == link.requireID()
                ).count() == 1)

            let shown = try await TestClient(app).get(SiteRoute.practice(id: id).path)
            #expect(
                shown.text.contains("Ponovili sta jo 2 mesti.")
                    && shown.text.contains(SiteRoute.cityAction(slug: "kranj", id: actionID).path))
            let reduction = try #require(
                try await ActionAdoption.standing(of: [actionID], on: app.db, memory: nil)[actionID]?.reductionTCO2e)
            #expect(reduction > 0 && shown.text.contains(Localizer(.sl).decimal(reduction, fractionDigits: 0)))
            let list = try await TestClient(app).get(SiteRoute.practices().path)
            #expect(list.text.contains("ponovljena v 2 mestih"))
            let apiAfter = try await TestClient.api(app, .GET, SiteRoute.apiPractice(id: id).path)
            #expect(apiAfter.text.contains(#""replicated_by":2"#) && apiAfter.text.contains(#""city":"kranj""#))
            #expect(apiAfter.headers.first(name: .eTag) != apiBefore.headers.first(name: .eTag))
            let english = try await TestClient(app, headers: ["Accept-Language": "en"]).get(SiteRoute.practice(id: id).path)
            #expect(english.text.contains("Replicated by 2 cities."))

            // Twice is once: the form and a form sent again (an old tab) send back to the practice, and make no action.
            let again = try await officer.get(SiteRoute.practiceReplicate(id: id, slug: "kranj").path)
            #expect(again.status == .seeOther && again.headers.first(name: .location)?.hasSuffix("#replications") == true)
            var second = Self.form
            second["code"] = "DP9"
            let resent = try await officer.post(SiteRoute.practiceReplicate(id: id, slug: "kranj").path, form: second)
            #expect(resent.status == .seeOther && resent.headers.first(name: .location)?.hasSuffix("#replications") == true)
            #expect(try await CityAction.query(on: app.db).filter(\.$city.$id == kranj.requireID()).filter(\.$code == "DP9").count() == 0)
        }
    }

    @Test("only a city that neither owns nor shares the practice replicates it, by its own team; drafts are not replicated")
    func whoReplicates() async throws {
        try await withTestApp { app in
            let heatPumps = try await PracticesTests.practice(app, titled: Self.heatPumps).requireID()
            let solar = try await PracticesTests.practice(app, titled: "Sončne elektrarne na strehah šol").requireID()
            let draft = try await PracticesTests.practice(app, titled: "Energetsko pogodbeništvo v javnih stavbah").requireID()
            let ljubljana = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            #expect(
                try await ljubljana.get(SiteRoute.practiceReplicate(id: heatPumps, slug: "ljubljana").path).status == .forbidden,
                "the owner")
            let velenje = try await TestClient.signedIn(app, as: Demo.velenjeOfficer)
            #expect(try await velenje.get(SiteRoute.practiceReplicate(id: solar, slug: "velenje").path).status == .forbidden, "a partner")
            #expect(!(try await velenje.get(SiteRoute.practice(id: solar).path).text.contains("Ponovi v mestu")))
            #expect(
                try await velenje.get(SiteRoute.practiceReplicate(id: heatPumps, slug: "kranj").path).status == .forbidden, "another city")
            #expect(
                try await velenje.post(SiteRoute.practiceReplicate(id: heatPumps, slug: "kranj").path, form: Self.form).status == .forbidden
            )
            let coordinator = try await TestClient.signedIn(app, as: Demo.coordinator)
            #expect(try await coordinator.get(SiteRoute.practiceReplicate(id: draft, slug: "velenje").path).status == .notFound, "a draft")
            let resident = try await TestClient.signedIn(app, as: Demo.resident)
            #expect(try await resident.get(SiteRoute.practiceReplicate(id: heatPumps, slug: "velenje").path).status == .forbidden)
            let anonymous = try await TestClient(app).get(SiteRoute.practiceReplicate(id: heatPumps, slug: "velenje").path)
            #expect(anonymous.status == .seeOther && anonymous.headers.first(name: .location)?.hasPrefix(SiteRoute.login().path) == true)
        }
    }

    @Test("the replicating city records its results; a half row names the field; another city may not")
    func results() async throws {
        try await withTestApp { app in
            let (id, link) = try await Self.velenjeCycling(app)
            let path = SiteRoute.practiceReplication(id: id, replication: try link.requireID()).path
            let officer = try await TestClient.signedIn(app, as: Demo.velenjeOfficer)
            #expect(try await officer.get(SiteRoute.practice(id: id).path).text.contains(path), "a way to record them")
            let form = try await officer.get(path)
            #expect(form.status == .ok && form.text.contains(#"value="1200""#))
            let half = try await officer.post(
                path, form: ["version": String(link.version), "result_label_2": "Manj voženj z avtom", "result_value_2": "40"])
            #expect(half.status == .unprocessableEntity && half.text.contains("field-result_unit_2-error"))
            let saved = try await officer.post(
                path,
                form: [
                    "version": String(link.version), "result_label_1": "Kolesarjev na dan", "result_value_1": "23.500",
                    "result_unit_1": "kolesarjev", "result_year_1": "2026", "result_label_2": "Manj voženj z avtom",
                    "result_value_2": "40,5",
                    "result_unit_2": "t", "result_year_2": "2026",
                ])
            #expect(saved.status == .seeOther)
            let after = try #require(try await PracticeReplication.find(link.requireID(), on: app.db))
            #expect(after.results.map(\.value) == [23_500, 40.5] && after.version == link.version + 1)
            #expect(try await TestClient(app).get(SiteRoute.practice(id: id).path).text.contains("Manj voženj z avtom: 40,50 t (2026)"))
            // A stale form is a conflict that loses nothing.
            let stale = try await officer.post(
                path,
                form: [
                    "version": String(link.version), "result_label_1": "Staro", "result_value_1": "1", "result_unit_1": "x",
                    "result_year_1": "2025",
                ])
            #expect(stale.status == .conflict)
            // Kranj owns the practice, not Velenje's results.
            let kranj = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            #expect(try await kranj.get(path).status == .forbidden)
            #expect(try await kranj.post(path, form: ["version": String(after.version)]).status == .forbidden)
        }
    }

    @Test("a deleted action no longer counts and comes back with the action; the city may replicate again meanwhile")
    func deletedAction() async throws {
        try await withTestApp { app in
            let (id, link) = try await Self.velenjeCycling(app)
            let officer = try await TestClient.signedIn(app, as: Demo.velenjeOfficer)
            #expect(
                try await officer.post(SiteRoute.cityActionDelete(slug: "velenje", id: link.actionID).path, form: [:]).status == .seeOther)
            #expect(
                try await TestClient(app).get(SiteRoute.practice(id: id).path).text.contains("Prakse še ni ponovilo nobeno drugo mesto."))
            #expect(try await Replications.counts(of: [id], on: app.db)[id] == nil)
            let results = SiteRoute.practiceReplication(id: id, replication: try link.requireID()).path
            #expect(try await officer.get(results).status == .notFound, "no results for a hidden replication")
            // Restored, the action counts again; deleted again, the city may replicate anew.
            let restore = SiteRoute.cityRestore(slug: "velenje", type: CityAction.auditType, id: link.actionID).path
            #expect(try await officer.post(restore).status == .seeOther)
            #expect(try await Replications.counts(of: [id], on: app.db)[id] == 1)
            #expect(
                try await officer.post(SiteRoute.cityActionDelete(slug: "velenje", id: link.actionID).path, form: [:]).status == .seeOther)
            let made = try await officer.post(
                SiteRoute.practiceReplicate(id: id, slug: "velenje").path,
                form: ["code": "DP7", "name": "Kolesarska povezava", "field": "mobility", "purpose": "mitigation", "status": "planned"])
            #expect(made.status == .seeOther)
            let links = try await PracticeReplication.query(on: app.db).withDeleted().filter(\.$practice.$id == id).all()
            #expect(links.count == 2 && links.filter { $0.deletedAt == nil }.count == 1)
            #expect(try await Replications.counts(of: [id], on: app.db)[id] == 1)
        }
    }

    @Test("lists and the API filter by replicated; the API tells each city's action and reduction; the coordinator's CSV")
    func filtersAPIAndReport() async throws {
        try await withTestApp { app in
            let visitor = TestClient(app)
            let yes = try await visitor.get(SiteRoute.practices(.init(replicated: true)).path)
            #expect(yes.text.contains("3 dobre prakse") && yes.text.contains("Kolesarska povezava med soseskami"))
            let no = try await visitor.get(SiteRoute.practices(.init(replicated: false)).path)
            #expect(no.text.contains("7 dobrih praks") && !no.text.contains("Kolesarska povezava med soseskami"))
            let searched = try await visitor.get(SiteRoute.practices(.init(search: "kolesar", replicated: true)).path)
            #expect(
                searched.text.contains("<mark>Kolesarska</mark> povezava med soseskami") && searched.text.contains("ponovljena v 1 mestu"))

            let api = try await TestClient.api(app, .GET, SiteRoute.apiPractices.path + "?replicated=yes")
            #expect(api.status == .ok && api.text.contains(#""total":3"#) && api.text.contains(#""replicated_by":1"#))
            #expect(try await TestClient.api(app, .GET, SiteRoute.apiPractices.path + "?replicated=maybe").status == .badRequest)
            let practice = try await PracticesTests.practice(app, titled: Self.heatPumps)
            let one = try await TestClient.api(app, .GET, SiteRoute.apiPractice(id: try practice.requireID()).path)
            #expect(one.text.contains(#""city":"velenje""#) && one.text.contains(#""action_code":"DP1""#))
            #expect(one.text.contains(#""reduction_tco2e":"#) && one.text.contains(#""status":"in_progress""#))

            let coordinator = try await TestClient.signedIn(app, as: Demo.coordinator)
            let csv = try await coordinator.get(SiteRoute.practiceReplicationsCSV.path)
            #expect(csv.status == .ok && csv.headers.contentType?.description.hasPrefix("text/csv") == true)
            let lines = csv.text.split(whereSeparator: \.isNewline)
            #expect(lines.first?.hasPrefix("practice,owner_city,city,city_name,action_code") == true && lines.count == 4)
            #expect(csv.text.contains("Kolesarjev na dan: 1200 kolesarjev (2026)"))
            #expect(
                try await TestClient.signedIn(app, as: Demo.velenjeOfficer).get(SiteRoute.practiceReplicationsCSV.path).status == .forbidden
            )
        }
    }

    @Test("twenty posts of one replication at once make one action and one link")
    func concurrentReplications() async throws {
        try await withTestApp { app in
            let practice = try await PracticesTests.practice(app, titled: Self.heatPumps)
            let id = try practice.requireID()
            let kranj = try await Self.city(app, "kranj")
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let path = SiteRoute.practiceReplicate(id: id, slug: "kranj").path
            let before = try await CityAction.query(on: app.db).filter(\.$city.$id == kranj.requireID()).count()
            let answers = try await withThrowingTaskGroup(of: (UInt, String).self) { group in
                for index in 0..<20 {
                    group.addTask {
                        var form = Self.form
                        form["code"] = "DP\(index + 1)"
                        let response = try await officer.post(path, form: form)
                        return (response.status.code, response.headers.first(name: .location) ?? "")
                    }
                }
                return try await group.reduce(into: [(UInt, String)]()) { $0.append($1) }
            }
            let statuses = answers.map(\.0)
            // One goes to the new action; the others to the practice (made meanwhile) or a 409 (made at the same moment).
            #expect(answers.filter { $0.1.contains("/cities/kranj/actions/") }.count == 1, "\(answers)")
            // 409 for the others; 503 (busy, try again) if one waited too long for SQLite's one writer under load.
            #expect(statuses.allSatisfy { [303, 409, 503].contains($0) }, "\(statuses)")
            #expect(try await PracticeReplication.query(on: app.db).filter(\.$city.$id == kranj.requireID()).count() == 1)
            #expect(try await CityAction.query(on: app.db).filter(\.$city.$id == kranj.requireID()).count() == before + 1)
        }
    }
}
