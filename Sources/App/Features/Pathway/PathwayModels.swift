import ClimateModel
import Fluent
import Foundation

/// A city's computed pathway, kept until its inventory, actions, factors or
/// target change: the dashboard is read far more often than the inputs change.
package final class PathwayCache: Model, @unchecked Sendable {
    package static let schema = "pathway_cache"

    @ID(key: .id) package var id: UUID?
    @Field(key: "city_id") package var cityID: UUID
    @Field(key: "computed_at") package var computedAt: Date
    /// JSON of `PathwaySnapshot`.
    @Field(key: "snapshot") package var snapshotJSON: String

    package init() {}
}

/// What the dashboard shows: the model's result for the city's current
/// inventory and actions, and the names of the actions in it.
package struct PathwaySnapshot: Codable, Sendable, Equatable {
    package struct ActionLabel: Codable, Sendable, Equatable {
        package let code: String
        package let name: String
        package let field: FieldOfAction
        package let kind: ActionKind
    }

    package let computedAt: Date
    package let inventoryYear: Int
    package let inventoryStatus: InventoryStatus
    package let draws: Int
    package let seed: UInt64
    package let result: ScenarioResult
    package let actions: [ActionLabel]

    /// The result year by year, keyed by year.
    package func year(_ year: Int) -> ScenarioResult.Year? { result.years.first { $0.year == year } }
}
