import ClimateModel
import Fluent
import Foundation
import Kernel

/// The demo cities' action portfolios (`Resources/Demo/actions.csv`):
/// sixteen actions each, with their model effects, illustrative.
enum ActionsDemo {
    static func load(cities: [String: UUID], on database: any Database) async throws {
        let table = try CSVTable(text: AppResources.text("Demo/actions.csv"))
        for row in table.rows {
            guard let cityID = cities[row["city"]!] else { continue }
            let action = CityAction()
            action.$city.id = cityID
            // The file holds the form's fields; its numbers (fractions as 0…1, as in scenario files) are read as numbers.
            let values = Dictionary(uniqueKeysWithValues: table.header.map { ($0, row[$0] ?? "") })
            let numbers = ["capex_eur", "opex_eur", "effect_min", "effect_mode", "effect_max", "effect_ratio"]
                .reduce(into: [String: Double]()) { numbers, name in numbers[name] = values[name].flatMap { Double($0) } }
            let state = ActionInput(values: values, numbers: numbers).read(into: action, Localizer(.en))
            guard state.isValid else {
                throw DemoError.invalidRow(line: row.line, problems: state.errorOrder.map { "\($0): \(state.errors[$0] ?? "")" })
            }
            try await action.create(on: database)
        }
    }

    enum DemoError: Error, CustomStringConvertible {
        case invalidRow(line: Int, problems: [String])
        var description: String {
            switch self {
            case .invalidRow(let line, let problems): "Demo/actions.csv line \(line): \(problems.joined(separator: "; "))"
            }
        }
    }
}
