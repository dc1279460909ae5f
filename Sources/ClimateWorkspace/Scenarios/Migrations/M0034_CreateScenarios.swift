import Fluent
import Kernel

struct M0034_CreateScenarios: AsyncMigration {
    var name: String { "0034-create-scenarios" }

    func prepare(on database: any Database) async throws {
        try await database.schema(PlanScenario.schema)
            .id()
            .field("version", .int, .required)
            .field("city_id", .uuid, .required, .references(City.schema, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("description", .string)
            .field("public", .bool, .required)
            .field("changes", .string, .required)
            .field("deleted_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PlanScenario.schema).delete()
    }
}
