import Fluent

package struct M0029_CreatePendingRegistrations: AsyncMigration {
    package var name: String { "0029-create-pending-registrations" }

    package func prepare(on database: any Database) async throws {
        try await database.schema(PendingRegistration.schema)
            .id()
            .field("email", .string, .required)
            .field("name", .string, .required)
            .field("password_hash", .string, .required)
            .field("language", .string, .required)
            .field("token_hash", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(PendingRegistration.schema).delete()
    }
}
