import Fluent
import Kernel

struct M0023_CreateHazards: AsyncMigration {
    var name: String { "0023-create-hazards" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Hazard.schema)
            .id()
            .field("city_id", .uuid, .required, .references(City.schema, .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("description", .string, .required)
            .field("probability", .string, .required)
            .field("impact", .string, .required)
            .field("trend", .string, .required)
            .field("sectors", .string)
            .field("vulnerable_groups", .string)
            .field("deleted_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Hazard.schema).delete()
    }
}
