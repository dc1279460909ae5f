import Fluent

package struct M0010_CreateLoginAttempts: AsyncMigration {
    package var name: String { "0010-create-login-attempts" }

    package func prepare(on database: any Database) async throws {
        try await database.schema(LoginAttempt.schema)
            .id()
            .field("email", .string, .required)
            .field("address", .string, .required)
            .field("succeeded", .bool, .required)
            .field("at", .datetime, .required)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(LoginAttempt.schema).delete()
    }
}
