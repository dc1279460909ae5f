import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
@testable import Partnership
@testable import ZavezaApp

@Suite("The working group: a directory, appointments by the city admin, help requests answered by other cities")
struct PartnershipTests {
    static func member(_ app: Application, _ email: String) async throws -> WorkingGroupMember {
        try #require(
            try await WorkingGroupMember.query(on: app.db).join(User.self, on: \WorkingGroupMember.$user.$id == \User.$id)
                .filter(User.self, \.$email == email).first())
    }

    static func request(_ app: Application, titled title: String) async throws -> HelpRequest {
        try #require(try await HelpRequest.query(on: app.db).filter(\.$title == title).first())
    }

    @Test("the directory lists the members by city and field and finds them by name; only members and the coordinator see contacts")
    func directory() async throws {
        try await withTestApp { app in
            let visitor = TestClient(app)
            let all = try await visitor.get(SiteRoute.workingGroup().path)
            #expect(all.status == .ok)
            #expect(all.text.contains("9 članov") && all.text.contains("Maja Kovač (demo)"))
            #expect(!all.text.contains("maja.kovac@ljubljana.zaveza.example"), "a visitor sees no contact")
            let velenje = try await visitor.get(SiteRoute.workingGroup(.init(city: "velenje")).path)
            #expect(velenje.text.contains("3 člani") && !velenje.text.contains("Maja Kovač"))
            let mobility = try await visitor.get(SiteRoute.workingGroup(.init(field: .mobility)).path)
            #expect(mobility.text.contains("Tomaž Horvat") && mobility.text.contains("Luka Jereb") && !mobility.text.contains("Nina Zupan"))
            let found = try await visitor.get(SiteRoute.workingGroup(.init(search: "KOVAČ")).path)
            #expect(found.text.contains("1 član") && found.text.contains("Maja Kovač"))

            let member = try await TestClient.signedIn(app, as: Demo.workingGroup)
            #expect(try await member.get(SiteRoute.workingGroup().path).text.contains("maja.kovac@ljubljana.zaveza.example"))
            let maja = try await Self.member(app, "maja.kovac@ljubljana.zaveza.example")
            let page = try await visitor.get(SiteRoute.workingGroupMember(id: try maja.requireID()).path)
            #expect(page.text.contains("Vodja podnebne pisarne") && page.text.contains("Stike članov vidijo"))
            #expect(page.text.contains("Kdo je že izvedel skupinsko naročilo toplotnih črpalk?"), "her answers are on her page")
            #expect(try await member.get(SiteRoute.workingGroupMember(id: try maja.requireID()).path).text.contains("+386 1 000 03 01"))

            let api = try await TestClient.api(app, .GET, SiteRoute.apiWorkingGroup().path + "?city=kranj&per_page=2")
            #expect(api.status == .ok)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(api.text.utf8)) as? [String: Any])
            #expect((json["items"] as? [Any])?.count == 2 && (json["metadata"] as? [String: Any])?["total"] as? Int == 3)
            #expect(!api.text.contains("@"), "the API gives no contacts")
        }
    }

    @Test("a city's admin appoints a member (the role comes with the term), a second term is refused, ending it takes the role away")
    func appointAndEnd() async throws {
        try await withTestApp { app in
            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            let path = SiteRoute.cityWorkingGroup(slug: "ljubljana").path
            var form = [
                "email": Demo.resident, "position": "Energetska svetovalka", "field_buildings": "on",
                "tags": "prenova, prenova, sosedske skupnosti",
                "from_date": "2026-12-01",
            ]
            let noField = try await admin.post(path, form: form.merging(["field_buildings": ""]) { $1 })
            #expect(noField.status == .unprocessableEntity && noField.text.contains("Izberite vsaj eno področje."))
            let nobody = try await admin.post(path, form: form.merging(["email": "nihce@example.org"]) { $1 })
            #expect(nobody.text.contains("Nihče nima računa s tem naslovom"))
            let backwards = try await admin.post(path, form: form.merging(["to_date": "2026-01-01"]) { $1 })
            #expect(backwards.text.contains("Konec mandata ne more biti pred začetkom."))
            #expect(try await admin.post(path, form: form).status == .seeOther)
            let resident = try await Self.member(app, Demo.resident)
            #expect(resident.tags == ["prenova", "sosedske skupnosti"], "tags once each")
            let user = try #require(try await User.query(on: app.db).filter(\.$email == Demo.resident).first())
            #expect(
                try await RoleAssignment.query(on: app.db).filter(\.$user.$id == user.requireID()).filter(\.$role == .workingGroupMember)
                    .count() == 1)
            #expect(try await TestClient(app).get(SiteRoute.workingGroup().path).text.contains("Prebivalka (demo)"))

            form["position"] = "Drugič"
            let again = try await admin.post(path, form: form)
            #expect(again.status == .unprocessableEntity && again.text.contains("že članica delovne skupine"))
            // Another city's officer may not appoint in Ljubljana.
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            #expect(try await officer.post(path, form: form).status == .forbidden)

            #expect(try await admin.post(SiteRoute.workingGroupMemberEnd(id: try resident.requireID()).path).status == .seeOther)
            let ended = try #require(try await WorkingGroupMember.find(resident.requireID(), on: app.db))
            #expect(!ended.isOpen && ended.toText != nil)
            #expect(
                try await RoleAssignment.query(on: app.db).filter(\.$user.$id == user.requireID()).filter(\.$role == .workingGroupMember)
                    .count() == 0)
            #expect(!(try await TestClient(app).get(SiteRoute.workingGroup().path).text.contains("Prebivalka (demo)")))
            let coordinator = try await TestClient.signedIn(app, as: Demo.coordinator)
            let history = try await coordinator.get(SiteRoute.cityHistory(slug: "ljubljana").path)
            #expect(history.text.contains("Član delovne skupine") && history.text.contains("Energetska svetovalka"))
        }
    }

    @Test("ten appointments of one person at the same moment make one open term")
    func appointOnce() async throws {
        try await withTestApp { app in
            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            let form = ["email": Demo.resident, "position": "Svetovalka", "field_waste": "on", "from_date": "2026-12-01"]
            try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for _ in 0..<10 {
                    group.addTask { try await admin.post(SiteRoute.cityWorkingGroup(slug: "ljubljana").path, form: form).status }
                }
                for try await status in group { #expect([.seeOther, .unprocessableEntity, .conflict].contains(status), "\(status)") }
            }
            let user = try #require(try await User.query(on: app.db).filter(\.$email == Demo.resident).first())
            #expect(try await WorkingGroupMember.query(on: app.db).filter(\.$user.$id == user.requireID()).count() == 1)
        }
    }

    @Test("Kranj's member asks, experts of other cities are told; Velenje's member answers, Kranj may not; the asker marks it solved")
    func helpFlow() async throws {
        try await withTestApp { app in
            let kranj = try await TestClient.signedIn(app, as: Demo.workingGroup)
            let before = try await OutboxMessage.query(on: app.db).count()
            let title = "Kdo ima izkušnje s <b>toplotnimi</b> črpalkami v šolah?"
            let missing = try await kranj.post(SiteRoute.helpRequests().path, form: ["title": title, "question": "", "field": "buildings"])
            #expect(missing.status == .unprocessableEntity)
            let past = try await kranj.post(
                SiteRoute.helpRequests().path, form: ["title": title, "question": "Kako?", "field": "buildings", "deadline": "2020-01-01"])
            #expect(past.text.contains("Rok ne more biti v preteklosti."))
            let asked = try await kranj.post(
                SiteRoute.helpRequests().path,
                form: [
                    "title": title, "question": "Kako ste izbrali izvajalca?\n\nIn koliko je stalo?", "field": "buildings",
                    "deadline": "2030-01-01",
                ])
            #expect(asked.status == .seeOther)
            let help = try await Self.request(app, titled: title)
            #expect(help.state == .open)
            // Maja (Ljubljana, buildings) is told; Kranj's own Petra is not.
            let mails = try await OutboxMessage.query(on: app.db).sort(\.$createdAt).all().dropFirst(before)
            #expect(mails.map(\.toEmail) == ["maja.kovac@ljubljana.zaveza.example"])
            let page = try await TestClient(app).get(SiteRoute.helpRequest(id: try help.requireID()).path)
            #expect(page.text.contains("&lt;b&gt;toplotnimi&lt;/b&gt;") && !page.text.contains("<b>toplotnimi"))
            #expect(page.text.contains("<p>In koliko je stalo?</p>"), "paragraphs as typed")

            let answers = SiteRoute.helpRequestAnswers(id: try help.requireID()).path
            #expect(try await kranj.post(answers, form: ["body": "Sam sebi."]).status == .forbidden, "not from the asker's city")
            let resident = try await TestClient.signedIn(app, as: Demo.resident)
            #expect(try await resident.post(answers, form: ["body": "Jaz!"]).status == .forbidden)
            let velenje = try await TestClient.signedIn(app, as: Demo.velenjeMember)
            #expect(try await velenje.post(answers, form: ["body": ""]).status == .unprocessableEntity)
            #expect(
                try await velenje.post(answers, form: ["body": "V Velenju smo izbrali izvajalca z javnim naročilom."]).status == .seeOther)
            let answer = try #require(try await HelpAnswer.query(on: app.db).filter(\.$request.$id == help.requireID()).first())
            let told = try await OutboxMessage.query(on: app.db).filter(\.$toEmail == Demo.workingGroup).count()
            #expect(told == 1, "the asker is told of the answer")

            // Only its author edits it; Kranj marks it solved.
            let edit = SiteRoute.helpAnswerEdit(request: try help.requireID(), answer: try answer.requireID()).path
            #expect(try await kranj.post(edit, form: ["body": "Ponaredek", "version": "1"]).status == .forbidden)
            #expect(try await velenje.post(edit, form: ["body": "Z javnim naročilom in pogajanji.", "version": "1"]).status == .seeOther)
            #expect(try await velenje.post(edit, form: ["body": "Staro", "version": "1"]).status == .conflict, "an old form is a conflict")
            #expect(
                try await velenje.post(
                    SiteRoute.helpRequestSolved(id: try help.requireID()).path, form: ["answer": try answer.requireID().uuidString]
                ).status == .forbidden)
            #expect(
                try await kranj.post(SiteRoute.helpRequestSolved(id: try help.requireID()).path, form: ["answer": UUID().uuidString]).status
                    == .unprocessableEntity)
            #expect(
                try await kranj.post(
                    SiteRoute.helpRequestSolved(id: try help.requireID()).path, form: ["answer": try answer.requireID().uuidString]
                ).status == .seeOther)
            let solved = try await Self.request(app, titled: title)
            #expect(solved.state == .solved && solved.solvedAnswerID == answer.id)
            let shown = try await TestClient(app).get(SiteRoute.helpRequest(id: try help.requireID()).path)
            #expect(shown.text.contains("Ta odgovor je rešil vprašanje.") && shown.text.contains("Z javnim naročilom in pogajanji."))
            #expect(shown.text.contains("Vprašanje je rešeno."))

            let api = try await TestClient.api(app, .GET, SiteRoute.apiHelpRequest(id: try help.requireID()).path)
            #expect(api.text.contains(#""state":"solved""#) && api.text.contains(#""solved":true"#))
            let list = try await TestClient.api(app, .GET, SiteRoute.apiHelpRequests.path + "?state=open")
            #expect(list.status == .ok && !list.text.contains("toplotnimi"))
        }
    }

    @Test("an answer's author deletes it and takes it back with the notice's undo; closing twice at once closes once")
    func deleteUndoAndClose() async throws {
        try await withTestApp { app in
            let help = try await Self.request(app, titled: "Izkušnje z veliko toplotno črpalko v daljinskem ogrevanju?")
            let maja = try await TestClient.signedIn(app, as: "maja.kovac@ljubljana.zaveza.example")
            let answer = try #require(try await HelpAnswer.query(on: app.db).filter(\.$request.$id == help.requireID()).first())
            let deleted = try await maja.post(
                SiteRoute.helpAnswerDelete(request: try help.requireID(), answer: try answer.requireID()).path)
            #expect(deleted.status == .seeOther)
            #expect(try await HelpAnswer.find(answer.requireID(), on: app.db) == nil)
            let page = try await maja.get(try #require(deleted.headers.first(name: .location)))
            let undo = SiteRoute.cityRestore(slug: "ljubljana", type: HelpAnswer.auditType, id: try answer.requireID(), back: "").path
            #expect(page.text.contains(String(undo.prefix { $0 != "?" })), "the notice offers undo")
            let restored = try await maja.post(
                SiteRoute.cityRestore(slug: "ljubljana", type: HelpAnswer.auditType, id: try answer.requireID(), back: "/").path)
            #expect(restored.status == .seeOther)
            #expect(try await HelpAnswer.find(answer.requireID(), on: app.db) != nil)
            // Someone else's answer: no.
            let tomaz = try await TestClient.signedIn(app, as: "tomaz.horvat@ljubljana.zaveza.example")
            #expect(
                try await tomaz.post(SiteRoute.helpAnswerDelete(request: try help.requireID(), answer: try answer.requireID()).path).status
                    == .forbidden)

            let velenje = try await TestClient.signedIn(app, as: Demo.velenjeMember)
            let close = SiteRoute.helpRequestClose(id: try help.requireID()).path
            try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for _ in 0..<6 { group.addTask { try await velenje.post(close).status } }
                for try await status in group { #expect(status == .seeOther) }
            }
            #expect(try await Self.request(app, titled: help.title).state == .closed)
            let closings = try await AuditEntry.query(on: app.db).filter(\.$recordID == help.requireID()).filter(\.$action == .update)
                .count()
            #expect(closings == 1, "closed once")
            #expect(try await velenje.post(SiteRoute.helpRequestReopen(id: try help.requireID()).path).status == .seeOther)
            #expect(try await Self.request(app, titled: help.title).state == .open)
        }
    }

    @Test("the home page counts the open requests; the list filters by state, field and city")
    func listsAndHome() async throws {
        try await withTestApp { app in
            let visitor = TestClient(app)
            let home = try await visitor.get(SiteRoute.home.path)
            #expect(home.text.contains("2 odprti vprašanji čakata na odgovor drugih mest."))
            #expect(try await visitor.get(SiteRoute.helpRequests().path).text.contains("4 vprašanja"))
            #expect(try await visitor.get(SiteRoute.helpRequests(.init(state: .solved)).path).text.contains("1 vprašanje"))
            let mobility = try await visitor.get(SiteRoute.helpRequests(.init(field: .mobility)).path)
            #expect(mobility.text.contains("Parkirna politika") && !mobility.text.contains("toplotno črpalko"))
            #expect(try await visitor.get(SiteRoute.helpRequests(.init(city: "velenje")).path).text.contains("1 vprašanje"))
            #expect(try await visitor.get("/help-requests?state=nonsense&page=-4&city=%00").status == .ok)
            #expect(try await visitor.get("/help-requests/" + UUID().uuidString).status == .notFound)
            #expect(try await visitor.get("/working-group/nonsense").status == .notFound)
            let english = try await TestClient.api(app, .GET, SiteRoute.apiHelpRequests.path + "?per_page=500")
            #expect(english.status == .badRequest)
            let city = try await TestClient.api(app, .GET, SiteRoute.apiHelpRequests.path + "?city=0.5", language: "en")
            #expect(city.status == .badRequest && city.text.contains("a city's short name"))
            let long = try await TestClient.api(app, .GET, SiteRoute.apiWorkingGroup().path + "?q=" + String(repeating: "a", count: 101))
            #expect(long.status == .badRequest && long.text.contains("največ 100 znakov"))
        }
    }

    @Test("on every write route of the working group, anyone signed out is sent to sign in and a resident or a city officer is refused")
    func permissions() async throws {
        try await withTestApp { app in
            let help = try await Self.request(app, titled: "Parkirna politika ob uvedbi nizkoemisijske cone")
            let answer = try #require(try await HelpAnswer.query(on: app.db).filter(\.$request.$id == help.requireID()).first())
            let maja = try await Self.member(app, "maja.kovac@ljubljana.zaveza.example")
            let practice = try #require(
                try await GoodPractice.query(on: app.db).filter(\.$title == "Sončne elektrarne na strehah šol").first())
            let file = try #require(try await PracticeAttachment.query(on: app.db).filter(\.$practice.$id == practice.requireID()).first())
            // Ljubljana replicated Kranj's practice: no one here edits Ljubljana.
            let replication = try #require(
                try await PracticeReplication.query(on: app.db).filter(\.$practice.$id == practice.requireID()).first())
            let routes = app.routes.all.filter { ![.GET, .HEAD].contains($0.method) }.compactMap { route -> String? in
                let pattern = "/" + route.path.map(\.description).joined(separator: "/")
                guard PermissionsTests.partnershipPrefixes.contains(where: pattern.hasPrefix) else { return nil }
                return "/"
                    + route.path.map { component -> String in
                        switch component {
                        case .parameter(SiteRoute.Parameter.id):
                            pattern.hasPrefix("/working-group")
                                ? maja.id!.uuidString : pattern.hasPrefix("/practices") ? practice.id!.uuidString : help.id!.uuidString
                        case .parameter(SiteRoute.answerParameter): answer.id!.uuidString
                        case .parameter(SiteRoute.fileParameter): file.id!.uuidString
                        case .parameter(SiteRoute.replicationParameter): replication.id!.uuidString
                        case .parameter(SiteRoute.Parameter.slug): "ljubljana"
                        default: component.description
                        }
                    }.joined(separator: "/")
            }
            #expect(routes.count >= 10, "the walk found the routes")
            let before = try await AuditEntry.query(on: app.db).count()
            for path in routes {
                let response = try await TestClient(app).post(path, form: ["title": "Vdor"])
                #expect(
                    response.status == .seeOther && response.headers.first(name: .location)?.hasPrefix(SiteRoute.login().path) == true,
                    "\(path)")
            }
            // Kranj's officer is no admin: Kranj's practices are not theirs to change either.
            for email in [Demo.resident, Demo.kranjOfficer, Demo.velenjeOfficer] {
                let browser = try await TestClient.signedIn(app, as: email)
                for path in routes {
                    let response = try await browser.post(
                        path, form: ["title": "Vdor", "question": "Vdor", "field": "waste", "body": "Vdor"])
                    #expect(response.status == .forbidden, "\(email) \(path) answered \(response.status)")
                }
            }
            #expect(try await AuditEntry.query(on: app.db).count() == before)
        }
    }
}
