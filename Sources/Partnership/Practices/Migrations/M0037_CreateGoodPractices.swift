import Fluent
import Kernel
import SQLKit

/// Good practices and their attachments.
struct M0037_CreateGoodPractices: AsyncMigration {
    var name: String { "0037-create-good-practices" }

    func prepare(on database: any Database) async throws {
        try await database.schema(GoodPractice.schema)
            .id()
            .field("version", .int, .required)
            .field("city_id", .uuid, .required, .references(City.schema, .id, onDelete: .cascade))
            .field("author_id", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("title", .string, .required)
            .field("summary", .string, .required)
            .field("partners", .string, .required)
            .field("field", .string, .required)
            .field("purpose", .string, .required)
            .field("challenge", .string, .required)
            .field("solution", .string, .required)
            .field("results", .string, .required)
            .field("cost_cents", .int64)
            .field("months", .int)
            .field("requirements", .string, .required)
            .field("contacts", .string, .required)
            .field("links", .string, .required)
            .field("status", .string, .required)
            .field("published_at", .datetime)
            .field("deleted_at", .datetime)
            .create()
        try await database.schema(PracticeAttachment.schema)
            .id()
            .field("practice_id", .uuid, .required, .references(GoodPractice.schema, .id, onDelete: .cascade))
            .field("city_id", .uuid, .required)
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("size", .int, .required)
            .field("sha256", .string, .required)
            .field("created_at", .datetime)
            .field("deleted_at", .datetime)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX practice_attachments_practice ON \(ident: PracticeAttachment.schema) (practice_id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PracticeAttachment.schema).delete()
        try await database.schema(GoodPractice.schema).delete()
    }
}
