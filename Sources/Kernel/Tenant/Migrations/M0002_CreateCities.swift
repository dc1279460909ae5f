import Fluent

package struct M0002_CreateCities: AsyncMigration {
    package var name: String { "0002-create-cities" }

    package func prepare(on database: any Database) async throws {
        try await database.schema(City.schema)
            .id()
            .field("slug", .string, .required)
            .field("name", .string, .required)
            .field("official_name", .string, .required)
            .field("population", .int, .required)
            .field("area_km2", .double)
            .field("membership_status", .string, .required)
            .field("member_since", .string)
            .field("mission_status", .string, .required)
            .field("mission_label_date", .string)
            .field("baseline_year", .int)
            .field("target_year", .int)
            .field("target_reduction", .double)
            .field("website", .string)
            .field("data_note", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("deleted_at", .datetime)
            .unique(on: "slug")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(City.schema).delete()
    }
}
