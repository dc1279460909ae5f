import Fluent

/// Removing a contact is a soft delete that the city admin can undo.
package struct M0012_AddCityContactsDeletedAt: AsyncMigration {
    package var name: String { "0012-add-city-contacts-deleted-at" }

    package func prepare(on database: any Database) async throws {
        try await database.schema(CityContact.schema).field("deleted_at", .datetime).update()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(CityContact.schema).deleteField("deleted_at").update()
    }
}
