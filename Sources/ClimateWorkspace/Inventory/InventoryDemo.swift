import ClimateModel
import Fluent
import Foundation
import Kernel

/// The demo cities' factors and baseline inventories (`Resources/Demo/
/// factors.csv`, `inventories.csv`): illustrative numbers of a plausible size,
/// the same as `examples/*.json`, not the cities' own.
enum InventoryDemo {
    static func load(cities: [String: UUID], on database: any Database) async throws {
        for row in try CSVTable(text: AppResources.text("Demo/factors.csv")).rows {
            guard let cityID = cities[row["city"]!] else { continue }
            try await EmissionFactor(
                cityID: cityID, carrier: row["carrier"]!, yearFrom: Int(row["year_from"]!)!, yearTo: row["year_to"].flatMap { Int($0) },
                value: Double(row["value"]!)!, source: row["source"]!
            ).create(on: database)
        }
        let text = try AppResources.text("Demo/inventories.csv")
        let table = try CSVTable(text: text)
        var inventories: [String: CityInventory] = [:]
        var positions: [String: Int] = [:]
        for row in table.rows {
            guard let cityID = cities[row["city"]!], let year = Int(row["year"]!) else { continue }
            let key = "\(row["city"]!)-\(year)"
            if inventories[key] == nil {
                let inventory = CityInventory(cityID: cityID, year: year)
                try await inventory.create(on: database)
                inventories[key] = inventory
            }
            let inventory = inventories[key]!
            positions[key, default: 0] += 1
            let activity = Activity(
                gpc: row["gpc"]!, carrier: row["carrier"].nonEmpty, amount: row["amount"].flatMap { Double($0) },
                unit: row["unit"].flatMap(ActivityUnit.init(rawValue:)),
                factorTCO2ePerUnit: row["factor_tco2e_per_unit"].flatMap { Double($0) },
                emissionsTCO2e: row["emissions_tco2e"].flatMap { Double($0) },
                notationKey: row["notation_key"].flatMap(NotationKey.init(rawValue:)))
            try await InventoryRow(
                inventory: inventory, position: positions[key]!, activity: activity, dataSource: row["data_source"].nonEmpty,
                quality: row["quality"].flatMap(DataQuality.init(rawValue:))
            ).create(on: database)
        }
        // Submit as the city team would: locked with the factors of its year.
        for inventory in inventories.values {
            let (_, calculation) = try await InventoryQuery.calculated(inventory, on: database)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            inventory.status = .submitted
            inventory.submittedAt = Date()
            inventory.factorsUsedJSON = String(decoding: try encoder.encode(calculation.factors), as: UTF8.self)
            try await inventory.save(on: database)
        }
    }
}
