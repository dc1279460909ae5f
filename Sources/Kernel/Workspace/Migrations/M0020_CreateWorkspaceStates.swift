import Fluent

package struct M0020_CreateWorkspaceStates: AsyncMigration {
    package var name: String { "0020-create-workspace-states" }

    package func prepare(on database: any Database) async throws {
        try await database.schema(WorkspaceState.schema)
            .id()
            .field("city_id", .uuid, .required, .references(City.schema, .id, onDelete: .cascade))
            .field("token", .uuid, .required)
            .field("changed_at", .datetime, .required)
            .unique(on: "city_id")
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(WorkspaceState.schema).delete()
    }
}
