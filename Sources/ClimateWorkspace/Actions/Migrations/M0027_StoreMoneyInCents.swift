import Fluent
import Kernel
import SQLKit

/// Action costs as exact whole cents instead of floating-point euros.
struct M0027_StoreMoneyInCents: AsyncMigration {
    var name: String { "0027-store-money-in-cents" }

    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite adds one at a time.
        try await database.schema(CityAction.schema).field("capex_cents", .int64).update()
        try await database.schema(CityAction.schema).field("opex_cents", .int64).update()
        let sql = database as! any SQLDatabase
        try await sql.raw(
            """
            UPDATE actions SET capex_cents = CAST(ROUND(capex_eur * 100) AS BIGINT), \
            opex_cents = CAST(ROUND(opex_eur * 100) AS BIGINT)
            """
        ).run()
        try await sql.raw("ALTER TABLE actions DROP COLUMN capex_eur").run()
        try await sql.raw("ALTER TABLE actions DROP COLUMN opex_eur").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CityAction.schema).field("capex_eur", .double).update()
        try await database.schema(CityAction.schema).field("opex_eur", .double).update()
        let sql = database as! any SQLDatabase
        try await sql.raw("UPDATE actions SET capex_eur = capex_cents / 100.0, opex_eur = opex_cents / 100.0").run()
        try await sql.raw("ALTER TABLE actions DROP COLUMN capex_cents").run()
        try await sql.raw("ALTER TABLE actions DROP COLUMN opex_cents").run()
    }
}
