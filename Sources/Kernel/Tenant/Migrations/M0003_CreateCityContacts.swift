import Fluent

package struct M0003_CreateCityContacts: AsyncMigration {
    package var name: String { "0003-create-city-contacts" }

    package func prepare(on database: any Database) async throws {
        try await database.schema(CityContact.schema)
            .id()
            .field("city_id", .uuid, .required, .references(City.schema, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("role", .string)
            .field("email", .string)
            .field("phone", .string)
            .field("position", .int, .required)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(CityContact.schema).delete()
    }
}
