import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
@testable import ZavezaApp
@testable import ZavezaCLI

@Suite("Permissions: no one changes another city's data; forms need their CSRF token")
struct PermissionsTests {
    /// Form routes anyone may POST to (they check the person themselves).
    static let publicWrites: Set<String> = [
        SiteRoute.login().path, SiteRoute.logout.path, SiteRoute.register.path, SiteRoute.passwordForgot.path,
        "/" + SiteRoute.passwordReset(token: "").pattern.map(\.description).joined(separator: "/"),
        "/" + SiteRoute.registerConfirm(token: "").pattern.map(\.description).joined(separator: "/"),
        SiteRoute.accountPassword.path,
    ]

    /// Form routes for anyone signed in (a city's request to join).
    static let signedInWrites: Set<String> = ["/" + SiteRoute.cityJoin(slug: "").pattern.map(\.description).joined(separator: "/")]

    /// The partnership's write routes: members' work, not a city's data.
    static let partnershipPrefixes = ["/working-group", "/help-requests", "/practices"]

    /// Every write route of the application, with its parameters filled in
    /// with Ljubljana's records.
    static func writeRoutes(_ app: Application, including extra: Set<String> = []) async throws -> [(method: HTTPMethod, path: String)] {
        let ljubljana = try await City.query(on: app.db).filter(\.$slug == "ljubljana").first()!
        let contact = try await CityContact.query(on: app.db).filter(\.$city.$id == ljubljana.requireID()).first()!
        let role = try await RoleAssignment.query(on: app.db).filter(\.$city.$id == ljubljana.requireID()).first()!
        let routes = app.routes.all.filter { ![.GET, .HEAD].contains($0.method) }
        return routes.compactMap { route in
            let pattern = "/" + route.path.map(\.description).joined(separator: "/")
            if publicWrites.contains(pattern) || pattern.hasPrefix(SiteRoute.apiPrefix) { return nil }
            // The working group's routes are walked by PartnershipTests (their own records, their own rule).
            if partnershipPrefixes.contains(where: pattern.hasPrefix) { return nil }
            if signedInWrites.contains(pattern), !extra.contains(pattern) { return nil }
            let path = route.path.map { component -> String in
                switch component {
                case .parameter(SiteRoute.Parameter.slug): "ljubljana"
                case .parameter(SiteRoute.Parameter.type): pattern.contains("deleted") ? CityContact.auditType : ""
                case .parameter(SiteRoute.Parameter.year): "2019"
                case .parameter(SiteRoute.Parameter.id): (pattern.contains("people") ? role.id! : contact.id!).uuidString
                default: component.description
                }
            }
            return (route.method, "/" + path.joined(separator: "/"))
        }
    }

    @Test("a Kranj officer, a resident and a working-group member are refused on every write route of Ljubljana; nothing changes")
    func wrongCityAndNoRole() async throws {
        try await withTestApp { app in
            let routes = try await Self.writeRoutes(app)
            #expect(routes.count >= 10, "the walk found the write routes")
            let before = try await AuditEntry.query(on: app.db).count()
            for email in [Demo.kranjOfficer, Demo.resident, Demo.workingGroup, Demo.velenjeOfficer] {
                let browser = try await TestClient.signedIn(app, as: email)
                for route in routes {
                    let response = try await browser.post(route.path, form: ["name": "Vdor", "population": "1", "email": "x@example.org"])
                    #expect(response.status == .forbidden, "\(email) \(route.method) \(route.path) answered \(response.status)")
                }
            }
            #expect(try await AuditEntry.query(on: app.db).count() == before)
            #expect(try await City.query(on: app.db).filter(\.$slug == "ljubljana").first()?.name == "Ljubljana")
        }
    }

    @Test("anonymous visitors are sent to sign in on every write route")
    func anonymous() async throws {
        try await withTestApp { app in
            let browser = TestClient(app)
            for route in try await Self.writeRoutes(app, including: Self.signedInWrites) {
                let response = try await browser.post(route.path, form: ["name": "Vdor"])
                #expect(response.status == .seeOther, "\(route.path) answered \(response.status)")
                #expect(response.headers.first(name: .location)?.hasPrefix(SiteRoute.login().path) == true)
            }
        }
    }

    @Test("Kranj's officer cannot open Ljubljana's edit page, but can edit Kranj")
    func editPages() async throws {
        try await withTestApp { app in
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            #expect(try await officer.get(SiteRoute.cityEdit(slug: "ljubljana").path).status == .forbidden)
            #expect(try await officer.get(SiteRoute.cityEdit(slug: "kranj").path).status == .ok)
            // Officers edit; only admins manage people, tokens and history (an
            // officer's deleted records are their own: RemovalTests).
            for route in [SiteRoute.cityPeople(slug: "kranj"), .cityTokens(slug: "kranj"), .cityHistory(slug: "kranj")] {
                #expect(try await officer.get(route.path).status == .forbidden)
            }
            #expect(try await officer.get(SiteRoute.cityDeleted(slug: "ljubljana").path).status == .forbidden)
            let coordinator = try await TestClient.signedIn(app, as: Demo.coordinator)
            #expect(try await coordinator.get(SiteRoute.cityEdit(slug: "ljubljana").path).status == .ok)
            #expect(try await coordinator.get(SiteRoute.cityHistory(slug: "kranj").path).status == .ok)
        }
    }

    @Test("a form POST without its CSRF token, or with a wrong one, changes nothing")
    func csrf() async throws {
        try await withTestApp { app in
            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            let missing = try await admin.post(
                SiteRoute.cityEdit(slug: "ljubljana").path, form: ["name": "Ponaredek", "population": "1"], csrf: false)
            #expect(missing.status == .forbidden)
            let wrong = try await admin.post(
                SiteRoute.cityEdit(slug: "ljubljana").path, form: ["name": "Ponaredek", "population": "1", "_csrf": "guess"], csrf: false)
            #expect(wrong.status == .forbidden)
            #expect(try await City.query(on: app.db).filter(\.$slug == "ljubljana").first()?.name == "Ljubljana")
            // A sign-in form without the token is refused too.
            let login = try await TestClient(app).post(
                SiteRoute.login().path, form: ["email": Demo.resident, "password": AccountsDemo.password], csrf: false)
            #expect(login.status == .forbidden)
        }
    }

    @Test("every form on a page carries the token of the visitor's cookie, and a POST with what the page gave is accepted")
    func formTokens() async throws {
        try await withTestApp { app in
            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            let cookie = try #require(admin.cookies[CSRFMiddleware.cookieName])
            for path in [SiteRoute.cityEdit(slug: "ljubljana").path, SiteRoute.cityActions(slug: "ljubljana").path, SiteRoute.account.path]
            {
                let page = try await admin.get(path)
                let tokens = page.text.components(separatedBy: #"name="_csrf" value=""#).dropFirst().map { $0.prefix { $0 != "\"" } }
                #expect(!tokens.isEmpty, "\(path) has no form")
                #expect(tokens.allSatisfy { $0 == cookie }, "\(path) renders a token that is not the cookie's")
            }
            // The client sends the token of the page it was given.
            let form = try await admin.get(SiteRoute.cityEdit(slug: "ljubljana").path)
            #expect(form.status == .ok)
            var values = CityProfileInput(try await CitiesQuery.require(slug: "ljubljana", on: app.db), Localizer(.sl)).values
            values["name"] = "Ljubljana"
            #expect(try await admin.post(SiteRoute.cityEdit(slug: "ljubljana").path, form: values).status == .seeOther)
        }
    }
}
