import Fluent
import Foundation
import Kernel

/// A grid or fuel factor people enter: national (no city) or a city's own,
/// in tCO2e per MWh, for a range of years, with its source. A city's factors
/// and the national ones together make the trajectory of a carrier
/// (MODEL.md §3, `factors`): flat within a range, linear between ranges.
package final class EmissionFactor: Model, @unchecked Sendable {
    package static let schema = "emission_factors"

    @ID(key: .id) package var id: UUID?
    /// `nil` for a national factor.
    @OptionalField(key: "city_id") package var cityID: UUID?
    @Field(key: "carrier") package var carrier: String
    @Field(key: "year_from") package var yearFrom: Int
    /// The last year it is valid for; `nil` for the one year `yearFrom`.
    @OptionalField(key: "year_to") package var yearTo: Int?
    @Field(key: "value") package var value: Double
    @Field(key: "source") package var source: String
    @Timestamp(key: "deleted_at", on: .delete) package var deletedAt: Date?

    package init() {}

    package init(cityID: UUID?, carrier: String, yearFrom: Int, yearTo: Int? = nil, value: Double, source: String) {
        self.cityID = cityID
        self.carrier = carrier
        self.yearFrom = yearFrom
        self.yearTo = yearTo
        self.value = value
        self.source = source
    }

    /// The years it is valid for, as text: `2022` or `2018–2021`.
    package var yearsText: String {
        guard let yearTo, yearTo != yearFrom else { return String(yearFrom) }
        return "\(yearFrom)–\(yearTo)"
    }
}

extension EmissionFactor: Audited {
    package static var auditType: String { "emission_factor" }
    package var auditCityID: UUID? { cityID }
    package var auditFields: [String: String?] {
        [
            "carrier": carrier, "year_from": String(yearFrom), "year_to": yearTo.map(String.init), "value": String(value),
            "source": source,
        ]
    }
}
