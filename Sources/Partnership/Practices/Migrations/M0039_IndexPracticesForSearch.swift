import Fluent
import Kernel
import SQLKit

/// Full-text search over practices: their results as plain text (the JSON
/// holds keys no one searches for), the full-text index of title, summary,
/// challenge, solution and results, and an index for the list's own order.
struct M0039_IndexPracticesForSearch: AsyncMigration {
    var name: String { "0039-index-practices-for-search" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("ALTER TABLE \(ident: GoodPractice.schema) ADD COLUMN results_text TEXT NOT NULL DEFAULT ''").run()
        for practice in try await GoodPractice.query(on: database).withDeleted().all() {
            practice.results = practice.results
            try await practice.save(on: database)
        }
        try await GoodPractice.searchIndex.create(on: sql)
        try await sql.raw("CREATE INDEX good_practices_listed ON \(ident: GoodPractice.schema) (status, title)").run()
    }

    func revert(on database: any Database) async throws {
        if let sql = database as? any SQLDatabase {
            try await sql.raw("DROP INDEX IF EXISTS good_practices_listed").run()
            try await GoodPractice.searchIndex.drop(on: sql)
        }
        try await database.schema(GoodPractice.schema).deleteField("results_text").update()
    }
}
