import Foundation
import Kernel
import Plot

/// The rows of measured results on a form (a practice's, or a replicating
/// city's own): up to ten, each what, how much, which unit, which year; a
/// row half filled in is an error on the field missing.
enum PracticeResultsForm {
    static let most = 10
    static let shownEmpty = 5

    static func names(_ n: Int) -> [String] { ["result_label_\(n)", "result_value_\(n)", "result_unit_\(n)", "result_year_\(n)"] }
    static var fields: [String] { (1...most).flatMap(names) }

    static func values(_ results: [PracticeResult], _ language: Kernel.Language) -> [String: String] {
        var values: [String: String] = [:]
        for (index, result) in results.prefix(most).enumerated() {
            let names = names(index + 1)
            values[names[0]] = result.label
            values[names[1]] = NumberInput.text(result.value, language)
            values[names[2]] = result.unit
            values[names[3]] = String(result.year)
        }
        return values
    }

    static func read(_ values: [String: String], _ form: inout FormReader, _ t: Localizer) -> [PracticeResult] {
        var results: [PracticeResult] = []
        for n in 1...most {
            let names = names(n)
            func blank(_ name: String) -> Bool { (values[name] ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
            guard names.contains(where: { !blank($0) }) else { continue }
            let label = form.text(names[0], max: 300)
            let value = form.decimal(names[1], in: -1e15...1e15)
            let unit = form.text(names[2], max: 40)
            let year = form.year(names[3])
            guard let label, let value, let unit, let year else {
                if !names.contains(where: form.failed) {
                    form.fail(names.first(where: blank) ?? names[0], t(PracticeText.resultIncomplete))
                }
                continue
            }
            results.append(PracticeResult(label: label, value: value, unit: unit, year: year))
        }
        return results
    }

    static func fieldset(_ state: FormState, _ t: Localizer) -> Node<HTML.FormContext> {
        let filled = (1...most).filter { n in names(n).contains { !state[$0].isEmpty } }.max() ?? 0
        let rows = min(most, max(shownEmpty, filled + 2))
        return .element(
            named: "fieldset",
            nodes: [
                .class("results"), .element(named: "legend", text: t(PracticeText.fieldResults)),
                .p(.class("hint"), .text(t(PracticeText.fieldResultsHint))),
            ]
                + (1...rows).map { n in
                    let names = names(n)
                    return .div(
                        .class("form-grid"),
                        Form.field(names[0], label: t(PracticeText.fieldResultLabel, ["n": String(n)]), state: state),
                        Form.field(names[1], label: t(PracticeText.fieldResultValue, ["n": String(n)]), state: state),
                        Form.field(names[2], label: t(PracticeText.fieldResultUnit, ["n": String(n)]), state: state),
                        Form.field(names[3], label: t(PracticeText.fieldResultYear, ["n": String(n)]), kind: .number, state: state))
                })
    }

    /// A result's value for readers: whole numbers without decimals, others with two.
    static func number(_ value: Double, _ t: Localizer) -> String {
        t.decimal(value, fractionDigits: value == value.rounded() ? 0 : 2)
    }

    /// The results as a table for readers.
    static func table(_ results: [PracticeResult], caption: String, _ t: Localizer) -> Node<HTML.BodyContext> {
        func heading(_ text: PracticeText) -> String { t(text, ["n": ""]).trimmingCharacters(in: .whitespaces) }
        return Tables.table(
            caption: caption,
            headings: [
                (heading(.fieldResultLabel), false), (heading(.fieldResultValue), true), (heading(.fieldResultUnit), false),
                (heading(.fieldResultYear), true),
            ],
            rows: results.map { result in
                .tr(
                    .th(.attribute(named: "scope", value: "row"), .attribute(named: "lang", value: "sl"), .text(result.label)),
                    Tables.number(number(result.value, t)),
                    .td(.text(result.unit)), Tables.number(String(result.year)))
            })
    }
}
