import Fluent
import Kernel

struct M0013_CreateJoinRequests: AsyncMigration {
    var name: String { "0013-create-join-requests" }

    func prepare(on database: any Database) async throws {
        try await database.schema(JoinRequest.schema)
            .id()
            .field("city_id", .uuid, .required, .references(City.schema, .id, onDelete: .cascade))
            .field("requested_by", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("position", .string, .required)
            .field("message", .string, .required)
            .field("status", .string, .required)
            .field("decided_by", .uuid)
            .field("decided_at", .datetime)
            .field("decision_note", .string)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(JoinRequest.schema).delete()
    }
}
