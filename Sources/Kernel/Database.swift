import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Vapor

/// The data store: SQLite by default, PostgreSQL when configured; the ordered
/// list of migrations; the demo data.
package enum DatabaseSetup {
    /// The kernel's migrations; each lives in its part's `Migrations` folder,
    /// numbered, and has a working `revert`. The composition root runs them
    /// with every feature's, in the order of their numbers.
    package static let migrations: [any Migration] = [
        M0001_CreatePartnerships(),
        M0002_CreateCities(),
        M0003_CreateCityContacts(),
        M0004_CreateUsers(),
        M0005_CreateRoleAssignments(),
        M0006_CreateSessions(),
        M0007_CreateOneTimeTokens(),
        M0008_CreateOutboxMessages(),
        M0009_CreateAPITokens(),
        M0010_CreateLoginAttempts(),
        M0011_CreateAuditEntries(),
        M0012_AddCityContactsDeletedAt(),
        M0020_CreateWorkspaceStates(),
        M0026_CreateThrottleBuckets(),
        M0029_CreatePendingRegistrations(),
        M0030_IndexLoginAttempts(),
        M0032_AddCityNameForms(),
        M0038_CreateSearchConfiguration(),
    ]

    /// The database of `configuration`, with `migrations` to run (in their order).
    package static func configure(_ app: Application, _ configuration: AppConfiguration, migrations: [any Migration]) throws {
        switch configuration.database {
        case .sqliteFile(let path):
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            app.databases.use(.sqlite(.file(path), sqlLogLevel: .debug), as: .sqlite)
            // Long writes (imports) get connections of their own: SQLite has one
            // connection per event loop, and a long transaction on it would make
            // every other request of that event loop wait for it.
            app.databases.use(.sqlite(.file(path), sqlLogLevel: .debug), as: .bulk, isDefault: false)
        case .sqliteMemory:
            app.databases.use(.sqlite(.memory, sqlLogLevel: .debug), as: .sqlite)
        case .postgres(let url):
            var postgres = try SQLPostgresConfiguration(url: url)
            if let schema = configuration.postgresSchema {
                postgres.searchPath = [schema]
            }
            app.databases.use(.postgres(configuration: postgres, sqlLogLevel: .debug), as: .psql)
        }
        app.migrations.add(migrations)
        // Each migration is news only when it fails: the first start prints
        // the address and the demo logins, not fifty lines of schema.
        app.fluent.migrationLogLevel = .debug
    }

    /// SQLite settings that make a file database fit for a web server: WAL lets
    /// readers go on while one writer writes (and `backup` copy it meanwhile).
    package static func tune(_ app: Application, _ configuration: AppConfiguration) async throws {
        guard case .sqliteFile = configuration.database, let sql = app.db as? any SQLDatabase else { return }
        try await sql.raw("PRAGMA journal_mode=WAL").run()
        // A writer that finds the database locked waits, sleeping, up to 30 s
        // (SQLite's own busy timeout, per connection: one per event loop)
        // instead of spinning on a core while the other writer finishes.
        for eventLoop in app.eventLoopGroup.makeIterator() {
            for id in [DatabaseID.sqlite, .bulk] {
                let database = app.databases.database(id, logger: app.logger, on: eventLoop)
                try await (database as? any SQLDatabase)?.raw("PRAGMA busy_timeout = 30000").run()
            }
        }
    }

    /// Whether the database holds nothing yet: no partnership, no city and no
    /// account (deleted ones included). Only then may demo data be loaded:
    /// an installation that has its first administrator is a real one.
    package static func isEmpty(_ database: any Database) async throws -> Bool {
        let cities = try await cityCount(database)
        let partnerships = try await Partnership.query(on: database).count()
        let accounts = try await accountCount(database)
        return cities == 0 && partnerships == 0 && accounts == 0
    }

    /// Accounts in the database, deleted ones included.
    package static func accountCount(_ database: any Database) async throws -> Int {
        try await User.query(on: database).withDeleted().count()
    }

    /// Cities in the database, deleted ones included.
    package static func cityCount(_ database: any Database) async throws -> Int {
        try await City.query(on: database).withDeleted().count()
    }
}

extension DatabaseID {
    /// The connections of long writes, on an SQLite file (`Request.bulkDB`).
    package static let bulk = DatabaseID(string: "bulk")
}

extension Request {
    /// Where a long write (an import) runs: connections of its own on an
    /// SQLite file, so the requests of the same event loop are not held up;
    /// the usual pool on PostgreSQL (which locks rows, not the database).
    package var bulkDB: any Database {
        application.databases.ids().contains(.bulk) ? db(.bulk) : db
    }
}

/// What loading the demo data put into the database.
package struct DemoSummary: Sendable {
    package let partnership: String
    package let cities: Int
    /// The demo accounts: e-mail and what they are.
    package let logins: [(email: String, role: Role, city: String?)]
    package let password: String
}

package enum DemoData {
    /// What `serve` loads: the demo partnership, only in development or when
    /// asked for explicitly, and only into a database that holds nothing yet,
    /// so a real installation never gets the demo accounts and their
    /// published password.
    package static func loadIfWanted(into app: Application, environment: String, explicitly: Bool) async throws -> DemoSummary? {
        guard explicitly || environment == "development", try await DatabaseSetup.isEmpty(app.db) else { return nil }
        return try await load(into: app)
    }

    package static func load(into app: Application) async throws -> DemoSummary {
        try await load(on: app.db, hasher: app.password.async, features: app.features, files: app.files)
    }

    /// Loads the demo partnership into an empty database, in one transaction:
    /// the cities, the accounts, then each feature's data (`Feature.demo`).
    package static func load(on database: any Database, hasher: AsyncPasswordHasher, features: Features, files: FileStore) async throws
        -> DemoSummary
    {
        // Hash before the transaction: bcrypt is slow on purpose.
        let hash = try await hasher.hash(AccountsDemo.password)
        return try await database.transaction { database in
            let cities = try await CitiesDemo.load(on: database)
            let logins = try await AccountsDemo.load(passwordHash: hash, on: database)
            for demo in features.all.compactMap(\.demo) { try await demo(cities.ids, database, files) }
            return DemoSummary(partnership: cities.partnership, cities: cities.cities, logins: logins, password: AccountsDemo.password)
        }
    }
}
