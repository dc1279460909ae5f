import ClimateModel
import Fluent
import Foundation
import Kernel

/// A city's computed pathway, kept with the token of the data it was computed
/// from (`Workspace`): when the city's data change, the token does, and the
/// next reader computes the pathway anew. The dashboard is read far more
/// often than its inputs change.
package final class PathwayCache: Model, @unchecked Sendable {
    package static let schema = "pathway_cache"

    @ID(key: .id) package var id: UUID?
    @Field(key: "city_id") package var cityID: UUID
    @Field(key: "token") package var token: UUID
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
    /// Per action code, the codes of the others acting on one of its
    /// emissions (absent from snapshots kept before it was recorded).
    package var overlaps: [String: [String]]? = nil

    /// Each action's label by its code.
    package var labels: [String: ActionLabel] { Dictionary(actions.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a }) }

    /// The result year by year, keyed by year.
    package func year(_ year: Int) -> ScenarioResult.Year? { result.years.first { $0.year == year } }
}
