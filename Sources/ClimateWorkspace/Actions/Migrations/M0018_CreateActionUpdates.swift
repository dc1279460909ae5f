import Fluent
import Kernel

struct M0018_CreateActionUpdates: AsyncMigration {
    var name: String { "0018-create-action-updates" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ActionUpdate.schema)
            .id()
            .field("action_id", .uuid, .required, .references(CityAction.schema, .id, onDelete: .cascade))
            .field("city_id", .uuid, .required, .references(City.schema, .id, onDelete: .cascade))
            .field("date", .string, .required)
            .field("status", .string, .required)
            .field("progress", .int, .required)
            .field("note", .string, .required)
            .field("author", .string, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ActionUpdate.schema).delete()
    }
}
