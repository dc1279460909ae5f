import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
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
}
