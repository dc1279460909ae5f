import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
@testable import ZavezaApp
@testable import ZavezaCLI

@Suite("back= and next= lead only to this site's own pages, and never into the markup")
struct RedirectTests {
    /// Known open-redirect bypasses, as a browser's address would carry them.
    static let bypasses = [
        "/%09/evil.example", "/%0A/evil.example", "/%0D%0A/evil.example", "//evil.example", "///evil.example",
        "/%5Cevil.example", "/%5C/evil.example", "%5C%5Cevil.example", "https://evil.example", "http:evil.example",
        "javascript:alert(1)", "%2F%2Fevil.example", "/%E2%80%8B/evil.example", "%20//evil.example", "/%00/evil.example",
        "evil.example", "/%09%09/evil.example", "\\/evil.example",
    ]

    static func isLocal(_ location: String?) -> Bool {
        guard let location, location.hasPrefix("/"), !location.hasPrefix("//") else { return false }
        return !location.contains("\\") && !location.unicodeScalars.contains { CharacterSet.controlCharacters.contains($0) }
            && URL(string: location, relativeTo: URL(string: "http://127.0.0.1:8080/"))?.host == "127.0.0.1"
    }

    @Test("the language switch never sends the visitor off the site", arguments: bypasses)
    func languageSwitch(back: String) async throws {
        try await withTestApp(demo: false) { app in
            let response = try await TestClient(app).get("/language/en?back=" + back.replacingOccurrences(of: "\\", with: "%5C"))
            #expect(response.status == .seeOther || response.status == .found)
            #expect(
                Self.isLocal(response.headers.first(name: .location)), "back=\(back) → \(response.headers.first(name: .location) ?? "")")
        }
    }

    @Test("signing in never sends the person off the site", arguments: bypasses)
    func loginNext(next: String) async throws {
        try await withTestApp { app in
            let decoded = next.removingPercentEncoding ?? next
            let response = try await TestClient(app).post(
                SiteRoute.login().path, form: ["email": Demo.resident, "password": AccountsDemo.password, "next": decoded])
            #expect(response.status == .seeOther)
            #expect(
                Self.isLocal(response.headers.first(name: .location)), "next=\(next) → \(response.headers.first(name: .location) ?? "")")
        }
    }

    @Test("an own path with a query survives, percent-encoded where it must be")
    func ownPath() async throws {
        try await withTestApp(demo: false) { app in
            let response = try await TestClient(app).get("/language/en?back=" + TestClient.encode("/cities?membership=member"))
            #expect(response.headers.first(name: .location) == "/cities?membership=member")
        }
    }

    @Test("next= is escaped in the login form: injected markup stays text")
    func loginFormEscapesNext() async throws {
        try await withTestApp(demo: false) { app in
            for next in [#"/"><b>x</b>"#, #"/"><meta http-equiv="refresh" content="0;url=https://evil.example">"#, "/'onfocus='x"] {
                let page = try await TestClient(app).get(SiteRoute.login().path + "?next=" + TestClient.encode(next))
                #expect(page.status == .ok)
                #expect(!page.text.contains("<b>x</b>"))
                #expect(!page.text.contains("<meta http-equiv=\"refresh\""))
                #expect(!page.text.contains("'onfocus='"))
                #expect(page.text.contains(#"name="next""#))
            }
        }
    }
}
