import Foundation

/// Inventory rows from CSV: header `gpc,carrier,amount,unit,
/// factor_tco2e_per_unit,emissions_tco2e,notation_key` (only `gpc` is required
/// in each row). Numbers use a decimal point. Every problem is reported with
/// its line.
public enum InventoryCSV {
    public static let columns = ["gpc", "carrier", "amount", "unit", "factor_tco2e_per_unit", "emissions_tco2e", "notation_key"]

    /// Reads the rows; `extraColumns` are further columns a caller allows and
    /// reads itself (such as `data_source` and `quality`).
    public static func read(_ text: String, extraColumns: [String] = []) -> Result<[Located<Activity>], InputProblems> {
        let (records, problems) = records(text, extraColumns: extraColumns)
        return problems.isEmpty ? .success(records.map(\.activity)) : .failure(InputProblems(problems: problems))
    }

    /// One row read: the activity, where it is, and the values of the caller's extra columns (empty ones left out).
    public struct Record: Sendable {
        public let activity: Located<Activity>
        public let extra: [String: String]
    }

    /// What reading a file gave: the rows that read, the problems of those
    /// that did not (a row with a problem is left out of `records`), and the
    /// extra columns of every row, so a caller can add problems of its own
    /// (its extra columns, checking the rows) and report them all at once.
    public struct Reading: Sendable {
        public var records: [Record] = []
        public var problems: [InputProblem] = []
        /// Every row's extra columns, with its line, whether the row read or not.
        public var extras: [Located<[String: String]>] = []
    }

    public static func records(_ text: String, extraColumns: [String] = []) -> (records: [Record], problems: [InputProblem]) {
        let reading = reading(text, extraColumns: extraColumns)
        return (reading.records, reading.problems)
    }

    public static func reading(_ text: String, extraColumns: [String] = []) -> Reading {
        let table: CSVTable
        do {
            table = try CSVTable(text: text)
        } catch let error as CSVError {
            return Reading(problems: [problem(error)])
        } catch {
            return Reading(problems: [InputProblem(.line(1), .unreadable(detail: "\(error)"))])
        }
        var problems: [InputProblem] = []
        let allowed = Set(columns + extraColumns)
        for column in table.header where !allowed.contains(column) {
            problems.append(InputProblem(.line(1), .unknownColumn(column, allowed: columns + extraColumns)))
        }
        if !table.header.contains("gpc") { problems.append(InputProblem(.line(1), .missingColumn("gpc"))) }
        guard problems.isEmpty else { return Reading(problems: problems) }

        var records: [Record] = []
        var extras: [Located<[String: String]>] = []
        for row in table.rows {
            let location = InputProblem.Location.line(row.line)
            func text(_ column: String) -> String? {
                guard let value = row[column]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
                return value
            }
            func number(_ column: String) -> Double? {
                guard let value = text(column) else { return nil }
                guard let number = table.number(value) else {
                    problems.append(InputProblem(location, .notANumberText(column: column, value: value)))
                    return nil
                }
                return number
            }
            let before = problems.count
            var extra: [String: String] = [:]
            for column in extraColumns { extra[column] = text(column) }
            extras.append(Located(extra, at: location))
            guard let gpc = text("gpc") else {
                problems.append(InputProblem(location, .gpcEmpty))
                continue
            }
            var unit: ActivityUnit? = nil
            if let value = text("unit") {
                unit = ActivityUnit(rawValue: value)
                if unit == nil {
                    problems.append(InputProblem(location, .unknownUnit(value)))
                }
            }
            var key: NotationKey? = nil
            if let value = text("notation_key") {
                key = NotationKey(rawValue: value)
                if key == nil { problems.append(InputProblem(location, .unknownNotationKey(value))) }
            }
            let activity = Located(
                Activity(
                    gpc: gpc, carrier: text("carrier"), amount: number("amount"), unit: unit,
                    factorTCO2ePerUnit: number("factor_tco2e_per_unit"), emissionsTCO2e: number("emissions_tco2e"), notationKey: key),
                at: location)
            if problems.count == before { records.append(Record(activity: activity, extra: extra)) }
        }
        return Reading(records: records, problems: problems, extras: extras)
    }

    private static func problem(_ error: CSVError) -> InputProblem {
        switch error {
        case .empty: InputProblem(.line(1), .emptyFile)
        case .duplicateColumn(let name): InputProblem(.line(1), .duplicateColumn(name))
        case .strayQuote(let line): InputProblem(.line(line), .strayQuote)
        case .unterminatedQuote(let line): InputProblem(.line(line), .unterminatedQuote)
        }
    }

    /// Reads and checks rows and computes the totals: the `inventory compute`
    /// command. Every problem is reported at once, in line order: those of
    /// reading, and those of checking the rows that did read.
    public static func compute(_ text: String, gwp: GWPSet = .ar5, coverage: Coverage = .basic) -> Result<InventoryTotals, InputProblems> {
        let (records, readProblems) = records(text)
        switch Inventory.check(records.map(\.activity)) {
        case .success(let rows) where readProblems.isEmpty:
            return .success(Inventory.totals(rows, gwp: gwp, coverage: coverage))
        case .success:
            return .failure(InputProblems(problems: readProblems))
        case .failure(let checkProblems):
            let all = (readProblems + checkProblems.problems).sorted { $0.location.order < $1.location.order }
            return .failure(InputProblems(problems: all))
        }
    }
}
