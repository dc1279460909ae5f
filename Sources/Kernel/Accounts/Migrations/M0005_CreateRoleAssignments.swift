import Fluent

package struct M0005_CreateRoleAssignments: AsyncMigration {
    package var name: String { "0005-create-role-assignments" }

    package func prepare(on database: any Database) async throws {
        try await database.schema(RoleAssignment.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("role", .string, .required)
            .field("city_id", .uuid, .references(City.schema, .id, onDelete: .cascade))
            .field("created_at", .datetime)
            .field("deleted_at", .datetime)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(RoleAssignment.schema).delete()
    }
}
