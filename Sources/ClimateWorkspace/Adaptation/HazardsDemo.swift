import ClimateModel
import Fluent
import Foundation
import Kernel

/// The demo cities' hazard registers (`Resources/Demo/hazards.csv`), five
/// each, linked to the actions that answer them; illustrative.
enum HazardsDemo {
    static func load(cities: [String: UUID], on database: any Database) async throws {
        for row in try CSVTable(text: AppResources.text("Demo/hazards.csv")).rows {
            guard let cityID = cities[row["city"]!] else { continue }
            let hazard = Hazard()
            hazard.$city.id = cityID
            hazard.kind = HazardKind(rawValue: row["kind"]!)!
            hazard.description = row["description"]!
            hazard.probability = HazardLevel(rawValue: row["probability"]!)!
            hazard.impact = HazardLevel(rawValue: row["impact"]!)!
            hazard.trend = HazardTrend(rawValue: row["trend"]!)!
            hazard.sectors = row["sectors"].nonEmpty
            hazard.vulnerableGroups = row["vulnerable_groups"].nonEmpty
            try await hazard.create(on: database)
            for code in (row["actions"] ?? "").split(separator: ";") {
                guard
                    let action = try await CityAction.query(on: database).filter(\.$city.$id == cityID).filter(\.$code == String(code))
                        .first()
                else { continue }
                try await ActionHazard(actionID: action.requireID(), hazardID: hazard.requireID(), cityID: cityID).create(on: database)
            }
        }
    }
}
