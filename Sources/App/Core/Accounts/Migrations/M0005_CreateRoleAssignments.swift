import Fluent

struct M0005_CreateRoleAssignments: AsyncMigration {
    var name: String { "0005-create-role-assignments" }

    func prepare(on database: any Database) async throws {
        try await database.schema(RoleAssignment.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("role", .string, .required)
            .field("city_id", .uuid, .references(City.schema, .id, onDelete: .cascade))
            .field("created_at", .datetime)
            .field("deleted_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RoleAssignment.schema).delete()
    }
}
