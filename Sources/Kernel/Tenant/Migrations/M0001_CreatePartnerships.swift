import Fluent

package struct M0001_CreatePartnerships: AsyncMigration {
    package var name: String { "0001-create-partnerships" }

    package func prepare(on database: any Database) async throws {
        try await database.schema(Partnership.schema)
            .id()
            .field("name_sl", .string, .required)
            .field("name_en", .string, .required)
            .field("signed_on", .string, .required)
            .field("signed_at", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(Partnership.schema).delete()
    }
}
