import Fluent
import Kernel

struct M0024_CreateActionHazards: AsyncMigration {
    var name: String { "0024-create-action-hazards" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ActionHazard.schema)
            .id()
            .field("action_id", .uuid, .required, .references(CityAction.schema, .id, onDelete: .cascade))
            .field("hazard_id", .uuid, .required, .references(Hazard.schema, .id, onDelete: .cascade))
            .field("city_id", .uuid, .required, .references(City.schema, .id, onDelete: .cascade))
            .unique(on: "action_id", "hazard_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ActionHazard.schema).delete()
    }
}
