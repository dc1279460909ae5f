import Fluent
import Kernel

struct M0015_CreateInventories: AsyncMigration {
    var name: String { "0015-create-inventories" }

    func prepare(on database: any Database) async throws {
        try await database.schema(CityInventory.schema)
            .id()
            .field("city_id", .uuid, .required, .references(City.schema, .id, onDelete: .cascade))
            .field("year", .int, .required)
            .field("gwp", .string, .required)
            .field("coverage", .string, .required)
            .field("status", .string, .required)
            .field("submitted_at", .datetime)
            .field("factors_used", .string)
            .unique(on: "city_id", "year")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CityInventory.schema).delete()
    }
}
