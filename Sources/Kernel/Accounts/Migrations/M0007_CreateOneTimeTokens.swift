import Fluent

package struct M0007_CreateOneTimeTokens: AsyncMigration {
    package var name: String { "0007-create-one-time-tokens" }

    package func prepare(on database: any Database) async throws {
        try await database.schema(OneTimeToken.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("purpose", .string, .required)
            .field("token_hash", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(OneTimeToken.schema).delete()
    }
}
