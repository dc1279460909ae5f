import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
@testable import Partnership
@testable import ZavezaApp
@testable import ZavezaCLI

@Suite("Every text a user enters is shown inert")
struct EscapingTests {
    static let payloads = [
        #"<script>alert("x")</script>"#,
        #""><img src=x onerror=alert(1)>"#,
        #"'><svg onload=alert(1)>"#,
        #"</textarea><script>alert(1)</script>"#,
        #"javascript:alert(1)"#,
        #"<a href="javascript:alert(1)">klik</a>"#,
    ]

    @Test("payloads stored in every text field of a city, its contacts and an account render as text", arguments: payloads)
    func inert(payload: String) async throws {
        try await withTestApp { app in
            // setup: store the payload everywhere a person can type text
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            var values = CityProfileInput(try await CitiesQuery.require(slug: "kranj", on: app.db), Localizer(.sl)).values
            values["name"] = payload
            values["official_name"] = payload
            values["data_note"] = payload
            #expect(try await officer.post(SiteRoute.cityEdit(slug: "kranj").path, form: values).status == .seeOther)
            let contact = ["contact_name": payload, "contact_role": payload, "contact_phone": payload]
            #expect(try await officer.post(SiteRoute.cityContacts(slug: "kranj").path, form: contact).status == .seeOther)
            let resident = TestClient(app)
            try await resident.register(name: payload, email: "xss@example.org")
            // A refused form shows the typed value again: it must be inert there too.
            let refused = try await officer.post(SiteRoute.cityEdit(slug: "kranj").path, form: ["name": payload, "population": payload])
            let coordinator = try await TestClient.signedIn(app, as: Demo.coordinator)
            // act
            let pages = [
                try await TestClient(app).get(SiteRoute.home.path), try await TestClient(app).get(SiteRoute.cities().path),
                try await TestClient(app).get(SiteRoute.city(slug: "kranj").path),
                try await officer.get(SiteRoute.cityEdit(slug: "kranj").path),
                try await resident.get(SiteRoute.account.path), try await coordinator.get(SiteRoute.cityHistory(slug: "kranj").path),
                refused,
                // The words of a list's search, shown again in its box.
                try await TestClient(app).get(SiteRoute.cityActions(slug: "kranj", filter: ActionFilter(search: payload)).path),
                try await TestClient(app).get(SiteRoute.cityIndicators(slug: "kranj", list: ListQuery(search: payload)).path),
                try await TestClient(app).get(SiteRoute.cityInventory(slug: "kranj", year: 2018, list: ListQuery(search: payload)).path),
            ]
            // assert
            for page in pages {
                // Quoted attribute values are inert once escaped: look only at
                // what stands outside them.
                let html = page.text.replacingOccurrences(of: #""[^"]*""#, with: "\"\"", options: .regularExpression)
                #expect(!html.contains("<script>alert"), "raw script in \(page.status)")
                #expect(!html.contains("<img src=x"))
                #expect(!html.contains("<svg onload"))
                // A real tag starts with "<"; escaped text cannot contain one.
                #expect(page.text.range(of: #"<a\s[^<>]*href="javascript:"#, options: .regularExpression) == nil, "a javascript: link")
                #expect(html.range(of: #"<[a-z]+[^<>]*\son[a-z]+="#, options: .regularExpression) == nil, "an event handler attribute")
                #expect(!html.contains("</textarea><script>"))
            }
            // The text itself is there, escaped.
            #expect(pages[2].text.contains("&lt;") || payload == "javascript:alert(1)")
        }
    }

    /// Quoted attribute values are inert once escaped: what stands outside them holds no tag or handler of the payload.
    static func expectInert(_ page: TestingHTTPResponse, _ where: String) {
        let html = page.text.replacingOccurrences(of: #""[^"]*""#, with: "\"\"", options: .regularExpression)
        #expect(!html.contains("<script>alert"), "raw script on \(`where`)")
        #expect(!html.contains("<img src=x") && !html.contains("<svg onload") && !html.contains("</textarea><script>"), "\(`where`)")
        #expect(
            page.text.range(of: #"<a\s[^<>]*href="javascript:"#, options: .regularExpression) == nil, "a javascript: link on \(`where`)")
        #expect(html.range(of: #"<[a-z]+[^<>]*\son[a-z]+="#, options: .regularExpression) == nil, "an event handler on \(`where`)")
    }

    @Test(
        "payloads in every text of the partnership (a member, a help request and its answer, a practice, its results, files and replications) render as text",
        arguments: payloads)
    func partnershipInert(payload: String) async throws {
        try await withTestApp { app in
            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            let member = [
                "email": Demo.resident, "position": payload, "field_buildings": "on", "tags": payload, "from_date": "2026-12-01",
                "phone": payload,
            ]
            #expect(try await admin.post(SiteRoute.cityWorkingGroup(slug: "ljubljana").path, form: member).status == .seeOther)
            let kranj = try await TestClient.signedIn(app, as: Demo.workingGroup)
            let asked = try await kranj.post(
                SiteRoute.helpRequests().path, form: ["title": "Vprašanje " + payload, "question": payload, "field": "buildings"])
            #expect(asked.status == .seeOther)
            let help = try #require(try await HelpRequest.query(on: app.db).filter(\.$title == "Vprašanje " + payload).first())
            let velenje = try await TestClient.signedIn(app, as: Demo.velenjeMember)
            #expect(
                try await velenje.post(SiteRoute.helpRequestAnswers(id: try help.requireID()).path, form: ["body": payload]).status
                    == .seeOther)
            var practice = PracticesTests.form
            for field in ["title", "summary", "challenge", "solution", "requirements", "contacts", "result_label_1", "result_unit_1"] {
                practice[field] = field == "title" ? "Praksa " + payload : payload
            }
            #expect(try await kranj.post(SiteRoute.practices().path, form: practice).status == .seeOther)
            let written = try await PracticesTests.practice(app, titled: "Praksa " + payload)
            let id = try written.requireID()
            #expect(try await kranj.post(SiteRoute.practicePublish(id: id).path).status == .seeOther)
            // A file name may not hold a folder: the payload without its slashes (and quotes, which the multipart header would end at).
            let name = payload.replacingOccurrences(of: "/", with: "").replacingOccurrences(of: "\"", with: "'") + ".pdf"
            let attached = try await kranj.upload(
                SiteRoute.practiceAttachments(id: id).path, file: (name: "file", filename: name, bytes: DemoFiles.pdf(lines: ["x"])))
            #expect(attached.status == .seeOther)
            let officer = try await TestClient.signedIn(app, as: Demo.velenjeOfficer)
            let replicate = [
                "code": "XSS1", "name": "Ukrep " + payload, "description": payload, "field": "buildings", "purpose": "mitigation",
                "status": "planned",
            ]
            #expect(try await officer.post(SiteRoute.practiceReplicate(id: id, slug: "velenje").path, form: replicate).status == .seeOther)
            let link = try #require(try await PracticeReplication.query(on: app.db).filter(\.$practice.$id == id).first())
            let results = [
                "version": String(link.version), "result_label_1": payload, "result_value_1": "1", "result_unit_1": payload,
                "result_year_1": "2026",
            ]
            #expect(
                try await officer.post(SiteRoute.practiceReplication(id: id, replication: try link.requireID()).path, form: results).status
                    == .seeOther)
            let refused = try await kranj.post(SiteRoute.practiceEdit(id: id).path, form: practice.merging(["months": payload]) { $1 })
            #expect(refused.status == .unprocessableEntity)
            let coordinator = try await TestClient.signedIn(app, as: Demo.coordinator)
            let pages: [(String, TestingHTTPResponse)] = [
                ("working group", try await coordinator.get(SiteRoute.workingGroup().path)),
                ("help requests", try await TestClient(app).get(SiteRoute.helpRequests().path)),
                ("help request", try await TestClient(app).get(SiteRoute.helpRequest(id: try help.requireID()).path)),
                ("practices", try await TestClient(app).get(SiteRoute.practices().path)),
                ("practice search", try await TestClient(app).get(SiteRoute.practices(.init(search: payload)).path)),
                ("practice", try await TestClient(app).get(SiteRoute.practice(id: id).path)),
                ("practice form", try await kranj.get(SiteRoute.practiceEdit(id: id).path)),
                ("refused form", refused),
                (
                    "replication results",
                    try await officer.get(SiteRoute.practiceReplication(id: id, replication: try link.requireID()).path)
                ),
                ("history", try await coordinator.get(SiteRoute.cityHistory(slug: "velenje").path)),
            ]
            for (place, page) in pages {
                #expect(page.status == .ok || place == "refused form", "\(place) answered \(page.status)")
                Self.expectInert(page, place)
            }
            let file = try #require(try await PracticeAttachment.query(on: app.db).filter(\.$practice.$id == id).first())
            let download = try await TestClient(app).get(SiteRoute.practiceFile(id: id, file: try file.requireID()).path)
            let disposition = download.headers.first(name: .contentDisposition) ?? ""
            // A header, not HTML: what matters is that the name cannot end the header or its quotes.
            #expect(
                !disposition.contains("\n") && !disposition.contains("\r") && disposition.contains("filename*=UTF-8''"), "\(disposition)")
        }
    }
}
