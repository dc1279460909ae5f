import ClimateModel
import Fluent
import Foundation
import Kernel

/// The demo cities' indicators (`Resources/Demo/indicators.csv`): eight
/// each with several years of values, illustrative.
enum IndicatorsDemo {
    static func load(cities: [String: UUID], on database: any Database) async throws {
        for row in try CSVTable(text: AppResources.text("Demo/indicators.csv")).rows {
            guard let cityID = cities[row["city"]!] else { continue }
            let indicator = Indicator()
            indicator.$city.id = cityID
            indicator.name = row["name"]!
            indicator.unit = row["unit"]!
            indicator.field = FieldOfAction(rawValue: row["field"]!)!
            indicator.direction = IndicatorDirection(rawValue: row["direction"]!)!
            indicator.baselineYear = row["baseline_year"].flatMap { Int($0) }
            indicator.baselineValue = row["baseline_value"].flatMap { Double($0) }
            indicator.targetYear = row["target_year"].flatMap { Int($0) }
            indicator.targetValue = row["target_value"].flatMap { Double($0) }
            indicator.source = row["source"].nonEmpty
            indicator.frequency = IndicatorFrequency(rawValue: row["frequency"]!)!
            try await indicator.create(on: database)
            for pair in (row["values"] ?? "").split(separator: ";") {
                let parts = pair.split(separator: ":")
                guard parts.count == 2, let date = CalendarDate(iso: String(parts[0])), let value = Double(parts[1]) else { continue }
                try await IndicatorValue(indicator: indicator, date: date, value: value, origin: .imported).create(on: database)
            }
        }
    }
}
