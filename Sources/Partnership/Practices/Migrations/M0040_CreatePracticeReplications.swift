import Fluent
import Kernel
import SQLKit

/// The cities that replicated a practice as one of their actions: one live
/// link per practice and city, which the database holds to, so two clicks
/// (or two servers) never make two.
struct M0040_CreatePracticeReplications: AsyncMigration {
    var name: String { "0040-create-practice-replications" }

    func prepare(on database: any Database) async throws {
        try await database.schema(PracticeReplication.schema)
            .id()
            .field("version", .int, .required)
            .field("practice_id", .uuid, .required, .references(GoodPractice.schema, .id, onDelete: .cascade))
            .field("city_id", .uuid, .required, .references(City.schema, .id, onDelete: .cascade))
            .field("action_id", .uuid, .required, .references("actions", .id, onDelete: .cascade))
            .field("results", .string, .required)
            .field("created_at", .datetime)
            .field("deleted_at", .datetime)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw(
            """
            CREATE UNIQUE INDEX practice_replications_once ON \(ident: PracticeReplication.schema) (practice_id, city_id) \
            WHERE deleted_at IS NULL
            """
        ).run()
        try await sql.raw("CREATE INDEX practice_replications_action ON \(ident: PracticeReplication.schema) (action_id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PracticeReplication.schema).delete()
    }
}
