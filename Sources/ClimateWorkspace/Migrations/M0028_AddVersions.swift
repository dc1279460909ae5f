import Fluent
import FluentSQL
import SQLKit

/// A version on each record people edit (`Versioned`): 1 for what exists.
struct M0028_AddVersions: AsyncMigration {
    var name: String { "0028-add-versions" }

    static let tables = ["actions", "indicators", "hazards", "inventory_rows", "cities"]

    func prepare(on database: any Database) async throws {
        for table in Self.tables {
            try await database.schema(table).field("version", .int, .required, .sql(.default(1))).update()
        }
    }

    func revert(on database: any Database) async throws {
        for table in Self.tables {
            try await (database as! any SQLDatabase).raw("ALTER TABLE \(ident: table) DROP COLUMN version").run()
        }
    }
}
