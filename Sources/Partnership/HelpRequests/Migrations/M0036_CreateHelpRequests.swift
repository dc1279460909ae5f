import Fluent
import Kernel
import SQLKit

/// Help requests and their answers.
struct M0036_CreateHelpRequests: AsyncMigration {
    var name: String { "0036-create-help-requests" }

    func prepare(on database: any Database) async throws {
        try await database.schema(HelpRequest.schema)
            .id()
            .field("version", .int, .required)
            .field("city_id", .uuid, .required, .references(City.schema, .id, onDelete: .cascade))
            .field("member_id", .uuid, .required, .references(WorkingGroupMember.schema, .id, onDelete: .cascade))
            .field("user_id", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("title", .string, .required)
            .field("question", .string, .required)
            .field("field", .string, .required)
            .field("deadline", .string)
            .field("state", .string, .required)
            .field("solved_answer_id", .uuid)
            .field("created_at", .datetime)
            .field("deleted_at", .datetime)
            .create()
        try await database.schema(HelpAnswer.schema)
            .id()
            .field("version", .int, .required)
            .field("request_id", .uuid, .required, .references(HelpRequest.schema, .id, onDelete: .cascade))
            .field("city_id", .uuid, .required, .references(City.schema, .id, onDelete: .cascade))
            .field("member_id", .uuid, .required, .references(WorkingGroupMember.schema, .id, onDelete: .cascade))
            .field("user_id", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("body", .string, .required)
            .field("created_at", .datetime)
            .field("edited_at", .datetime)
            .field("deleted_at", .datetime)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE INDEX help_requests_created ON \(ident: HelpRequest.schema) (created_at)").run()
        try await sql.raw("CREATE INDEX help_answers_request ON \(ident: HelpAnswer.schema) (request_id, created_at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(HelpAnswer.schema).delete()
        try await database.schema(HelpRequest.schema).delete()
    }
}
