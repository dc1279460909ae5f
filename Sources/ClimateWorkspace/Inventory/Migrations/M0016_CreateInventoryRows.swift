import Fluent
import Kernel

struct M0016_CreateInventoryRows: AsyncMigration {
    var name: String { "0016-create-inventory-rows" }

    func prepare(on database: any Database) async throws {
        try await database.schema(InventoryRow.schema)
            .id()
            .field("inventory_id", .uuid, .required, .references(CityInventory.schema, .id, onDelete: .cascade))
            .field("city_id", .uuid, .required, .references(City.schema, .id, onDelete: .cascade))
            .field("position", .int, .required)
            .field("gpc", .string, .required)
            .field("carrier", .string)
            .field("amount", .double)
            .field("unit", .string)
            .field("factor_tco2e_per_unit", .double)
            .field("emissions_tco2e", .double)
            .field("notation_key", .string)
            .field("data_source", .string)
            .field("quality", .string)
            .field("deleted_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(InventoryRow.schema).delete()
    }
}
