import ClimateModel
import Foundation
import Kernel

/// An inventory as a CSV file: the `inventory compute` columns plus
/// `data_source` and `quality`. Reading checks every line with the climate
/// model and reports every problem with its line; writing gives back a file
/// that reads again to the same rows.
enum InventoryFile {
    static let extraColumns = ["data_source", "quality"]
    static let columns = InventoryCSV.columns + extraColumns
    /// The longest `data_source`, in the file and the form alike.
    static let dataSourceLimit = 500

    /// One row read from a file.
    struct Row: Sendable {
        let activity: Activity
        let dataSource: String?
        let quality: DataQuality?
    }

    /// The rows of a file, or every problem in line order; `gridFactors` are
    /// the factors the inventory's year has (grid carriers need one).
    static func read(_ text: String, gridFactors: [String: Double]) -> Result<[Row], InputProblems> {
        let reading = InventoryCSV.reading(text, extraColumns: extraColumns)
        var problems = reading.problems
        for extra in reading.extras {
            if let text = extra.value["data_source"], text.count > dataSourceLimit {
                problems.append(
                    InputProblem(extra.location, .textTooLong(column: "data_source", length: text.count, limit: dataSourceLimit)))
            }
            if let text = extra.value["quality"], quality(text) == nil {
                problems.append(
                    InputProblem(extra.location, .notOneOf(column: "quality", value: text, allowed: DataQuality.allCases.map(\.rawValue))))
            }
        }
        let rows = reading.records.map { record in
            Row(activity: record.activity.value, dataSource: record.extra["data_source"], quality: record.extra["quality"].flatMap(quality))
        }
        if case .failure(let checked) = Inventory.check(reading.records.map(\.activity), gridFactors: gridFactors) {
            problems += checked.problems
        }
        guard problems.isEmpty else {
            let lines = problems.enumerated().sorted { ($0.element.location.line, $0.offset) < ($1.element.location.line, $1.offset) }
            return .failure(InputProblems(problems: lines.map(\.element)))
        }
        return .success(rows)
    }

    /// A quality mark as a file writes it: `high`, `medium`, `low` (any case).
    static func quality(_ text: String) -> DataQuality? { DataQuality(rawValue: text.lowercased()) }

    /// The rows as a file.
    static func write(_ rows: [InventoryRow]) -> String {
        var lines = [CSVTable.record(columns)]
        for row in rows {
            lines.append(
                CSVTable.record([
                    row.gpc, row.carrier ?? "", number(row.amount), row.unit ?? "", number(row.factorTCO2ePerUnit),
                    number(row.emissionsTCO2e), row.notationKey ?? "", row.dataSource ?? "", row.quality?.rawValue ?? "",
                ]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func number(_ value: Double?) -> String { CSVTable.number(value) }
}

extension InputProblem.Location {
    /// The line of a CSV problem (0 for a JSON path), to put problems in order.
    var line: Int {
        if case .line(let line) = self { return line }
        return 0
    }
}
