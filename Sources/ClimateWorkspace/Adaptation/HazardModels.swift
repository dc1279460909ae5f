import Fluent
import Foundation
import Kernel

/// The climate hazards of a city's register (PRODUCT.md B, Adaptation).
package enum HazardKind: String, Codable, Sendable, CaseIterable {
    case heat, drought, flood
    case extremePrecipitation = "extreme_precipitation"
    case storm, landslide, wildfire, cold, other
}

/// Low, medium or high: a hazard's probability and impact.
package enum HazardLevel: String, Codable, Sendable, CaseIterable {
    case low, medium, high
}

package enum HazardTrend: String, Codable, Sendable, CaseIterable {
    case increasing, stable, decreasing, unknown
}

/// One hazard of a city's register, with how likely and how bad it is, where
/// it is heading, and whom and what it hits.
package final class Hazard: Model, @unchecked Sendable {
    package static let schema = "hazards"

    @ID(key: .id) package var id: UUID?
    /// Goes up with every change (`Versioned`).
    @Field(key: "version") package var version: Int
    @Parent(key: "city_id") package var city: City
    @Field(key: "kind") package var kind: HazardKind
    @Field(key: "description") package var description: String
    @Field(key: "probability") package var probability: HazardLevel
    @Field(key: "impact") package var impact: HazardLevel
    @Field(key: "trend") package var trend: HazardTrend
    @OptionalField(key: "sectors") package var sectors: String?
    @OptionalField(key: "vulnerable_groups") package var vulnerableGroups: String?
    @Timestamp(key: "deleted_at", on: .delete) package var deletedAt: Date?

    package init() {
        version = 1
    }
}

/// An action that answers a hazard (an adaptation action, usually).
package final class ActionHazard: Model, @unchecked Sendable {
    package static let schema = "action_hazards"

    @ID(key: .id) package var id: UUID?
    @Field(key: "action_id") package var actionID: UUID
    @Field(key: "hazard_id") package var hazardID: UUID
    @Field(key: "city_id") package var cityID: UUID

    package init() {}

    package init(actionID: UUID, hazardID: UUID, cityID: UUID) {
        self.actionID = actionID
        self.hazardID = hazardID
        self.cityID = cityID
    }
}

extension Hazard: Versioned {
    package static var auditType: String { "hazard" }
    package var auditCityID: UUID? { $city.id }
    package var auditFields: [String: String?] {
        [
            "kind": kind.rawValue, "description": description, "probability": probability.rawValue, "impact": impact.rawValue,
            "trend": trend.rawValue, "sectors": sectors, "vulnerable_groups": vulnerableGroups,
        ]
    }
}

extension ActionHazard: Audited {
    package static var auditType: String { "action_hazard" }
    package var auditCityID: UUID? { cityID }
    package var auditFields: [String: String?] { ["action_id": actionID.uuidString, "hazard_id": hazardID.uuidString] }
}
