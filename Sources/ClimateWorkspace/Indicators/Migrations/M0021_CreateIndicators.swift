import Fluent
import Kernel

struct M0021_CreateIndicators: AsyncMigration {
    var name: String { "0021-create-indicators" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Indicator.schema)
            .id()
            .field("city_id", .uuid, .required, .references(City.schema, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("unit", .string, .required)
            .field("field", .string, .required)
            .field("direction", .string, .required)
            .field("baseline_year", .int)
            .field("baseline_value", .double)
            .field("target_year", .int)
            .field("target_value", .double)
            .field("source", .string)
            .field("frequency", .string, .required)
            .field("deleted_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Indicator.schema).delete()
    }
}
