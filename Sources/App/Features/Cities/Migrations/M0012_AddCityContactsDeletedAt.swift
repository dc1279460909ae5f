import Fluent

/// Removing a contact is a soft delete that the city admin can undo.
struct M0012_AddCityContactsDeletedAt: AsyncMigration {
    var name: String { "0012-add-city-contacts-deleted-at" }

    func prepare(on database: any Database) async throws {
        try await database.schema(CityContact.schema).field("deleted_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CityContact.schema).deleteField("deleted_at").update()
    }
}
