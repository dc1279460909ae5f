import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
@testable import ZavezaApp
@testable import ZavezaCLI

@Suite("Operations: health, metrics, request ids, migrations, backup, configuration")
struct OperationsTests {
    @Test("/healthz checks the database")
    func health() async throws {
        try await withTestApp(demo: false) { app in
            try await app.testing().test(.GET, SiteRoute.healthz.path) { response async in
                #expect(response.status == .ok)
                #expect(response.text.contains("\"database\":\"ok\""))
            }
        }
    }

    @Test("/metrics counts requests by route and status and has a latency histogram; only with its token")
    func metrics() async throws {
        let token = "prometheus-scrapes-with-this-secret"
        try await withTestApp(metricsToken: token) { app in
            try await app.testing().test(.GET, "/cities/kranj") { _ async in }
            try await app.testing().test(.GET, "/cities/nowhere") { _ async in }
            try await app.testing().test(.GET, SiteRoute.metrics.path) { response async in
                #expect(response.status == .unauthorized)
            }
            try await app.testing().test(.GET, SiteRoute.metrics.path, headers: ["Authorization": "Bearer wrong-token-of-some-length"]) {
                response async in
                #expect(response.status == .unauthorized)
            }
            try await app.testing().test(.GET, SiteRoute.metrics.path, headers: ["Authorization": "Bearer \(token)"]) { response async in
                #expect(response.status == .ok)
                let text = response.text
                #expect(text.contains("# TYPE http_requests_total counter"))
                #expect(text.contains("http_requests_total{method=\"GET\",path=\"/cities/:slug\",status=\"200\"}"))
                #expect(text.contains("http_requests_total{method=\"GET\",path=\"/cities/:slug\",status=\"404\"}"))
                #expect(text.contains("http_request_duration_seconds_bucket{"))
            }
        }
    }

    @Test("without a token, /metrics answers this machine only: a visitor from elsewhere gets 404")
    func metricsLoopback() async throws {
        try await withTestApp(demo: false) { app in
            // In process there is no peer address: the request is from elsewhere.
            try await app.testing().test(.GET, SiteRoute.metrics.path) { response async in #expect(response.status == .notFound) }
            #expect(isLoopback("127.0.0.1") && isLoopback("::1") && !isLoopback("10.0.0.1") && !isLoopback("unknown"))
            // Over a real socket from this machine: answered, unless a proxy
            // on this machine passes on a visitor (not named as trusted).
            let live = try app.testing(method: .running(hostname: "127.0.0.1", port: Int.random(in: 20_000...60_000)))
            try await live.test(.GET, SiteRoute.metrics.path) { response async in #expect(response.status == .ok) }
            for header in ["X-Forwarded-For", "Forwarded", "X-Real-IP"] {
                try await live.test(.GET, SiteRoute.metrics.path, headers: [header: "203.0.113.9"]) { response async in
                    #expect(response.status == .notFound, "\(header)")
                }
            }
        }
    }

    @Test("X-Forwarded-Proto is believed only from a trusted proxy: the session cookie is Secure only then")
    func forwardedProto() async throws {
        try await withTestApp(trustedProxies: [AddressRange("10.0.0.0/8")!]) { app in
            // setup: a sign-in form and its token
            let browser = TestClient(app)
            browser.headers = ["X-Forwarded-Proto": "https"]
            let response = try await browser.post(
                SiteRoute.login().path, form: ["email": Demo.resident, "password": AccountsDemo.password])
            // assert: the peer (none, in process) is no trusted proxy, so the header is ignored
            let cookie = response.headers[.setCookie].first { $0.hasPrefix(AuthenticationMiddleware.sessionCookie) } ?? ""
            #expect(!cookie.isEmpty)
            #expect(!cookie.contains("Secure"))
            #expect(response.headers.first(name: "Strict-Transport-Security") == nil)
        }
        let proxies = [AddressRange("10.0.0.0/8")!]
        #expect(ClientAddressMiddleware.isSecure(scheme: nil, peer: "10.0.0.7", forwardedProto: "https", trusted: proxies))
        #expect(!ClientAddressMiddleware.isSecure(scheme: nil, peer: "203.0.113.9", forwardedProto: "https", trusted: proxies))
        #expect(!ClientAddressMiddleware.isSecure(scheme: nil, peer: "10.0.0.7", forwardedProto: "http", trusted: proxies))
    }

    @Test("every answer carries the request id, taken from X-Request-Id when given")
    func requestId() async throws {
        try await withTestApp(demo: false) { app in
            try await app.testing().test(.GET, "/", headers: ["X-Request-Id": "abc-123"]) { response async in
                #expect(response.headers.first(name: .xRequestId) == "abc-123")
            }
            try await app.testing().test(.GET, "/nowhere") { response async in
                let id = response.headers.first(name: .xRequestId) ?? ""
                #expect(!id.isEmpty)
                #expect(response.text.contains(id))
            }
        }
    }

    @Test("migrate --revert then migrate leaves a working, empty database")
    func revertAndMigrate() async throws {
        try await withTestApp { app in
            // setup
            #expect(try await DatabaseSetup.cityCount(app.db) == 12)
            // act
            try await app.autoRevert()
            try await app.autoMigrate()
            // assert
            #expect(try await DatabaseSetup.isEmpty(app.db))
            let summary = try await DemoData.load(into: app)
            #expect(summary.cities == 12)
            #expect(try await City.query(on: app.db).filter(\.$membershipStatus == .member).count() == 3)
        }
    }

    @Test("demo data goes only into an empty database")
    func demoOnlyWhenEmpty() async throws {
        try await withTestApp(demo: false) { app in
            #expect(try await DatabaseSetup.isEmpty(app.db))
            _ = try await DemoData.load(into: app)
            #expect(try await !DatabaseSetup.isEmpty(app.db))
            #expect(try await CityContact.query(on: app.db).count() == 3)
        }
    }

    @Test("backup writes a consistent copy of an SQLite file that opens with every city", .enabled(if: !testsUsePostgres))
    func backup() async throws {
        // setup
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zaveza-backup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let configuration = AppConfiguration(
            database: .sqliteFile(path: folder.appendingPathComponent("zaveza.sqlite").path), environmentName: "testing", logLevel: .warning
        )
        let copy = folder.appendingPathComponent("copy.sqlite").path
        let app = try await ZavezaApp.make(configuration)
        do {
            try await app.autoMigrate()
            try await DatabaseSetup.tune(app, configuration)
            _ = try await DemoData.load(into: app)
            // act
            try await DatabaseBackup.write(to: copy, from: app.db)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
        // assert
        let restored = try await ZavezaApp.make(
            AppConfiguration(database: .sqliteFile(path: copy), environmentName: "testing", logLevel: .warning))
        let count = try await DatabaseSetup.cityCount(restored.db)
        try await restored.asyncShutdown()
        #expect(count == 12)
    }

    @Test("a bad configuration lists every problem with its variable")
    func configuration() throws {
        let environment = [
            "DATABASE_URL": "mysql://x", "ZAVEZA_ENV": "staging", "LOG_LEVEL": "loud", "ZAVEZA_LOG_FORMAT": "xml", "ZAVEZA_LANG": "de",
        ]
        let error = #expect(throws: ConfigurationError.self) { try AppConfiguration.fromEnvironment(environment) }
        #expect(error?.problems.count == 5)
        #expect(
            error?.problems.map { $0.split(separator: ":").first.map(String.init) ?? "" } == [
                "DATABASE_URL", "ZAVEZA_ENV", "LOG_LEVEL", "ZAVEZA_LOG_FORMAT", "ZAVEZA_LANG",
            ])
    }

    @Test("one rule for the language of command-line messages: Slovenian by default, en, and a bad value is a problem")
    func commandLineLanguage() {
        #expect(AppConfiguration.cliLanguage([:]) == (.sl, nil))
        #expect(AppConfiguration.cliLanguage(["ZAVEZA_LANG": "en"]) == (.en, nil))
        let (language, problem) = AppConfiguration.cliLanguage(["ZAVEZA_LANG": "de"])
        #expect(language == .sl)
        #expect(problem == #"ZAVEZA_LANG: "de" is not one of sl, en"#)
    }

    @Test("the default configuration is an SQLite file in ./data; DATABASE_URL selects PostgreSQL")
    func defaults() throws {
        #expect(try AppConfiguration.fromEnvironment([:]).database == .sqliteFile(path: "./data/zaveza.sqlite"))
        #expect(try AppConfiguration.fromEnvironment(["ZAVEZA_DATA_DIR": "/srv/z"]).database == .sqliteFile(path: "/srv/z/zaveza.sqlite"))
        let postgres = try AppConfiguration.fromEnvironment(["DATABASE_URL": "postgres://u:secret@db:5432/zaveza"])
        #expect(postgres.database == .postgres(url: "postgres://u:secret@db:5432/zaveza"))
        #expect(!postgres.database.displayName.contains("secret"))
    }
}

@Suite("Operations: logs and server errors")
struct LogsAndErrorsTests {
    @Test("JSON logs are one object per line with level, message and the request id")
    func jsonLog() throws {
        var handler = JSONLogHandler(label: "codes.vapor.request", level: .info)
        handler[metadataKey: "request-id"] = "abc-123"
        let event = LogEvent(
            level: .notice, message: "GET /cities", metadata: ["status": "200"], source: "Vapor", file: #fileID, function: #function,
            line: #line)
        let data = handler.line(for: event, at: Date(timeIntervalSince1970: 0))
        #expect(data.last == 0x0A)
        let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        #expect(object["level"] as? String == "notice")
        #expect(object["message"] as? String == "GET /cities")
        #expect(object["time"] as? String == "1970-01-01T00:00:00.000Z")
        let metadata = object["metadata"] as? [String: Any]
        #expect(metadata?["request-id"] as? String == "abc-123")
        #expect(metadata?["status"] as? String == "200")
    }

    @Test("an unexpected error is a 500 page in the visitor's language, and JSON under /api, without internals in production")
    func serverError() async throws {
        struct Broken: Error {}
        try await withTestApp(demo: false) { app in
            app.get("boom") { _ async throws -> String in throw Broken() }
            app.get("api", "v1", "boom") { _ async throws -> String in throw Broken() }
            try await app.testing().test(.GET, "/boom", headers: english) { response async in
                #expect(response.status == .internalServerError)
                #expect(response.text.contains("<html lang=\"en\">"))
                #expect(response.text.contains("Something went wrong"))
                #expect(response.count(of: "main") == 1)
            }
            try await app.testing().test(.GET, "/boom") { response async in
                #expect(response.text.contains("Prišlo je do napake"))
            }
            try await app.testing().test(.GET, "/api/v1/boom") { response async throws in
                #expect(response.status == .internalServerError)
                let body = try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as! [String: [String: Any]]
                #expect(body["error"]?["code"] as? String == "internal_error")
            }
        }
    }
}
