import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
@testable import ZavezaApp
@testable import ZavezaCLI

/// Builds the application as `zaveza serve` does, on an in-memory SQLite
/// database, or on PostgreSQL when `ZAVEZA_TEST_DATABASE_URL` is set (each test
/// in a schema of its own, dropped afterwards, so tests may run in parallel).
func withTestApp(
    demo: Bool = true, metricsToken: String? = nil, trustedProxies: [AddressRange] = [], _ body: (Application) async throws -> Void
) async throws {
    // Swift Testing runs every test at once; on PostgreSQL that would open more
    // connections than a default server allows, so at most a few apps live at a time.
    if testsUsePostgres { await postgresSlots.acquire() }
    defer { if testsUsePostgres { Task { await postgresSlots.release() } } }
    // Each test has a database file and a folder of attached files of its own,
    // set up as `serve` sets them up (WAL, the busy timeout), so concurrent
    // writes meet the locking production meets.
    let folder = NSTemporaryDirectory() + "zaveza-test-" + UUID().uuidString
    var configuration = AppConfiguration(
        database: .sqliteFile(path: folder + "/zaveza.sqlite"), dataDirectory: folder, environmentName: "testing", logLevel: .warning)
    configuration.filesDirectory = folder + "/files"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var schema: String? = nil
    if let url = ProcessInfo.processInfo.environment["ZAVEZA_TEST_DATABASE_URL"], !url.isEmpty {
        let name = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        configuration.database = .postgres(url: url)
        configuration.postgresSchema = name
        schema = name
    }
    configuration.metricsToken = metricsToken
    configuration.trustedProxies = trustedProxies
    let app = try await ZavezaApp.make(configuration)
    do {
        try await DatabaseSetup.tune(app, configuration)
        if let schema { try await (app.db as! any SQLDatabase).raw("CREATE SCHEMA \(ident: schema)").run() }
        try await app.autoMigrate()
        if demo { _ = try await DemoData.load(into: app) }
        try await body(app)
    } catch {
        await dispose(app, schema: schema)
        // PostgreSQL errors hide their details unless asked for them.
        Issue.record("\(String(reflecting: error))")
        throw error
    }
    await dispose(app, schema: schema)
}

private func dispose(_ app: Application, schema: String?) async {
    if let schema { try? await (app.db as! any SQLDatabase).raw("DROP SCHEMA \(ident: schema) CASCADE").run() }
    try? await app.asyncShutdown()
}

/// A counting semaphore for tests.
actor Slots {
    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(_ count: Int) { free = count }

    func acquire() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
    }
}

let postgresSlots = Slots(6)

/// Whether the tests run on PostgreSQL.
var testsUsePostgres: Bool {
    !(ProcessInfo.processInfo.environment["ZAVEZA_TEST_DATABASE_URL"] ?? "").isEmpty
}

extension TestingHTTPResponse {
    var text: String { body.string }

    /// How often an element's opening tag appears in the page.
    func count(of tag: String) -> Int {
        let expression = try! NSRegularExpression(pattern: "<\(tag)[\\s>]")
        return expression.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
    }
}

/// Headers that ask for English.
let english: HTTPHeaders = ["Accept-Language": "en-GB,en;q=0.9"]
