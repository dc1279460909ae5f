import Fluent
import Foundation
import Kernel

/// A named what-if of a city's plan ("Ambitious", "Funding delayed"): the
/// adopted plan with some of its actions left out, moved in time or given
/// another effect, and other growth rates. It keeps only what differs from
/// the plan, so it follows every later change of the plan, and it never
/// touches the adopted actions. Public or the city team's own.
package final class PlanScenario: Model, @unchecked Sendable {
    package static let schema = "scenarios"

    @ID(key: .id) package var id: UUID?
    /// Goes up with every change (`Versioned`).
    @Field(key: "version") package var version: Int
    @Parent(key: "city_id") package var city: City
    @Field(key: "name") package var name: String
    @OptionalField(key: "description") package var description: String?
    @Field(key: "public") package var isPublic: Bool
    /// JSON of `ScenarioChanges`.
    @Field(key: "changes") package var changesJSON: String
    @Timestamp(key: "deleted_at", on: .delete) package var deletedAt: Date?

    package init() {
        version = 1
        isPublic = false
        changesJSON = "{}"
    }

    package var changes: ScenarioChanges {
        get { (try? JSONDecoder().decode(ScenarioChanges.self, from: Data(changesJSON.utf8))) ?? ScenarioChanges() }
        set {
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            changesJSON = String(decoding: (try? encoder.encode(newValue)) ?? Data("{}".utf8), as: UTF8.self)
        }
    }
}

/// What a scenario changes in the plan. Actions are keyed by their id (a
/// code may change), with the code as it was, for the history.
package struct ScenarioChanges: Codable, Sendable, Equatable {
    package struct ActionChange: Codable, Sendable, Equatable {
        package var code: String
        /// Left out of the scenario.
        package var off: Bool?
        package var start: Int?
        package var full: Int?
        package var min: Double?
        package var mode: Double?
        package var max: Double?
        /// The effect's kind the values were given for: they are not used once the action's kind changed.
        package var kind: String?

        package init(code: String) { self.code = code }

        package var isEmpty: Bool { off != true && start == nil && full == nil && min == nil && mode == nil && max == nil }
    }

    /// A growth rate of the scenario's own, a fraction a year.
    package struct Rate: Codable, Sendable, Equatable {
        package var min: Double?
        package var mode: Double
        package var max: Double?

        package init(min: Double? = nil, mode: Double, max: Double? = nil) {
            self.min = min
            self.mode = mode
            self.max = max
        }
    }

    /// By the action's id (`uuidString`).
    package var actions: [String: ActionChange] = [:]
    /// By GPC prefix; in place of the city's rate for that prefix.
    package var growth: [String: Rate] = [:]

    package init() {}
}

extension PlanScenario: Versioned {
    package static var auditType: String { "scenario" }
    package var auditCityID: UUID? { $city.id }
    package var auditFields: [String: String?] {
        ["name": name, "description": description, "public": isPublic ? "true" : "false", "changes": changesJSON]
    }
}
