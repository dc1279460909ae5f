import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
@testable import ZavezaApp
@testable import ZavezaCLI

@Suite("A city's workspace: profile, contacts, people, tokens, history, deleted records")
struct WorkspaceTests {
    @Test("an officer edits the profile; the public page and the history show the change with before and after")
    func editProfile() async throws {
        try await withTestApp { app in
            // setup
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let form = try await officer.get(SiteRoute.cityEdit(slug: "kranj").path)
            #expect(form.text.contains("value=\"150,9\""))
            #expect(form.text.contains("value=\"80\""))
            // act
            var values = CityProfileInput(try await CitiesQuery.require(slug: "kranj", on: app.db), Localizer(.sl)).values
            values["population"] = "57.500"
            values["area_km2"] = "151,2"
            values["target_reduction_percent"] = "85"
            let saved = try await officer.post(SiteRoute.cityEdit(slug: "kranj").path, form: values)
            // assert
            #expect(saved.status == .seeOther)
            #expect(try await officer.get(SiteRoute.cityEdit(slug: "kranj").path).text.contains("Spremembe so shranjene."))
            let page = try await TestClient(app).get(SiteRoute.city(slug: "kranj").path)
            #expect(page.text.contains("57.500"))
            #expect(page.text.contains("151,2 km²"))
            #expect(page.text.contains("85\u{00A0}% manj izpustov"))
            let entry = try #require(
                try await AuditEntry.query(on: app.db).filter(\.$recordType == "city").sort(\.$at, .descending).first())
            #expect(entry.actorLabel == Demo.kranjOfficer)
            #expect(entry.action == .update)
            #expect(AuditEntry.fields(entry.before)["population"] == "57000")
            #expect(AuditEntry.fields(entry.after)["population"] == "57500")
            #expect(AuditEntry.fields(entry.after)["target_reduction"] == "0.85")
            // Kranj has no admin in the demo: the coordinator reads the history.
            let coordinator = try await TestClient.signedIn(app, as: Demo.coordinator)
            let history = try await coordinator.get(SiteRoute.cityHistory(slug: "kranj").path)
            #expect(history.text.contains(Demo.kranjOfficer))
            #expect(history.text.contains("<td>57000</td><td>57500</td>"))
        }
    }

    @Test(
        "every workspace page and the city page have the same frame: the breadcrumbs, one menu in one order, exactly one link marked current"
    )
    func workspaceShell() async throws {
        try await withTestApp { app in
            let crumbs =
                #"<ol><li><a href="/">Domov</a></li><li><a href="/cities">Mesta</a></li><li><a href="/cities/ljubljana">Ljubljana</a></li>"#
            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            let all = [
                "", "/edit", "/inventories", "/actions", "/indicators", "/hazards", "/factors", "/reports", "/people", "/tokens",
                "/history",
                "/deleted",
            ].map { "/cities/ljubljana" + $0 }
            var menus: Set<String> = []
            for path in all {
                let page = try await admin.get(path)
                #expect(page.status == .ok, "\(path)")
                if path != "/cities/ljubljana" { #expect(page.text.contains(crumbs), "\(path)") }
                // The tabs, in their order, each once; the page's own is the one current link.
                let menu = Self.menu(page.text)
                let links = all.compactMap { menu.range(of: #"href="\#($0)""#)?.lowerBound }
                #expect(links.count == all.count && links == links.sorted(), "\(path)")
                let current = page.text.matches(of: #/<a [^>]*aria-current="page"/#).count
                #expect(current == 1, "\(path): one current link, not \(current)")
                #expect(menu.contains(#"<a href="\#(path)" aria-current="page">"#), "\(path)")
                menus.insert(menu.replacingOccurrences(of: #" aria-current="page""#, with: ""))
            }
            #expect(menus.count == 1, "the same menu on every page")
            // A page within a part marks that part: an action's page, the actions.
            let city = try await CitiesQuery.require(slug: "ljubljana", on: app.db)
            let own = try #require(try await CityAction.query(on: app.db).filter(\.$city.$id == city.requireID()).first())
            let detail = try await admin.get(SiteRoute.cityAction(slug: "ljubljana", id: try own.requireID()).path)
            #expect(Self.menu(detail.text).contains(#"<a href="/cities/ljubljana/actions" aria-current="true">"#))
            #expect(!Self.menu(detail.text).contains(#"aria-current="page""#))
            // An officer sees no people, tokens or history (the deleted
            // records: their own); a visitor sees the public parts only.
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let officerPage = try await officer.get("/cities/kranj/actions")
            #expect(officerPage.text.contains(#"href="/cities/kranj/inventories""#))
            #expect(officerPage.text.contains(#"href="/cities/kranj/deleted""#))
            for hidden in ["people", "tokens", "history"] {
                #expect(!officerPage.text.contains(#"href="/cities/kranj/\#(hidden)""#), "\(hidden)")
            }
            let visitorMenu = Self.menu(try await TestClient(app).get("/cities/kranj/actions").text)
            for shown in ["", "/inventories", "/actions", "/indicators", "/hazards", "/reports"] {
                #expect(visitorMenu.contains(#"href="/cities/kranj\#(shown)""#), "\(shown)")
            }
            for hidden in ["edit", "factors", "people", "tokens", "history", "deleted"] {
                #expect(!visitorMenu.contains(#"href="/cities/kranj/\#(hidden)""#), "\(hidden)")
            }
        }
    }

    @Test("kept workspace pages: each reader gets their own form token and permissions, and a change shows at once")
    func keptPages() async throws {
        try await withTestApp { app in
            // setup
            let coordinator = try await TestClient.signedIn(app, as: Demo.coordinator)
            #expect(try await coordinator.post(SiteRoute.cityInventoryReopen(slug: "kranj", year: 2018).path).status == .seeOther)
            let path = SiteRoute.cityInventory(slug: "kranj", year: 2018).path
            let first = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let second = try await TestClient.signedIn(app, as: Demo.kranjOfficer)

            // act
            let one = try await first.get(path)
            let two = try await second.get(path)
            let visitor = try await TestClient(app).get(path)
            let actions = try await first.get(SiteRoute.cityActions(slug: "kranj").path)
            let added = try await first.post(SiteRoute.cityActions(slug: "kranj").path, form: ActionsTests.form(code: "K9"))
            let after = try await second.get(SiteRoute.cityActions(slug: "kranj").path)

            // assert
            let token = { (page: String) in page.firstMatch(of: #/name="_csrf" value="([^"]+)"/#).map { String($0.1) } }
            #expect(one.text.contains(#"id="add-row""#) && two.text.contains(#"id="add-row""#))
            #expect(token(one.text) != nil && token(one.text) != token(two.text), "each reader's own token")
            #expect(
                try await first.post(
                    SiteRoute.cityInventoryRows(slug: "kranj", year: 2018).path, form: ["gpc": "III.4.1", "emissions_tco2e": "5"]
                ).status == .seeOther)
            #expect(visitor.status == .forbidden || !visitor.text.contains(#"id="add-row""#), "a visitor gets no forms")
            #expect(!actions.text.contains(#"<th scope="row" role="rowheader" data-label="Oznaka">K9</th>"#))
            #expect(added.status == .seeOther)
            #expect(after.text.contains(#"<th scope="row" role="rowheader" data-label="Oznaka">K9</th>"#), "the change shows at once")
            // Without a pathway (the only inventory is a draft) the column still names the city's target year.
            #expect(after.text.contains(#"<a href="/cities/kranj/actions?sort=reduction">Zmanjšanje 2030"#))
        }
    }

    @Test("a kept page drawn for a visitor is not what an officer gets; a made-up form token cookie is replaced, not kept")
    func keptPagesAcrossReaders() async throws {
        try await withTestApp { app in
            // setup: a visitor draws the public actions list first, with a hostile token cookie
            let path = SiteRoute.cityActions(slug: "kranj").path
            let hostile = TestClient(app)
            hostile.cookies[CSRFMiddleware.cookieName] = "class"
            let visitorPage = try await hostile.get(path)
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)

            // act
            let officerPage = try await officer.get(path)
            let english = try await TestClient(app, headers: ["Accept-Language": "en"]).get(path)
            let another = try await TestClient(app).get(path + "?field=mobility&junk=\(UUID())")

            // assert
            #expect(!visitorPage.text.contains("Nov ukrep"))
            #expect(officerPage.text.contains("Nov ukrep"), "the officer's own permissions")
            #expect(officerPage.text.contains(#"class="site-header""#), "the page is whole")
            #expect(hostile.cookies[CSRFMiddleware.cookieName] != "class", "a made-up token is replaced")
            #expect(english.text.contains("New action") == false && english.text.contains("Actions: Kranj"))
            #expect(another.status == .ok)
            // Only the filter it chose counts (the language link keeps the address as it came).
            #expect(!(another.text.components(separatedBy: "<main").last ?? "").contains("junk"))
        }
    }

    @Test("every page but the home page has breadcrumbs that begin at home and end with the page")
    func breadcrumbsEverywhere() async throws {
        try await withTestApp { app in
            let coordinator = try await TestClient.signedIn(app, as: Demo.coordinator)
            let visitor = TestClient(app)
            let home = #"<nav class="breadcrumbs wrap" aria-label="Drobtinice"><ol><li><a href="/">Domov</a></li>"#
            for (client, path) in [
                (visitor, "/cities"), (visitor, "/factors"), (visitor, "/login"), (visitor, "/register"), (visitor, "/password/forgot"),
                (visitor, "/no-such-page"), (coordinator, "/account"), (coordinator, "/outbox"), (coordinator, "/partnership/requests"),
                (coordinator, "/cities/kranj"), (coordinator, "/cities/kranj/actions"), (coordinator, "/cities/kranj/history"),
            ] {
                let page = try await client.get(path).text
                #expect(page.contains(home), "\(path)")
                #expect(page.contains(#"<li aria-current="page">"#), "\(path)")
            }
            #expect(!(try await visitor.get("/")).text.contains(#"class="breadcrumbs"#))
        }
    }

    /// The workspace menu of a page.
    static func menu(_ page: String) -> String {
        let start =
            page.components(separatedBy: #"<nav class="workspace-menu" aria-label="Delovni prostor mesta">"#).dropFirst().first ?? ""
        return start.components(separatedBy: "</nav>").first ?? ""
    }

    @Test("straight to work: officers land on their city, the coordinator on the partnership's cities; My city in the header")
    func landing() async throws {
        try await withTestApp { app in
            for (email, landing) in [
                (Demo.kranjOfficer, "/cities/kranj"), (Demo.ljubljanaAdmin, "/cities/ljubljana"), (Demo.coordinator, "/cities"),
                (Demo.resident, "/"),
            ] {
                // act
                let browser = TestClient(app)
                let signedIn = try await browser.post(SiteRoute.login().path, form: ["email": email, "password": AccountsDemo.password])
                let page = try await browser.get(landing)

                // assert
                #expect(signedIn.headers.first(name: .location) == landing, "\(email)")
                let myCity = #"title="Kranj">Moje mesto</a>"#
                #expect(page.text.contains(myCity) == (email == Demo.kranjOfficer), "\(email)")
            }
            // A page asked for wins.
            let browser = TestClient(app)
            let asked = try await browser.post(
                SiteRoute.login().path, form: ["email": Demo.kranjOfficer, "password": AccountsDemo.password, "next": "/factors"])
            #expect(asked.headers.first(name: .location) == "/factors")
        }
    }

    @Test("the workspace opens with what waits: a draft, a delayed or silent action, an indicator without this year's value, a report")
    func waiting() async throws {
        try await withTestApp { app in
            // setup
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let city = try await CitiesQuery.require(slug: "kranj", on: app.db)
            let action = try #require(
                try await CityAction.query(on: app.db).filter(\.$city.$id == city.requireID()).sort(\.$code).first())
            action.status = .delayed
            try await action.save(on: app.db)
            try await Workspace.changed(cityID: city.requireID(), on: app.db)

            // act
            let before = try await officer.get("/cities/kranj")
            // Only an admin (here the coordinator; Kranj has none) opens a submitted inventory again.
            let coordinator = try await TestClient.signedIn(app, as: Demo.coordinator)
            #expect(try await coordinator.post(SiteRoute.cityInventoryReopen(slug: "kranj", year: 2018).path).status == .seeOther)
            let after = try await officer.get("/cities/kranj")
            let visitor = try await TestClient(app).get("/cities/kranj")

            // assert
            #expect(before.text.contains("Čaka na vas"))
            #expect(before.text.contains("Ukrep \(action.code) »\(action.name)« zamuja."))
            #expect(before.text.contains(#"href="/cities/kranj/reports/ccc/submit""#), "no report of 2018 is submitted yet")
            #expect(before.text.contains("še nima vrednosti za leto \(CalendarDate(Date()).year)"))
            #expect(!before.text.contains("Inventura 2018 je osnutek"))
            #expect(after.text.contains(#"<a href="/cities/kranj/inventories/2018">Inventura 2018 je osnutek"#))
            #expect(!visitor.text.contains("Čaka na vas"))
            // Three of a kind at most; the rest are counted and lead to their list.
            #expect(before.text.contains(#"<a href="/cities/kranj/actions">… in še "#))
            #expect(before.text.components(separatedBy: "90 dni nima zapisa").count - 1 <= 3)
        }
    }

    @Test("a history with no entries, of a record or past the last page, is an empty page, not a crash")
    func emptyHistory() async throws {
        try await withTestApp { app in
            let coordinator = try await TestClient.signedIn(app, as: Demo.coordinator)
            for path in [
                SiteRoute.cityHistory(slug: "kranj", record: UUID()).path,
                SiteRoute.cityHistory(slug: "velenje", record: UUID(), after: UUID()).path,
            ] {
                let page = try await coordinator.get(path)
                #expect(page.status == .ok, "\(path)")
                #expect(page.text.contains(Localizer(.sl)(HistoryText.historyEmpty)), "\(path)")
            }
            // Still up.
            #expect(try await coordinator.get(SiteRoute.cityHistory(slug: "kranj").path).status == .ok)
        }
    }

    @Test("bad profile values are refused field by field, with what was typed kept")
    func invalidProfile() async throws {
        try await withTestApp { app in
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            var values = CityProfileInput(try await CitiesQuery.require(slug: "kranj", on: app.db), Localizer(.sl)).values
            values["population"] = "veliko"
            values["target_year"] = "2010"
            values["target_reduction_percent"] = "120"
            values["website"] = "javascript:alert(1)"
            values["mission_label_date"] = "22. 13. 2024"
            let response = try await officer.post(SiteRoute.cityEdit(slug: "kranj").path, form: values)
            #expect(response.status == .unprocessableEntity)
            for field in ["population", "target_year", "target_reduction_percent", "website", "mission_label_date"] {
                #expect(response.text.contains("id=\"field-\(field)-error\""), "no error shown for \(field)")
            }
            #expect(response.text.contains("value=\"veliko\""))
            #expect(try await CitiesQuery.require(slug: "kranj", on: app.db).population == 57000)
        }
    }

    @Test("a deleted contact is kept, listed for the admin, and restored")
    func deleteAndRestore() async throws {
        try await withTestApp { app in
            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            let ljubljana = try await CitiesQuery.require(slug: "ljubljana", on: app.db)
            let contact = try #require(ljubljana.contacts.first)
            // act: delete
            let deleted = try await admin.post(SiteRoute.cityContactDelete(slug: "ljubljana", id: contact.id!).path)
            #expect(deleted.status == .seeOther)
            #expect(try await TestClient(app).get(SiteRoute.city(slug: "ljubljana").path).text.contains("Mesto še ni objavilo stikov."))
            let list = try await admin.get(SiteRoute.cityDeleted(slug: "ljubljana").path)
            #expect(list.text.contains(contact.name))
            // act: restore
            let restored = try await admin.post(SiteRoute.cityRestore(slug: "ljubljana", type: CityContact.auditType, id: contact.id!).path)
            #expect(restored.status == .seeOther)
            #expect(try await TestClient(app).get(SiteRoute.city(slug: "ljubljana").path).text.contains(contact.email!))
            let actions = try await AuditEntry.query(on: app.db).filter(\.$recordID == contact.id!).sort(\.$at).all().map(\.action)
            #expect(actions == [.delete, .restore])
            // The record's history is one click away.
            let history = try await admin.get(SiteRoute.cityHistory(slug: "ljubljana", record: contact.id!).path)
            #expect(history.text.contains("Stik izbrisan"))
            #expect(history.text.contains("Stik obnovljen"))
        }
    }

    @Test("the admin invites a person: an account without password, a role, an invitation link in the outbox")
    func invite() async throws {
        try await withTestApp { app in
            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            let response = try await admin.post(
                SiteRoute.cityPeople(slug: "ljubljana").path,
                form: ["name": "Nina Kos", "email": "nina@ljubljana.example", "role": "city_officer"])
            #expect(response.status == .seeOther)
            let user = try #require(try await User.query(on: app.db).filter(\.$email == "nina@ljubljana.example").first())
            #expect(user.passwordHash == nil)
            let message = try #require(try await OutboxMessage.query(on: app.db).filter(\.$toEmail == "nina@ljubljana.example").first())
            let link = try #require(message.body.split(separator: "\n").first { $0.hasPrefix("/password/reset/") }).description
            let nina = TestClient(app)
            #expect(try await nina.post(link, form: ["password": "ljubljanski-zmaj-7"]).status == .seeOther)
            #expect(try await nina.get(SiteRoute.cityEdit(slug: "ljubljana").path).status == .ok)
            // Removing the role is reversible.
            let role = try #require(try await RoleAssignment.query(on: app.db).filter(\.$user.$id == user.requireID()).first())
            #expect(try await admin.post(SiteRoute.cityPeopleRemove(slug: "ljubljana", id: role.id!).path).status == .seeOther)
            #expect(try await nina.get(SiteRoute.cityEdit(slug: "ljubljana").path).status == .forbidden)
            try await admin.post(SiteRoute.cityRestore(slug: "ljubljana", type: RoleAssignment.auditType, id: role.id!).path)
            #expect(try await nina.get(SiteRoute.cityEdit(slug: "ljubljana").path).status == .ok)
        }
    }

    @Test("API tokens: shown once, stored hashed, scoped to a city and to read or write, revocable, last use recorded")
    func tokens() async throws {
        try await withTestApp { app in
            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            func create(_ name: String, _ scope: String) async throws -> String {
                let response = try await admin.post(SiteRoute.cityTokens(slug: "ljubljana").path, form: ["name": name, "scope": scope])
                #expect(response.status == .created)
                let secret = try #require(response.text.range(of: "zv_[A-Za-z0-9_-]{43}", options: .regularExpression)).lowerBound
                return String(response.text[secret...].prefix(46))
            }
            let writer = try await create("Senzorji", "write")
            let reader = try await create("Nadzorna plošča", "read")
            #expect(try await APIToken.query(on: app.db).filter(\.$tokenHash == writer).count() == 0)
            #expect(!(try await admin.get(SiteRoute.cityTokens(slug: "ljubljana").path).text.contains(writer)), "shown only once")

            func patch(_ slug: String, token: String?, _ body: String) async throws -> TestingHTTPResponse {
                var headers: HTTPHeaders = ["Content-Type": "application/json"]
                if let token { headers.bearerAuthorization = .init(token: token) }
                var captured: TestingHTTPResponse?
                try await app.testing().test(.PATCH, "/api/v1/cities/\(slug)", headers: headers, body: ByteBuffer(string: body)) {
                    captured = $0
                }
                return captured!
            }
            let changed = try await patch("ljubljana", token: writer, #"{"population": 296000, "target_reduction": 0.9}"#)
            #expect(changed.status == .ok)
            #expect(changed.text.contains("\"population\":296000"))
            let entry = try #require(
                try await AuditEntry.query(on: app.db).filter(\.$recordType == "city").sort(\.$at, .descending).first())
            #expect(entry.actorLabel == "token: Senzorji")
            #expect(try await APIToken.query(on: app.db).filter(\.$name == "Senzorji").first()?.lastUsedAt != nil)

            #expect(try await patch("ljubljana", token: reader, #"{"population": 1}"#).status == .forbidden)
            #expect(try await patch("kranj", token: writer, #"{"population": 1}"#).status == .forbidden)
            #expect(try await patch("ljubljana", token: nil, #"{"population": 1}"#).status == .unauthorized)
            #expect(try await patch("ljubljana", token: "zv_wrong", #"{"population": 1}"#).status == .unauthorized)
            let invalid = try await patch("ljubljana", token: writer, #"{"target_year": 1980, "website": "ftp://x"}"#)
            #expect(invalid.status == .badRequest)
            #expect(invalid.text.contains("\"field\":\"target_year\""))
            #expect(invalid.text.contains("\"field\":\"website\""))

            var history: TestingHTTPResponse?
            try await app.testing().test(.GET, "/api/v1/cities/ljubljana/history", headers: ["Authorization": "Bearer \(reader)"]) {
                history = $0
            }
            #expect(history?.status == .ok)
            #expect(history?.text.contains("\"actor\":\"token: Senzorji\"") == true)

            // act: revoke
            let token = try #require(try await APIToken.query(on: app.db).filter(\.$name == "Senzorji").first())
            #expect(try await admin.post(SiteRoute.cityTokenRevoke(slug: "ljubljana", id: token.id!).path).status == .seeOther)
            #expect(try await patch("ljubljana", token: writer, #"{"population": 1}"#).status == .unauthorized)
            // A browser session is never enough for the API.
            let coordinator = try await TestClient.signedIn(app, as: Demo.coordinator)
            let withCookie = try await coordinator.send(
                .PATCH, "/api/v1/cities/ljubljana", body: #"{"population": 1}"#, contentType: "application/json")
            #expect(withCookie.status == .unauthorized)
            #expect(try await CitiesQuery.require(slug: "ljubljana", on: app.db).population == 296000)
        }
    }

    @Test("the history pages through many changes made at the very same instant without skipping one")
    func historyPaging() async throws {
        try await withTestApp { app in
            // setup: 120 changes to Kranj, all stamped with one instant
            let kranj = try await CitiesQuery.require(slug: "kranj", on: app.db)
            let instant = Date(timeIntervalSince1970: 1_790_000_000)
            for number in 0..<120 {
                let entry = AuditEntry()
                entry.at = instant
                entry.actorLabel = "tester"
                entry.action = .update
                entry.recordType = "city"
                entry.recordID = try kranj.requireID()
                entry.cityID = try kranj.requireID()
                entry.after = "{\"data_note\":\"change \(number)\"}"
                try await entry.save(on: app.db)
            }
            let coordinator = try await TestClient.signedIn(app, as: Demo.coordinator)
            // act: follow "older" links to the end
            var seen: [String] = []
            var next: String? = SiteRoute.cityHistory(slug: "kranj").path
            while let address = next {
                let page = try await coordinator.get(address)
                #expect(page.status == .ok)
                seen += page.text.matches(of: /change (\d+)/).map { String($0.output.1) }
                next = page.text.firstMatch(of: /href="(\/[^"]*after=[^"]*)"/).map {
                    String($0.output.1).replacingOccurrences(of: "&amp;", with: "&")
                }
            }
            // assert: every change once
            #expect(seen.count == 120)
            #expect(Set(seen).count == 120)
        }
    }
}

@Suite("Kept layouts: the frame around a kept page is drawn once per kind of reader, never another reader's")
struct KeptLayoutTests {
    @Test("each reader gets their own form token, name and menu around the same kept page; a notice is still shown")
    func ownFrame() async throws {
        try await withTestApp { app in
            let path = SiteRoute.cityActions(slug: "kranj").path
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let coordinator = try await TestClient.signedIn(app, as: Demo.coordinator)
            for _ in 0..<2 {
                let mine = try await officer.get(path)
                let theirs = try await coordinator.get(path)
                #expect(mine.text.contains("value=\"\(try #require(officer.formToken))\""))
                #expect(!mine.text.contains(try #require(coordinator.formToken)))
                #expect(theirs.text.contains("value=\"\(try #require(coordinator.formToken))\""))
                #expect(mine.text.contains("Uradnik Kranja (demo)") && !mine.text.contains("Koordinatorka partnerstva (demo)"))
                #expect(theirs.text.contains("Koordinatorka partnerstva (demo)") && !theirs.text.contains("Uradnik Kranja (demo)"))
            }
            // A visitor's frame has no account menu of anyone.
            let visitor = try await TestClient(app).get(path)
            #expect(!visitor.text.contains("Uradnik Kranja (demo)") && !visitor.text.contains("Koordinatorka"))
            // After a save the notice shows, on the same page.
            let rate = ["gpc": "I.1", "rate": "1", "source": "Test"]
            #expect(try await officer.post(SiteRoute.cityGrowth(slug: "kranj").path, form: rate).status == .seeOther)
            let withNotice = try await officer.get(SiteRoute.cityGrowth(slug: "kranj").path)
            #expect(withNotice.text.contains("class=\"notice"))
        }
    }
}
