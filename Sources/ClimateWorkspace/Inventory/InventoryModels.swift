import ClimateModel
import Fluent
import Foundation
import Kernel

/// A city's greenhouse-gas inventory of one year (PRODUCT.md B).
package final class CityInventory: Model, @unchecked Sendable {
    package static let schema = "inventories"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "city_id") package var city: City
    @Field(key: "year") package var year: Int
    @Field(key: "gwp") package var gwp: String
    @Field(key: "coverage") package var coverage: String
    @Field(key: "status") package var status: InventoryStatus
    @OptionalField(key: "submitted_at") package var submittedAt: Date?
    /// The factors it was calculated with, kept when it is submitted (JSON of `[FactorUsed]`).
    @OptionalField(key: "factors_used") package var factorsUsedJSON: String?
    @Children(for: \.$inventory) package var rows: [InventoryRow]

    package init() {}

    package init(cityID: UUID, year: Int, gwp: GWPSet = .ar5, coverage: Coverage = .basic) {
        self.$city.id = cityID
        self.year = year
        self.gwp = gwp.rawValue
        self.coverage = coverage.rawValue
        self.status = .draft
    }

    package var gwpSet: GWPSet { GWPSet(rawValue: gwp) ?? .ar5 }
    package var coverageSet: Coverage { Coverage(rawValue: coverage) ?? .basic }
    package var isLocked: Bool { status == .submitted }

    /// The factors kept at submission; `nil` for a draft.
    package var factorsUsed: [FactorUsed]? {
        guard let factorsUsedJSON else { return nil }
        return try? JSONDecoder().decode([FactorUsed].self, from: Data(factorsUsedJSON.utf8))
    }
}

/// One row of an inventory: an activity, a direct figure or a notation key,
/// with where the number came from and how good it is.
package final class InventoryRow: Model, @unchecked Sendable {
    package static let schema = "inventory_rows"

    @ID(key: .id) package var id: UUID?
    /// Goes up with every change (`Versioned`).
    @Field(key: "version") package var version: Int
    @Parent(key: "inventory_id") package var inventory: CityInventory
    /// The city, so the row's history is the city's.
    @Field(key: "city_id") package var cityID: UUID
    @Field(key: "position") package var position: Int
    @Field(key: "gpc") package var gpc: String
    @OptionalField(key: "carrier") package var carrier: String?
    @OptionalField(key: "amount") package var amount: Double?
    @OptionalField(key: "unit") package var unit: String?
    @OptionalField(key: "factor_tco2e_per_unit") package var factorTCO2ePerUnit: Double?
    @OptionalField(key: "emissions_tco2e") package var emissionsTCO2e: Double?
    @OptionalField(key: "notation_key") package var notationKey: String?
    @OptionalField(key: "data_source") package var dataSource: String?
    @OptionalField(key: "quality") package var quality: DataQuality?
    @Timestamp(key: "deleted_at", on: .delete) package var deletedAt: Date?

    package init() {
        version = 1
    }

    package init(inventory: CityInventory, position: Int, activity: Activity, dataSource: String?, quality: DataQuality?) throws {
        version = 1
        self.$inventory.id = try inventory.requireID()
        self.cityID = inventory.$city.id
        self.position = position
        self.gpc = activity.gpc
        self.carrier = activity.carrier
        self.amount = activity.amount
        self.unit = activity.unit?.rawValue
        self.factorTCO2ePerUnit = activity.factorTCO2ePerUnit
        self.emissionsTCO2e = activity.emissionsTCO2e
        self.notationKey = activity.notationKey?.rawValue
        self.dataSource = dataSource
        self.quality = quality
    }

    /// The row as the climate model reads it (MODEL.md §2).
    package var activity: Activity {
        Activity(
            gpc: gpc, carrier: carrier, amount: amount, unit: unit.flatMap(ActivityUnit.init(rawValue:)),
            factorTCO2ePerUnit: factorTCO2ePerUnit, emissionsTCO2e: emissionsTCO2e,
            notationKey: notationKey.flatMap(NotationKey.init(rawValue:)))
    }
}

/// A factor an inventory was calculated with: carrier, tCO2e per MWh, and
/// where it came from (a city's or the national factors).
package struct FactorUsed: Codable, Sendable, Equatable {
    package let carrier: String
    package let value: Double
    package let source: String
}

extension CityInventory: Audited {
    package static var auditType: String { "inventory" }
    package var auditCityID: UUID? { $city.id }
    package var auditFields: [String: String?] {
        [
            "year": String(year), "gwp": gwp, "coverage": coverage, "status": status.rawValue,
            "factors_used": factorsUsedJSON,
        ]
    }
}

extension InventoryRow: Versioned {
    package static var auditType: String { "inventory_row" }
    package var auditCityID: UUID? { cityID }
    package var auditFields: [String: String?] {
        [
            "gpc": gpc, "carrier": carrier, "amount": amount.map { String($0) }, "unit": unit,
            "factor_tco2e_per_unit": factorTCO2ePerUnit.map { String($0) }, "emissions_tco2e": emissionsTCO2e.map { String($0) },
            "notation_key": notationKey, "data_source": dataSource, "quality": quality?.rawValue, "position": String(position),
        ]
    }
}

extension InventoryRow: BulkInsertable {
    package static let bulkColumns = [
        "id", "version", "inventory_id", "city_id", "position", "gpc", "carrier", "amount", "unit", "factor_tco2e_per_unit",
        "emissions_tco2e", "notation_key", "data_source", "quality",
    ]
    package var bulkValues: [any Encodable & Sendable] {
        get throws {
            [
                try requireID(), version, $inventory.id, cityID, position, gpc, carrier, amount, unit, factorTCO2ePerUnit, emissionsTCO2e,
                notationKey, dataSource, quality?.rawValue,
            ]
        }
    }
}

/// The orders of an inventory's rows (their own order, by GPC reference, when none).
package enum InventoryRowSort: String, Sendable, CaseIterable {
    case gpc, emissions, quality, source
}
