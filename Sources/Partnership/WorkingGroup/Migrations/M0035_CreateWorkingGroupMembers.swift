import Fluent
import Kernel
import SQLKit

/// The working group's members; one open term per person, which the
/// database holds to (a partial unique index, so ended and deleted terms stay).
struct M0035_CreateWorkingGroupMembers: AsyncMigration {
    var name: String { "0035-create-working-group-members" }

    func prepare(on database: any Database) async throws {
        try await database.schema(WorkingGroupMember.schema)
            .id()
            .field("version", .int, .required)
            .field("user_id", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("city_id", .uuid, .required, .references(City.schema, .id, onDelete: .cascade))
            .field("position", .string, .required)
            .field("fields", .string, .required)
            .field("tags", .string, .required)
            .field("phone", .string)
            .field("from_date", .string, .required)
            .field("to_date", .string)
            .field("is_open", .bool, .required)
            .field("deleted_at", .datetime)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw(
            """
            CREATE UNIQUE INDEX working_group_members_one_open ON \(ident: WorkingGroupMember.schema) (user_id) \
            WHERE is_open AND deleted_at IS NULL
            """
        ).run()
        try await sql.raw("CREATE INDEX working_group_members_city ON \(ident: WorkingGroupMember.schema) (city_id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(WorkingGroupMember.schema).delete()
    }
}
