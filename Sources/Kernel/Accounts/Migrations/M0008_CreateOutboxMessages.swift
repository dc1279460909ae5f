import Fluent

package struct M0008_CreateOutboxMessages: AsyncMigration {
    package var name: String { "0008-create-outbox-messages" }

    package func prepare(on database: any Database) async throws {
        try await database.schema(OutboxMessage.schema)
            .id()
            .field("to_email", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("created_at", .datetime)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(OutboxMessage.schema).delete()
    }
}
