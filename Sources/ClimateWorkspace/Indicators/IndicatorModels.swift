import Fluent
import Foundation
import Kernel

/// Which way an indicator should go.
package enum IndicatorDirection: String, Codable, Sendable, CaseIterable {
    case up, down
}

/// The orders of the list of indicators (by name when none).
package enum IndicatorSort: String, Sendable, CaseIterable {
    case name, field, status, latest
}

/// How often an indicator is measured.
package enum IndicatorFrequency: String, Codable, Sendable, CaseIterable {
    case annual, quarterly, monthly, continuous
}

/// Where an indicator's value came from.
package enum ValueOrigin: String, Codable, Sendable, CaseIterable {
    case entered, imported, api
}

/// An indicator of a city's progress (PRODUCT.md B): what is measured, how,
/// and where it should be by the target year.
package final class Indicator: Model, @unchecked Sendable {
    package static let schema = "indicators"

    @ID(key: .id) package var id: UUID?
    /// Goes up with every change (`Versioned`).
    @Field(key: "version") package var version: Int
    @Parent(key: "city_id") package var city: City
    @Field(key: "name") package var name: String
    @Field(key: "unit") package var unit: String
    @Field(key: "field") package var field: FieldOfAction
    @Field(key: "direction") package var direction: IndicatorDirection
    @OptionalField(key: "baseline_year") package var baselineYear: Int?
    @OptionalField(key: "baseline_value") package var baselineValue: Double?
    @OptionalField(key: "target_year") package var targetYear: Int?
    @OptionalField(key: "target_value") package var targetValue: Double?
    @OptionalField(key: "source") package var source: String?
    @Field(key: "frequency") package var frequency: IndicatorFrequency
    @Timestamp(key: "deleted_at", on: .delete) package var deletedAt: Date?
    @Children(for: \.$indicator) package var values: [IndicatorValue]

    package init() {
        version = 1
    }
}

/// One measured value of an indicator, for a year, a month or a day.
package final class IndicatorValue: Model, @unchecked Sendable {
    package static let schema = "indicator_values"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "indicator_id") package var indicator: Indicator
    @Field(key: "city_id") package var cityID: UUID
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    @Field(key: "date") package var dateText: String
    @Field(key: "value") package var value: Double
    @Field(key: "origin") package var origin: ValueOrigin
    @OptionalField(key: "note") package var note: String?
    @Timestamp(key: "deleted_at", on: .delete) package var deletedAt: Date?

    package init() {}

    package init(indicator: Indicator, date: CalendarDate, value: Double, origin: ValueOrigin, note: String? = nil) throws {
        self.$indicator.id = try indicator.requireID()
        self.cityID = indicator.$city.id
        self.dateText = date.iso
        self.value = value
        self.origin = origin
        self.note = note
    }

    package var date: CalendarDate? { CalendarDate(iso: dateText) }
}

extension Indicator: Versioned {
    package static var auditType: String { "indicator" }
    package var auditCityID: UUID? { $city.id }
    package var auditFields: [String: String?] {
        [
            "name": name, "unit": unit, "field": field.rawValue, "direction": direction.rawValue,
            "baseline_year": baselineYear.map(String.init), "baseline_value": baselineValue.map { String($0) },
            "target_year": targetYear.map(String.init), "target_value": targetValue.map { String($0) }, "source": source,
            "frequency": frequency.rawValue,
        ]
    }
}

extension IndicatorValue: Audited {
    package static var auditType: String { "indicator_value" }
    package var auditCityID: UUID? { cityID }
    package var auditFields: [String: String?] {
        ["date": dateText, "value": String(value), "origin": origin.rawValue, "note": note]
    }
}

/// An indicator that follows an action: how the city measures what the action does.
package final class ActionIndicator: Model, @unchecked Sendable {
    package static let schema = "action_indicators"

    @ID(key: .id) package var id: UUID?
    @Field(key: "action_id") package var actionID: UUID
    @Field(key: "indicator_id") package var indicatorID: UUID
    @Field(key: "city_id") package var cityID: UUID

    package init() {}

    package init(actionID: UUID, indicatorID: UUID, cityID: UUID) {
        self.actionID = actionID
        self.indicatorID = indicatorID
        self.cityID = cityID
    }
}

extension ActionIndicator: Audited {
    package static var auditType: String { "action_indicator" }
    package var auditCityID: UUID? { cityID }
    package var auditFields: [String: String?] { ["action_id": actionID.uuidString, "indicator_id": indicatorID.uuidString] }
}
