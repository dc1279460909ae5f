import Fluent
import Foundation
import Kernel

/// A city's yearly growth of activity (and of direct emissions) under
/// business as usual, for the GPC references under a prefix (MODEL.md §3,
/// `growth`; the longest prefix wins): a number, or a triangular
/// distribution when `min` and `max` are given. Fractions a year: 0.005 is
/// 0.5 % a year.
package final class GrowthRate: Model, @unchecked Sendable {
    package static let schema = "growth_rates"

    @ID(key: .id) package var id: UUID?
    /// Goes up with every change (`Versioned`).
    @Field(key: "version") package var version: Int
    @Parent(key: "city_id") package var city: City
    /// A GPC prefix: a sector (`II`), a sub-sector (`III.1`) or a reference (`I.1.1`).
    @Field(key: "gpc") package var gpc: String
    @OptionalField(key: "rate_min") package var rateMin: Double?
    @Field(key: "rate_mode") package var rateMode: Double
    @OptionalField(key: "rate_max") package var rateMax: Double?
    @Field(key: "source") package var source: String
    @OptionalField(key: "note") package var note: String?
    @Timestamp(key: "deleted_at", on: .delete) package var deletedAt: Date?

    package init() {
        version = 1
    }

    /// Whether it is a distribution rather than one number.
    package var isRange: Bool { rateMin != nil || rateMax != nil }

    /// The rate as a scenario file writes it.
    package var scenarioValue: Any {
        guard isRange else { return rateMode }
        return ["min": rateMin ?? rateMode, "mode": rateMode, "max": rateMax ?? rateMode]
    }
}

extension GrowthRate: Versioned {
    package static var auditType: String { "growth_rate" }
    package var auditCityID: UUID? { $city.id }
    package var auditFields: [String: String?] {
        [
            "gpc": gpc, "rate_min": rateMin.map { String($0) }, "rate_mode": String(rateMode), "rate_max": rateMax.map { String($0) },
            "source": source, "note": note,
        ]
    }
}

extension Array where Element == GrowthRate {
    /// The rates as a scenario file's `growth`, by prefix.
    package var scenarioJSON: [String: Any] {
        Dictionary(map { ($0.gpc, $0.scenarioValue) }, uniquingKeysWith: { first, _ in first })
    }
}
