import Fluent
import Kernel
import SQLKit

struct M0031_CreateActionIndicators: AsyncMigration {
    var name: String { "0031-create-action-indicators" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ActionIndicator.schema)
            .id()
            .field("action_id", .uuid, .required, .references(CityAction.schema, .id, onDelete: .cascade))
            .field("indicator_id", .uuid, .required, .references(Indicator.schema, .id, onDelete: .cascade))
            .field("city_id", .uuid, .required, .references(City.schema, .id, onDelete: .cascade))
            // A link at most once, whoever checks it at the same moment.
            .unique(on: "action_id", "indicator_id")
            .create()
        // An indicator's page asks for its actions: the unique index starts with the action.
        try await (database as! any SQLDatabase).create(index: "action_indicators_indicator").on(ActionIndicator.schema)
            .column("indicator_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ActionIndicator.schema).delete()
    }
}
