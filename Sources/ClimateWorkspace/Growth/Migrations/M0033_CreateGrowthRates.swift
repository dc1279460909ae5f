import Fluent
import Kernel
import SQLKit

/// A city's growth rates; one live rate per GPC prefix in a city, which the
/// database holds to (a partial unique index: a deleted rate may wait for
/// its restoring beside a new one).
struct M0033_CreateGrowthRates: AsyncMigration {
    var name: String { "0033-create-growth-rates" }

    func prepare(on database: any Database) async throws {
        try await database.schema(GrowthRate.schema)
            .id()
            .field("version", .int, .required)
            .field("city_id", .uuid, .required, .references(City.schema, .id, onDelete: .cascade))
            .field("gpc", .string, .required)
            .field("rate_min", .double)
            .field("rate_mode", .double, .required)
            .field("rate_max", .double)
            .field("source", .string, .required)
            .field("note", .string)
            .field("deleted_at", .datetime)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw(
            "CREATE UNIQUE INDEX growth_rates_live_prefix ON \(ident: GrowthRate.schema) (city_id, gpc) WHERE deleted_at IS NULL"
        ).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(GrowthRate.schema).delete()
    }
}
