import Fluent
import Foundation
import Logging
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
@testable import ZavezaApp
@testable import ZavezaCLI

@Suite("Accounts: registration, sign-in, throttling, passwords, sessions")
struct AccountsTests {
    @Test("a new resident registers, confirms the address from the message, is signed in, and sees the account page")
    func register() async throws {
        try await withTestApp { app in
            // setup
            let browser = TestClient(app)
            // act: the form makes no account yet
            let sent = try await browser.post(
                SiteRoute.register.path, form: ["name": "Ana Novak", "email": "Ana@Example.org", "password": "zelena-kolesa-9"])
            #expect(sent.status == .seeOther)
            #expect(sent.headers.first(name: .location) == SiteRoute.login().path)
            #expect(!sent.headers[.setCookie].contains { $0.hasPrefix(AuthenticationMiddleware.sessionCookie) })
            #expect(try await browser.get(SiteRoute.login().path).text.contains("Poslali smo vam sporočilo"))
            #expect(try await User.query(on: app.db).filter(\.$email == "ana@example.org").count() == 0)
            let message = try #require(try await OutboxMessage.query(on: app.db).filter(\.$toEmail == "ana@example.org").first())
            #expect(message.subject.contains("potrdite"))
            let link = try #require(try await TestClient.lastLink(to: "ana@example.org", starting: "/register/confirm/", app: app))
            // Opening the link shows a button (a mail scanner following it makes nothing).
            let confirmPage = try await TestClient(app).get(link)
            #expect(confirmPage.status == .ok)
            #expect(confirmPage.text.contains("ana@example.org"))
            #expect(try await User.query(on: app.db).filter(\.$email == "ana@example.org").count() == 0)
            let response = try await browser.post(link)
            // assert
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == SiteRoute.account.path)
            let cookie = response.headers[.setCookie].first { $0.hasPrefix(AuthenticationMiddleware.sessionCookie) } ?? ""
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            let account = try await browser.get(SiteRoute.account.path)
            #expect(account.status == .ok)
            #expect(account.text.contains("Ana Novak"))
            #expect(account.text.contains("ana@example.org"))
            #expect(account.text.contains("Naslov je potrjen, račun je ustvarjen"))
            let user = try #require(try await User.query(on: app.db).filter(\.$email == "ana@example.org").first())
            #expect(user.passwordHash?.hasPrefix("$2") == true)
            #expect(try await RoleAssignment.query(on: app.db).filter(\.$user.$id == user.requireID()).first()?.role == .resident)
            // The link works once.
            let again = try await TestClient(app).post(link)
            #expect(again.status == .notFound)
            #expect(again.text.contains("Povezava ni veljavna"))
            #expect(try await TestClient(app).get(link).status == .notFound)
            #expect(try await User.query(on: app.db).filter(\.$email == "ana@example.org").count() == 1)
        }
    }

    @Test("registering with an address that has an account answers the same and only tells the address's owner")
    func registerTaken() async throws {
        try await withTestApp { app in
            let before = try #require(try await User.query(on: app.db).filter(\.$email == Demo.resident).first()?.passwordHash)
            let response = try await TestClient(app).post(
                SiteRoute.register.path, form: ["name": "Nekdo", "email": Demo.resident, "password": "tuje-geslo-123"])
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == SiteRoute.login().path)
            #expect(try await PendingRegistration.query(on: app.db).count() == 0)
            let message = try #require(try await OutboxMessage.query(on: app.db).filter(\.$toEmail == Demo.resident).first())
            #expect(message.subject.contains("že obstaja"))
            #expect(message.body.contains(SiteRoute.passwordForgot.path))
            #expect(try await User.query(on: app.db).filter(\.$email == Demo.resident).first()?.passwordHash == before)
            // The owner still signs in with their own password, not the stranger's.
            #expect(
                try await TestClient(app).post(SiteRoute.login().path, form: ["email": Demo.resident, "password": "tuje-geslo-123"]).status
                    == .unauthorized)
            _ = try await TestClient.signedIn(app, as: Demo.resident)
        }
    }

    @Test("someone who registers another person's address first cannot choose that person's password")
    func preRegistration() async throws {
        try await withTestApp { app in
            // setup: a stranger registers the address but cannot read its mail
            let stranger = TestClient(app)
            try await stranger.post(
                SiteRoute.register.path, form: ["name": "Tujec", "email": "mojca@example.org", "password": "tuje-geslo-123"])
            let strangersLink = try #require(
                try await TestClient.lastLink(to: "mojca@example.org", starting: "/register/confirm/", app: app))
            // act: the owner registers and confirms from the mail they receive
            let owner = TestClient(app)
            #expect(try await owner.register(name: "Mojca", email: "mojca@example.org", password: "moje-geslo-456").status == .seeOther)
            // assert
            #expect(try await owner.get(SiteRoute.account.path).text.contains("Mojca"))
            #expect(
                try await TestClient(app).post(SiteRoute.login().path, form: ["email": "mojca@example.org", "password": "tuje-geslo-123"])
                    .status == .unauthorized)
            _ = try await TestClient.signedIn(app, as: "mojca@example.org", password: "moje-geslo-456")
            // The earlier link lapsed with the confirmation.
            #expect(try await TestClient(app).post(strangersLink).status == .notFound)
            #expect(try await User.query(on: app.db).filter(\.$email == "mojca@example.org").count() == 1)
        }
    }

    @Test("two confirmation links of one address opened at the same moment make one account")
    func confirmRace() async throws {
        try await withTestApp { app in
            var links: [String] = []
            for index in 0..<2 {
                try await TestClient(app).post(
                    SiteRoute.register.path, form: ["name": "Ana \(index)", "email": "race@example.org", "password": "zelena-kolesa-9"])
                links.append(try #require(try await TestClient.lastLink(to: "race@example.org", starting: "/register/confirm/", app: app)))
            }
            #expect(Set(links).count == 2)
            let clients = links.map { _ in TestClient(app) }
            for (client, link) in zip(clients, links) { try await client.get(link) }
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for (client, link) in zip(clients, links) { group.addTask { try await client.post(link).status } }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .seeOther }.count == 1, "\(statuses)")
            #expect(statuses.filter { $0 == .notFound }.count == 1, "\(statuses)")
            #expect(try await User.query(on: app.db).filter(\.$email == "race@example.org").count() == 1)
        }
    }

    @Test(
        "registration refuses bad input field by field and keeps what was typed",
        arguments: [
            (["name": "", "email": "x@example.org", "password": "zelena-kolesa-9"], "name", "je obvezno"),
            (["name": "Ana", "email": "not-an-address", "password": "zelena-kolesa-9"], "email", "veljaven e-poštni naslov"),
            (
                ["name": String(repeating: "A", count: 201), "email": "x@example.org", "password": "zelena-kolesa-9"], "name",
                "Največ 200 znakov"
            ),
            (["name": "Ana", "email": "x@example.org", "password": "kratko"], "password", "vsaj 10 znakov"),
            (["name": "Ana", "email": "x@example.org", "password": "password123"], "password", "preveč pogosto"),
            (["name": "Ana", "email": "x@example.org", "password": "1234567890"], "password", "preveč pogosto"),
            (["name": "Ana", "email": "x@example.org", "password": "aaaaaaaaaaaa"], "password", "preveč pogosto"),
        ])
    func registerInvalid(form: [String: String], field: String, message: String) async throws {
        try await withTestApp { app in
            let before = try await User.query(on: app.db).count()
            let response = try await TestClient(app).post(SiteRoute.register.path, form: form)
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("id=\"field-\(field)-error\""))
            #expect(response.text.contains(message))
            #expect(response.text.contains("aria-invalid=\"true\""))
            if let name = form["name"], !name.isEmpty { #expect(response.text.contains("value=\"\(name)\"")) }
            #expect(!response.text.contains("value=\"\(form["password"]!)\""), "a password is never sent back")
            #expect(try await User.query(on: app.db).count() == before)
        }
    }

    @Test("the account page lists the last sign-ins, failed ones marked; records older than 90 days are removed")
    func signInHistory() async throws {
        try await withTestApp { app in
            // setup: an old record, and a wrong password before the right one
            try await LoginAttempt(
                email: Demo.resident, address: "192.0.2.7", succeeded: true, at: Date().addingTimeInterval(-91 * 24 * 3600)
            ).create(on: app.db)
            let wrong = try await TestClient(app).post(SiteRoute.login().path, form: ["email": Demo.resident, "password": "napacno-geslo"])
            #expect(wrong.status == .unauthorized)
            // act
            let browser = try await TestClient.signedIn(app, as: Demo.resident)
            let page = try await browser.get(SiteRoute.account.path).text
            // assert
            #expect(page.contains("Zadnje prijave v vaš račun"))
            #expect(page.contains("<strong>napačno geslo</strong>"))
            #expect(page.contains("uspešna"))
            #expect(!page.contains("192.0.2.7"))
            #expect(try await LoginAttempt.query(on: app.db).filter(\.$address == "192.0.2.7").count() == 0)
            #expect(try await LoginAttempt.query(on: app.db).filter(\.$email == Demo.resident).count() == 2)
        }
    }

    @Test("signing in renews the session id, and signing out ends the session")
    func sessions() async throws {
        try await withTestApp { app in
            let browser = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let first = try #require(browser.cookies[AuthenticationMiddleware.sessionCookie])
            #expect(try await browser.get(SiteRoute.account.path).text.contains("uradnik mesta, Kranj"))
            try await browser.post(SiteRoute.login().path, form: ["email": Demo.kranjOfficer, "password": AccountsDemo.password])
            let second = try #require(browser.cookies[AuthenticationMiddleware.sessionCookie])
            #expect(first != second)
            // The old session is gone from the store.
            #expect(try await UserSession.query(on: app.db).filter(\.$tokenHash == Secrets.hash(first)).count() == 0)
            try await browser.post(SiteRoute.logout.path)
            #expect(browser.cookies[AuthenticationMiddleware.sessionCookie] == nil)
            #expect(try await UserSession.query(on: app.db).filter(\.$tokenHash == Secrets.hash(second)).count() == 0)
            let account = try await browser.get(SiteRoute.account.path)
            #expect(account.status == .seeOther)
            #expect(account.headers.first(name: .location) == SiteRoute.login(next: SiteRoute.account.path).path)
        }
    }

    @Test("a wrong password five times blocks the account for 15 minutes with a message in the user's language")
    func throttling() async throws {
        try await withTestApp { app in
            let browser = TestClient(app)
            for _ in 1...5 {
                let response = try await browser.post(
                    SiteRoute.login().path, form: ["email": Demo.resident, "password": "napačno-geslo-1"])
                #expect(response.status == .unauthorized)
                #expect(response.text.contains("E-poštni naslov ali geslo ni pravilno."))
            }
            // Even the right password is refused now.
            let blocked = try await browser.post(SiteRoute.login().path, form: ["email": Demo.resident, "password": AccountsDemo.password])
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.text.contains("Poskusite znova čez 15 minut."))
            #expect(Int(blocked.headers.first(name: "Retry-After") ?? "") ?? 0 > 800)
            browser.headers = english
            let english = try await browser.post(SiteRoute.login().path, form: ["email": Demo.resident, "password": AccountsDemo.password])
            #expect(english.text.contains("Please try again in 15 minutes."))
            // Another account from the same address still signs in: the five were this account's from this address.
            let other = try await browser.post(
                SiteRoute.login().path, form: ["email": Demo.coordinator, "password": AccountsDemo.password])
            #expect(other.status == .seeOther)
            // The owner, from another address, is never locked out by someone else's guesses.
            let owner = try await Accounts.verify(
                email: Demo.resident, password: AccountsDemo.password, address: "198.51.100.7",
                request: Request(application: app, on: app.eventLoopGroup.next()))
            #expect(owner?.email == Demo.resident)
            // Nor is the owner at this address kept out: a reset link from their mail lets them in and lifts the limit here.
            browser.headers = [:]
            #expect(try await browser.post(SiteRoute.passwordForgot.path, form: ["email": Demo.resident]).status == .seeOther)
            let link = try #require(try await TestClient.lastLink(to: Demo.resident, starting: "/password/reset/", app: app))
            let reset = try await browser.post(link, form: ["password": "novo-geslo-2026"])
            #expect(reset.status == .seeOther)
            #expect(try await browser.get(SiteRoute.account.path).status == .ok)
            try await browser.post(SiteRoute.logout.path)
            let again = try await browser.post(SiteRoute.login().path, form: ["email": Demo.resident, "password": "novo-geslo-2026"])
            #expect(again.status == .seeOther)
        }
    }

    @Test("50 wrong passwords at the same moment: exactly 5 are checked, the rest get 429")
    func throttlingIsAtomic() async throws {
        try await withTestApp { app in
            // act
            let outcomes = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<50 {
                    group.addTask {
                        let request = Request(application: app, on: app.eventLoopGroup.next())
                        do {
                            let user = try await Accounts.verify(
                                email: Demo.resident, password: "napačno-geslo-1", address: "203.0.113.5", request: request)
                            return user == nil ? "checked" : "signed in"
                        } catch AppError.tooManyRequests {
                            return "throttled"
                        }
                    }
                }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            // assert
            #expect(outcomes.filter { $0 == "checked" }.count == 5)
            #expect(outcomes.filter { $0 == "throttled" }.count == 45)
            #expect(try await LoginAttempt.query(on: app.db).count() == 5)
        }
    }

    @Test("one address guessing many accounts is stopped after 20 failures; a right password does not count")
    func throttlingPerAddress() async throws {
        try await withTestApp { app in
            func attempt(_ email: String, _ password: String) async throws -> Bool? {
                do {
                    return try await Accounts.verify(
                        email: email, password: password, address: "192.0.2.44",
                        request: Request(application: app, on: app.eventLoopGroup.next()))
                        != nil
                } catch AppError.tooManyRequests { return nil }
            }
            let first = try await attempt(Demo.coordinator, AccountsDemo.password)
            #expect(first == true)
            for index in 0..<20 {
                let guess = try await attempt("guess\(index)@example.org", "napačno-geslo-1")
                #expect(guess == false)
            }
            let more = try await attempt("guess-more@example.org", "napačno-geslo-1")
            #expect(more == nil)
            let owner = try await attempt(Demo.coordinator, AccountsDemo.password)
            #expect(owner == nil)
        }
    }

    @Test("an unknown account costs the same bcrypt work as a known one")
    func unknownAccountsSameWork() async throws {
        try await withTestApp { app in
            // A wrong password for a missing account is checked against a real bcrypt hash:
            // the dummy hash exists after one such sign-in and has the application's cost.
            _ = try await Accounts.verify(
                email: "nobody@example.org", password: "x", address: "192.0.2.9",
                request: Request(application: app, on: app.eventLoopGroup.next()))
            let dummy = try await Accounts.dummyHash(Request(application: app, on: app.eventLoopGroup.next()))
            let real = try #require(try await User.query(on: app.db).filter(\.$email == Demo.resident).first()?.passwordHash)
            #expect(
                dummy.hasPrefix("$2") && dummy.prefix(7) == real.prefix(7),
                "same algorithm and cost: \(dummy.prefix(7)) vs \(real.prefix(7))")
        }
    }

    @Test("registration and password-reset requests are throttled per address")
    func throttlingRegistrationAndReset() async throws {
        try await withTestApp { app in
            let browser = TestClient(app)
            for index in 0..<10 {
                let response = try await browser.post(
                    SiteRoute.register.path, form: ["name": "Ana", "email": "ana\(index)@example.org", "password": "zelena-kolesa-9"])
                #expect(response.status == .seeOther)
            }
            let eleventh = try await browser.post(
                SiteRoute.register.path, form: ["name": "Ana", "email": "ana-more@example.org", "password": "zelena-kolesa-9"])
            #expect(eleventh.status == .tooManyRequests)
            // Resets: three mails an hour for one account, ten requests an hour from one address, each with the same answer.
            let other = TestClient(app)
            for _ in 0..<5 {
                #expect(try await other.post(SiteRoute.passwordForgot.path, form: ["email": Demo.resident]).status == .seeOther)
            }
            #expect(try await OutboxMessage.query(on: app.db).filter(\.$toEmail == Demo.resident).count() == 3)
            for _ in 0..<5 { try await other.post(SiteRoute.passwordForgot.path, form: ["email": "nobody@example.org"]) }
            #expect(try await other.post(SiteRoute.passwordForgot.path, form: ["email": Demo.resident]).status == .tooManyRequests)
        }
    }

    @Test("password reset: a one-time link in the outbox, valid once, for one hour")
    func passwordReset() async throws {
        try await withTestApp { app in
            let browser = TestClient(app)
            let asked = try await browser.post(SiteRoute.passwordForgot.path, form: ["email": Demo.resident])
            #expect(asked.status == .seeOther)
            // An unknown address gets the same answer and no message.
            try await browser.post(SiteRoute.passwordForgot.path, form: ["email": "nobody@example.org"])
            let messages = try await OutboxMessage.query(on: app.db).all()
            #expect(messages.map(\.toEmail) == [Demo.resident])
            let body = messages[0].body
            let path = try #require(body.split(separator: "\n").first { $0.hasPrefix("/password/reset/") }).description
            // The coordinator sees the outbox, without the link: it is the recipient's alone. Others do not see it.
            let coordinator = try await TestClient.signedIn(app, as: Demo.coordinator)
            let outbox = try await coordinator.get(SiteRoute.outbox.path).text
            #expect(!outbox.contains(path))
            #expect(!outbox.contains(String(path.dropFirst("/password/reset/".count))))
            #expect(outbox.contains("enkratna povezava je skrita"))
            let resident = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            #expect(try await resident.get(SiteRoute.outbox.path).status == .forbidden)
            // act
            #expect(try await browser.get(path).status == .ok)
            let done = try await browser.post(path, form: ["password": "novo-zeleno-geslo"])
            #expect(done.status == .seeOther)
            #expect(try await browser.get(SiteRoute.account.path).status == .ok)
            // assert: single use
            #expect(try await browser.get(path).status == .notFound)
            #expect(try await browser.post(path, form: ["password": "spet-drugo-geslo"]).status == .notFound)
            let fresh = try await TestClient.signedIn(app, as: Demo.resident, password: "novo-zeleno-geslo")
            #expect(try await fresh.get(SiteRoute.account.path).status == .ok)
            // Expired links do not work.
            try await browser.post(SiteRoute.passwordForgot.path, form: ["email": Demo.resident])
            for token in try await OneTimeToken.query(on: app.db).filter(\.$usedAt == nil).all() {
                token.expiresAt = Date().addingTimeInterval(-1)
                try await token.save(on: app.db)
            }
            let latest = try await OutboxMessage.query(on: app.db).sort(\.$createdAt, .descending).first()!.body
            let expired = try #require(latest.split(separator: "\n").first { $0.hasPrefix("/password/reset/") }).description
            #expect(try await browser.get(expired).status == .notFound)
        }
    }

    @Test("changing the password needs the current one")
    func changePassword() async throws {
        try await withTestApp { app in
            let browser = try await TestClient.signedIn(app, as: Demo.resident)
            let wrong = try await browser.post(
                SiteRoute.accountPassword.path, form: ["current": "ni-pravo-geslo", "password": "novo-zeleno-geslo"])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("Sedanje geslo ni pravilno."))
            let elsewhere = try await TestClient.signedIn(app, as: Demo.resident)
            let right = try await browser.post(
                SiteRoute.accountPassword.path, form: ["current": AccountsDemo.password, "password": "novo-zeleno-geslo"])
            #expect(right.status == .seeOther)
            // This browser stays signed in; every other session of the person ends.
            #expect(try await browser.get(SiteRoute.account.path).status == .ok)
            #expect(try await elsewhere.get(SiteRoute.account.path).status == .seeOther)
            _ = try await TestClient.signedIn(app, as: Demo.resident, password: "novo-zeleno-geslo")
        }
    }

    @Test("every page answer carries the security headers")
    func securityHeaders() async throws {
        try await withTestApp(demo: false) { app in
            try await app.testing().test(.GET, "/") { response async in
                let csp = response.headers.first(name: "Content-Security-Policy") ?? ""
                #expect(csp.contains("script-src 'self'"))
                #expect(!csp.contains("unsafe-inline"))
                #expect(csp.contains("frame-ancestors 'none'"))
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
                #expect(response.headers.first(name: "Referrer-Policy") == "strict-origin-when-cross-origin")
            }
        }
    }

    @Test("the layout shows who is signed in")
    func loginState() async throws {
        try await withTestApp { app in
            #expect(try await TestClient(app).get("/").text.contains(">Prijava</a>"))
            let browser = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            let home = try await browser.get("/")
            #expect(home.text.contains("Skrbnica Ljubljane (demo)"))
            #expect(home.text.contains(">Odjava</button>"))
        }
    }
}

@Suite("One-time passwords")
struct OneTimePasswordTests {
    @Test("after a one-time password, every page leads to the account page until a new password is chosen")
    func mustChange() async throws {
        try await withTestApp { app in
            // setup: what `zaveza user create` leaves behind
            let user = try #require(try await User.query(on: app.db).filter(\.$email == Demo.kranjOfficer).first())
            user.mustChangePassword = true
            try await user.save(on: app.db)
            // act
            let browser = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            // assert
            let page = try await browser.get(SiteRoute.cityEdit(slug: "kranj").path)
            #expect(page.status == .seeOther)
            #expect(page.headers.first(name: .location) == SiteRoute.account.path)
            #expect(try await browser.get(SiteRoute.account.path).text.contains("enkratnim geslom"))
            try await browser.post(
                SiteRoute.accountPassword.path, form: ["current": AccountsDemo.password, "password": "kranjski-grad-12"])
            #expect(try await browser.get(SiteRoute.cityEdit(slug: "kranj").path).status == .ok)
        }
    }

    @Test("logs carry no credentials: bearer tokens, API tokens, session cookies and one-time links are redacted")
    func redaction() {
        let line = #"""
            400 POST /api/v1/cities/kranj/actions: ServerError(request: HTTPRequest(headerFields: [Authorization: Bearer zv_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd, \#
            Cookie: zaveza_session=s3cr3tSess10n; zaveza_csrf=csrfT0ken]) GET /password/reset/Xy9_secretLinkValue-123 200 \#
            POST /register/confirm/Zq8_confirmLinkValue-456 303
            """#
        let redacted = Redaction.redact(line)
        for secret in ["AbCdEfGhIjKl", "s3cr3tSess10n", "csrfT0ken", "Xy9_secretLinkValue-123", "Zq8_confirmLinkValue-456"] {
            #expect(!redacted.contains(secret), "\(secret) leaked: \(redacted)")
        }
        #expect(redacted.contains("/password/reset/[secret]") && redacted.contains("Bearer [redacted]"))
        #expect(redacted.contains("/register/confirm/[secret]"))
        // The handler redacts message and metadata before the real handler writes them.
        final class Captured: @unchecked Sendable { var lines: [String] = [] }
        struct Capturing: LogHandler {
            let captured: Captured
            var metadata: Logger.Metadata = [:]
            var logLevel: Logger.Level = .trace
            subscript(metadataKey key: String) -> Logger.Metadata.Value? {
                get { metadata[key] }
                set { metadata[key] = newValue }
            }
            func log(event: LogEvent) { captured.lines.append("\(event.message) \(event.metadata ?? [:])") }
        }
        let captured = Captured()
        let logger = Logger(label: "test") { _ in RedactingLogHandler(Capturing(captured: captured)) }
        logger.error("authorization: Bearer zv_secretsecretsecret", metadata: ["path": "/password/reset/abc123secret"])
        #expect(captured.lines.count == 1)
        #expect(!captured.lines[0].contains("secretsecret") && !captured.lines[0].contains("abc123secret"), "\(captured.lines)")
    }
}
