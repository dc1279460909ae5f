import Fluent
import Kernel

struct M0019_CreatePathwayCache: AsyncMigration {
    var name: String { "0019-create-pathway-cache" }

    func prepare(on database: any Database) async throws {
        try await database.schema(PathwayCache.schema)
            .id()
            .field("city_id", .uuid, .required, .references(City.schema, .id, onDelete: .cascade))
            .field("token", .uuid, .required)
            .field("computed_at", .datetime, .required)
            .field("snapshot", .string, .required)
            .unique(on: "city_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PathwayCache.schema).delete()
    }
}
