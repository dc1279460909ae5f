import Fluent
import Kernel

struct M0025_CreateReportSnapshots: AsyncMigration {
    var name: String { "0025-create-report-snapshots" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ReportSnapshot.schema)
            .id()
            .field("city_id", .uuid, .required, .references(City.schema, .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("submitted_at", .datetime, .required)
            .field("submitted_by", .string, .required)
            .field("inventory_year", .int, .required)
            .field("csv", .string, .required)
            .field("json", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ReportSnapshot.schema).delete()
    }
}
