import Fluent
import Kernel
import SQLKit

/// Indexes of the practices that are not deleted, which every list, count
/// and search asks for: the list in its order (and its count from the index
/// alone), the cities that have practices (the city filter's choices), and a
/// search hit's check that its practice is published and live. With 10,000
/// practices a count read every row's texts before (docs/performance.md).
struct M0041_IndexLivePractices: AsyncMigration {
    var name: String { "0041-index-live-practices" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        let table = GoodPractice.schema
        try await sql.raw("DROP INDEX IF EXISTS good_practices_listed").run()
        try await sql.raw("CREATE INDEX good_practices_live ON \(ident: table) (status, title, id) WHERE deleted_at IS NULL").run()
        try await sql.raw("CREATE INDEX good_practices_cities ON \(ident: table) (status, city_id, partners) WHERE deleted_at IS NULL")
            .run()
        try await sql.raw("CREATE INDEX good_practices_visible ON \(ident: table) (id, status) WHERE deleted_at IS NULL").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in ["good_practices_live", "good_practices_cities", "good_practices_visible"] {
            try await sql.raw("DROP INDEX IF EXISTS \(ident: index)").run()
        }
        try await sql.raw("CREATE INDEX good_practices_listed ON \(ident: GoodPractice.schema) (status, title)").run()
    }
}
