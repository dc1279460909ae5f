import Fluent
import Kernel

struct M0017_CreateActions: AsyncMigration {
    var name: String { "0017-create-actions" }

    func prepare(on database: any Database) async throws {
        try await database.schema(CityAction.schema)
            .id()
            .field("city_id", .uuid, .required, .references(City.schema, .id, onDelete: .cascade))
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("description", .string, .required)
            .field("field", .string, .required)
            .field("lever", .string)
            .field("purpose", .string, .required)
            .field("responsible", .string)
            .field("stakeholders", .string)
            .field("status", .string, .required)
            .field("progress", .int, .required)
            .field("start_date", .string)
            .field("end_date", .string)
            .field("capex_eur", .double)
            .field("opex_eur", .double)
            .field("funding", .string)
            .field("co_benefits", .string)
            .field("effect_kind", .string)
            .field("effect_gpc", .string)
            .field("effect_carrier", .string)
            .field("effect_to", .string)
            .field("effect_to_gpc", .string)
            .field("effect_min", .double)
            .field("effect_mode", .double)
            .field("effect_max", .double)
            .field("effect_ratio", .double)
            .field("effect_start", .int)
            .field("effect_full", .int)
            .field("updated_at", .datetime)
            .field("deleted_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CityAction.schema).delete()
    }
}
