import ClimateModel
import Fluent
import Foundation
import Kernel

/// The demo cities' growth rates (`Resources/Demo/growth.csv`): those of
/// `examples/*.json`, illustrative, as their source says.
enum GrowthDemo {
    static func load(cities: [String: UUID], on database: any Database) async throws {
        for row in try CSVTable(text: AppResources.text("Demo/growth.csv")).rows {
            guard let cityID = cities[row["city"]!] else { continue }
            let rate = GrowthRate()
            rate.$city.id = cityID
            rate.gpc = row["gpc"]!
            rate.rateMin = row["rate_min"].nonEmpty.flatMap { Double($0) }
            rate.rateMode = Double(row["rate"]!)!
            rate.rateMax = row["rate_max"].nonEmpty.flatMap { Double($0) }
            rate.source = row["source"]!
            rate.note = row["note"].nonEmpty
            try await rate.create(on: database)
        }
    }
}
