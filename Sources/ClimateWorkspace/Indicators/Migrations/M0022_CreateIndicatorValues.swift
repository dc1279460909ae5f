import Fluent
import Kernel

struct M0022_CreateIndicatorValues: AsyncMigration {
    var name: String { "0022-create-indicator-values" }

    func prepare(on database: any Database) async throws {
        try await database.schema(IndicatorValue.schema)
            .id()
            .field("indicator_id", .uuid, .required, .references(Indicator.schema, .id, onDelete: .cascade))
            .field("city_id", .uuid, .required, .references(City.schema, .id, onDelete: .cascade))
            .field("date", .string, .required)
            .field("value", .double, .required)
            .field("origin", .string, .required)
            .field("note", .string)
            .field("deleted_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(IndicatorValue.schema).delete()
    }
}
