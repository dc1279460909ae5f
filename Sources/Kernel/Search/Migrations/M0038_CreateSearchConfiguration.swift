import Fluent
import SQLKit

/// PostgreSQL's text search configuration for full-text search: `simple`
/// with `unaccent` before it (SQLite's FTS5 needs nothing of the kind).
/// `unaccent` is a trusted extension: the database's owner may create it.
struct M0038_CreateSearchConfiguration: AsyncMigration {
    var name: String { "0038-create-search-configuration" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name != "sqlite" else { return }
        // The extension lives in `public`, once a database, whatever schema the
        // tables are in; servers migrating at once may both try to create it.
        do {
            try await sql.raw("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public").run()
        } catch {
            let found = try await sql.raw("SELECT 1 AS found FROM pg_extension WHERE extname = 'unaccent'").all()
            if found.isEmpty { throw error }
        }
        let name = FullTextSearch.configuration
        try await sql.raw("CREATE TEXT SEARCH CONFIGURATION \(unsafeRaw: name) (COPY = pg_catalog.simple)").run()
        try await sql.raw(
            """
            ALTER TEXT SEARCH CONFIGURATION \(unsafeRaw: name) ALTER MAPPING FOR asciiword, word, numword, asciihword, hword,
                numhword, hword_asciipart, hword_part, hword_numpart WITH public.unaccent, pg_catalog.simple
            """
        ).run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name != "sqlite" else { return }
        // The extension stays: other schemas of the database may use it.
        try await sql.raw("DROP TEXT SEARCH CONFIGURATION IF EXISTS \(unsafeRaw: FullTextSearch.configuration)").run()
    }
}
