import Fluent

package struct M0011_CreateAuditEntries: AsyncMigration {
    package var name: String { "0011-create-audit-entries" }

    package func prepare(on database: any Database) async throws {
        try await database.schema(AuditEntry.schema)
            .id()
            .field("at", .datetime, .required)
            .field("actor_user_id", .uuid)
            .field("actor_token_id", .uuid)
            .field("actor_label", .string, .required)
            .field("action", .string, .required)
            .field("record_type", .string, .required)
            .field("record_id", .uuid, .required)
            .field("city_id", .uuid)
            .field("before", .string)
            .field("after", .string)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(AuditEntry.schema).delete()
    }
}
