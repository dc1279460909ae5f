import Fluent
import Kernel

struct M0014_CreateEmissionFactors: AsyncMigration {
    var name: String { "0014-create-emission-factors" }

    func prepare(on database: any Database) async throws {
        try await database.schema(EmissionFactor.schema)
            .id()
            .field("city_id", .uuid, .references(City.schema, .id, onDelete: .cascade))
            .field("carrier", .string, .required)
            .field("year_from", .int, .required)
            .field("year_to", .int)
            .field("value", .double, .required)
            .field("source", .string, .required)
            .field("deleted_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EmissionFactor.schema).delete()
    }
}
