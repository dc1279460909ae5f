import Fluent

/// The throttling buckets (`Throttle`): one row per limited thing, its window and count.
package struct M0026_CreateThrottleBuckets: AsyncMigration {
    package var name: String { "0026-create-throttle-buckets" }

    package func prepare(on database: any Database) async throws {
        try await database.schema("throttle_buckets")
            .field("bucket", .string, .identifier(auto: false))
            .field("opened_at", .double, .required)
            .field("attempts", .int, .required)
            .create()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("throttle_buckets").delete()
    }
}
