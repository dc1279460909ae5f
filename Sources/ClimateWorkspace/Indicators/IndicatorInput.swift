import ClimateModel
import Fluent
import Foundation
import Kernel

/// The indicator form read and checked, and the values file (`date,value,note`).
enum IndicatorInput {
    static let fields = [
        "name", "unit", "field", "direction", "baseline_year", "baseline_value", "target_year", "target_value", "source", "frequency",
    ]

    static func values(_ indicator: Indicator, _ language: Language) -> [String: String] {
        [
            "name": indicator.name, "unit": indicator.unit, "field": indicator.field.rawValue, "direction": indicator.direction.rawValue,
            "baseline_year": indicator.baselineYear.map(String.init) ?? "",
            "baseline_value": NumberInput.text(indicator.baselineValue, language),
            "target_year": indicator.targetYear.map(String.init) ?? "", "target_value": NumberInput.text(indicator.targetValue, language),
            "source": indicator.source ?? "", "frequency": indicator.frequency.rawValue,
        ]
    }

    /// The sane range of an indicator's value, whatever its unit.
    static let valueRange: ClosedRange<Double> = -1e12...1e12
    /// The longest note of a value (openapi.yaml's `maxLength`).
    static let noteLimit = 1000

    /// Checks the form and applies it to `indicator`; the state lists every
    /// problem. `numbers` are numbers that came as numbers (the API).
    static func read(_ values: [String: String], numbers: [String: Double] = [:], into indicator: Indicator, _ t: Localizer)
        -> FormState
    {
        var form = FormReader(FormFields(values, numbers: numbers), t, shown: fields)
        let name = form.text("name", max: 300, required: true)
        let unit = form.text("unit", max: 50, required: true)
        let field = form.choice("field", FieldOfAction.self)
        let direction = form.choice("direction", IndicatorDirection.self)
        let baselineYear = form.year("baseline_year")
        let baselineValue = form.decimal("baseline_value", in: valueRange)
        let targetYear = form.year("target_year")
        let targetValue = form.decimal("target_value", in: valueRange)
        let source = form.text("source", max: 300)
        let frequency = form.choice("frequency", IndicatorFrequency.self, required: false) ?? .annual
        if (targetYear == nil) != (targetValue == nil), form.isValid {
            form.fail(targetYear == nil ? "target_year" : "target_value", t(CoreText.required))
        }
        if let baselineYear, let targetYear, targetYear <= baselineYear { form.fail("target_year", t(CityEditText.targetAfterBaseline)) }
        guard form.isValid, let name, let unit, let field, let direction else { return form.state }
        indicator.name = name
        indicator.unit = unit
        indicator.field = field
        indicator.direction = direction
        indicator.baselineYear = baselineYear
        indicator.baselineValue = baselineValue
        indicator.targetYear = targetYear
        indicator.targetValue = targetValue
        indicator.source = source
        indicator.frequency = frequency
        return form.state
    }

    /// One value from the form or the API (`date`, `value`, `note`), or every problem with it.
    static func readValue(_ fields: FormFields, _ t: Localizer) -> (FormState, Row?) {
        var form = FormReader(fields, t)
        let date = form.date("date", required: true)
        let value = form.decimal("value", in: valueRange, required: true)
        let note = form.text("note", max: noteLimit)
        guard form.isValid, let date, let value else { return (form.state, nil) }
        return (form.state, Row(date: date, value: value, note: note))
    }

    /// A value of the values file or form.
    struct Row: Sendable {
        let date: CalendarDate
        let value: Double
        let note: String?
    }

    /// Every problem of a values file, each with its line, in the reader's language.
    struct Problems: Error {
        let lines: [String]
    }

    /// The rows of a values file, or every problem with its line, in the reader's language.
    static func readFile(_ text: String, _ t: Localizer) -> Result<[Row], Problems> {
        let table: CSVTable
        do {
            table = try CSVTable(text: text)
        } catch {
            return .failure(Problems(lines: [t(IndicatorsText.lineProblem, ["line": "1", "problem": t(IndicatorsText.emptyProblem)])]))
        }
        guard table.header.contains("date"), table.header.contains("value"),
            Set(table.header).isSubset(of: ["date", "value", "note"])
        else {
            return .failure(Problems(lines: [t(IndicatorsText.lineProblem, ["line": "1", "problem": t(IndicatorsText.columnsProblem)])]))
        }
        var rows: [Row] = []
        var problems: [String] = []
        for row in table.rows {
            let dateText = row["date"]?.trimmingCharacters(in: .whitespaces) ?? ""
            let valueText = row["value"]?.trimmingCharacters(in: .whitespaces) ?? ""
            let date = CalendarDate(iso: dateText)
            let value = table.number(valueText).flatMap { valueRange.contains($0) ? $0 : nil }
            if date == nil {
                problems.append(
                    t(
                        IndicatorsText.lineProblem,
                        ["line": String(row.line), "problem": t(IndicatorsText.dateProblem, ["value": dateText])]))
            }
            if value == nil {
                problems.append(
                    t(
                        IndicatorsText.lineProblem,
                        ["line": String(row.line), "problem": t(IndicatorsText.valueProblem, ["value": valueText])]))
            }
            if let note = row["note"], note.count > noteLimit {
                problems.append(
                    t(
                        IndicatorsText.lineProblem,
                        [
                            "line": String(row.line),
                            "problem": "note: " + t(CoreText.tooLong, ["max": t.integer(noteLimit), "length": t.integer(note.count)]),
                        ]))
            }
            if let date, let value { rows.append(Row(date: date, value: value, note: row["note"].nonEmpty)) }
        }
        return problems.isEmpty ? .success(rows) : .failure(Problems(lines: problems))
    }

    /// Stores values: a new date is added, a known one is replaced; each change recorded.
    static func store(_ rows: [Row], in indicator: Indicator, origin: ValueOrigin, by actor: Actor, on database: any Database) async throws
    {
        try await database.transaction { database in
            let existing = try await indicator.$values.query(on: database).all()
            var byDate = Dictionary(existing.map { ($0.dateText, $0) }, uniquingKeysWith: { first, _ in first })
            for row in rows {
                if let value = byDate[row.date.iso] {
                    try await Audit.update(value, by: actor, on: database) {
                        $0.value = row.value
                        $0.note = row.note
                        $0.origin = origin
                    }
                } else {
                    let value = try IndicatorValue(indicator: indicator, date: row.date, value: row.value, origin: origin, note: row.note)
                    try await Audit.create(value, by: actor, on: database)
                    byDate[row.date.iso] = value
                }
            }
        }
    }
}
