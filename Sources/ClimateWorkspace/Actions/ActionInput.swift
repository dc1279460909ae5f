import ClimateModel
import Foundation
import Kernel

/// The action form: its fields as text, read into an action and checked,
/// first field by field and then by the climate model with the city's
/// inventory and other actions (MODEL.md §7), so an officer sees at once
/// what the model would refuse.
struct ActionInput: Sendable {
    static let fields = [
        "code", "name", "description", "field", "lever", "purpose", "responsible", "stakeholders", "status", "progress", "start_date",
        "end_date", "capex_eur", "opex_eur", "funding", "co_benefits", "effect_kind", "effect_gpc", "effect_carrier", "effect_to",
        "effect_to_gpc", "effect_min", "effect_mode", "effect_max", "effect_ratio", "effect_start", "effect_full",
    ]

    var values: [String: String]
    /// Numbers that came as numbers (the API, the demo file), in the model's
    /// units (fractions and shares as 0…1); they win over `values`.
    var numbers: [String: Double] = [:]

    init(values: [String: String], numbers: [String: Double] = [:]) {
        self.values = values.filter { Self.fields.contains($0.key) }
        self.numbers = numbers.filter { Self.fields.contains($0.key) }
    }

    /// The sane ranges of the numbers (the form's units; effects in percent
    /// are 0…100): money up to 100 billion euros, a removal up to 100 million
    /// tCO2e a year, a switch's ratio up to 10 MWh for one.
    /// The longest texts (openapi.yaml's `maxLength`).
    static let lengths = [
        "name": 300, "description": 10_000, "responsible": 300, "stakeholders": 1000, "funding": 1000, "co_benefits": 2000,
        "effect_gpc": 20, "effect_carrier": 40, "effect_to": 40, "effect_to_gpc": 20,
    ]
    /// The longest note of a progress update (openapi.yaml's `maxLength`).
    static let noteLimit = 5000
    static let money: ClosedRange<Double> = 0...1e11
    static let removal: ClosedRange<Double> = 0...1e8
    static let ratio: ClosedRange<Double> = 0...10

    /// The form of an action as stored, in the reader's number habits.
    init(_ action: CityAction, _ language: Language) {
        let percent = action.effect.map { $0.kind != .removal } ?? false
        func effectValue(_ value: Double?) -> String { NumberInput.text(value.map { percent ? $0 * 100 : $0 }, language) }
        values = [
            "code": action.code, "name": action.name, "description": action.description, "field": action.field.rawValue,
            "lever": action.lever?.rawValue ?? "", "purpose": action.purpose.rawValue, "responsible": action.responsible ?? "",
            "stakeholders": action.stakeholders ?? "", "status": action.status.rawValue, "progress": String(action.progress),
            "start_date": action.startDateText ?? "", "end_date": action.endDateText ?? "",
            "capex_eur": NumberInput.text(action.capexEUR, language), "opex_eur": NumberInput.text(action.opexEUR, language),
            "funding": action.funding ?? "", "co_benefits": action.coBenefits ?? "", "effect_kind": action.effectKind ?? "",
            "effect_gpc": action.effectGPC ?? "", "effect_carrier": action.effectCarrier ?? "", "effect_to": action.effectTo ?? "",
            "effect_to_gpc": action.effectToGPC ?? "", "effect_min": effectValue(action.effectMin),
            "effect_mode": effectValue(action.effectMode), "effect_max": effectValue(action.effectMax),
            "effect_ratio": NumberInput.text(action.effectRatio, language), "effect_start": action.effectStart.map(String.init) ?? "",
            "effect_full": action.effectFull.map(String.init) ?? "",
        ]
    }

    /// A new action's form: planned, mitigation, no progress.
    static let blank = ActionInput(values: ["status": ActionStatus.planned.rawValue, "purpose": "mitigation", "progress": "0"])

    private func text(_ name: String) -> String? { (values[name]?.trimmingCharacters(in: .whitespacesAndNewlines)).nonEmpty }

    /// Checks every field and applies the form to `action` (a new one or a
    /// copy); the state lists every problem.
    func read(into action: CityAction, _ t: Localizer) -> FormState {
        var state = FormState(values: values)
        state.limitLengths(Self.lengths, t)
        let fields = FormFields(values, numbers: numbers)
        func number(_ name: String, in range: ClosedRange<Double>) -> Double? { state.number(name, fields, in: range, t) }
        func year(_ name: String) -> Int? {
            guard let text = text(name) else { return nil }
            guard let year = Int(text), (1990...2100).contains(year) else {
                state.fail(name, t(CityEditText.year))
                return nil
            }
            return year
        }
        func date(_ name: String) -> CalendarDate? {
            guard let text = text(name) else { return nil }
            guard let date = CalendarDate(iso: text) else {
                state.fail(name, t(CityEditText.isoDate))
                return nil
            }
            return date
        }

        let code = text("code") ?? ""
        if code.isEmpty {
            state.fail("code", t(CoreText.required))
        } else if code.count > 16 || !code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
            state.fail("code", t(ActionsText.codeFormat))
        }
        let name = text("name") ?? ""
        if name.isEmpty { state.fail("name", t(CoreText.required)) }
        let field = text("field").flatMap(FieldOfAction.init(rawValue:))
        if field == nil { state.fail("field", t(CoreText.choose)) }
        var lever: SystemicLever? = nil
        if let text = text("lever") {
            lever = SystemicLever(rawValue: text)
            if lever == nil { state.fail("lever", t(CoreText.choose)) }
        }
        let purpose = text("purpose").flatMap(ActionPurpose.init(rawValue:))
        if purpose == nil { state.fail("purpose", t(CoreText.choose)) }
        let status = text("status").flatMap(ActionStatus.init(rawValue:))
        if status == nil { state.fail("status", t(CoreText.choose)) }
        let progress = Int(text("progress") ?? "0")
        if progress == nil || !(0...100).contains(progress!) { state.fail("progress", t(ActionsText.progressRange)) }
        let start = date("start_date")
        let end = date("end_date")
        if let start, let end, end < start { state.fail("end_date", t(ActionsText.endBeforeStart)) }
        let capex = number("capex_eur", in: Self.money)
        let opex = number("opex_eur", in: Self.money)

        var effect: ActionEffect? = nil
        if let kindText = text("effect_kind") {
            if let kind = ActionKind(rawValue: kindText) {
                // Fractions and shares are typed in percent; removals in tCO2e a year.
                let percent = kind != .removal
                func value(_ name: String) -> Double? {
                    guard percent else { return number(name, in: Self.removal) }
                    // A number that came as a number is already a fraction.
                    if numbers[name] != nil { return number(name, in: 0...1) }
                    return state.number(name, fields, in: 0...100, t, message: t(ActionsText.percentRange)).map { $0 / 100 }
                }
                let mode = value("effect_mode")
                if mode == nil, state.errors["effect_mode"] == nil { state.fail("effect_mode", t(CoreText.required)) }
                let ratio = number("effect_ratio", in: Self.ratio)
                if let mode {
                    effect = ActionEffect(
                        kind: kind, gpc: text("effect_gpc"), carrier: text("effect_carrier"), to: text("effect_to"),
                        toGPC: text("effect_to_gpc"), min: value("effect_min") ?? mode, mode: mode, max: value("effect_max") ?? mode,
                        ratio: ratio, start: year("effect_start"), full: year("effect_full"))
                }
            } else {
                state.fail("effect_kind", t(CoreText.choose))
            }
        }
        guard state.isValid, let field, let purpose, let status, let progress else { return state }
        action.code = code
        action.name = name
        action.description = text("description") ?? ""
        action.field = field
        action.lever = lever
        action.purpose = purpose
        action.responsible = text("responsible")
        action.stakeholders = text("stakeholders")
        action.status = status
        action.progress = progress
        action.startDateText = start?.iso
        action.endDateText = end?.iso
        action.capexEUR = capex
        action.opexEUR = opex
        action.funding = text("funding")
        action.coBenefits = text("co_benefits")
        action.effect = effect
        return state
    }

    /// The model's problems with `action` among the city's other actions,
    /// each put on the form field it is about.
    static func checkWithModel(_ action: CityAction, inputs: Pathway.Inputs, state: inout FormState, _ t: Localizer) {
        guard action.effect != nil else { return }
        let others = inputs.actions.filter { $0.id == nil || $0.id != action.id }
        let actions = others + [action]
        let modelled = Pathway.modelled(actions)
        guard let index = modelled.firstIndex(where: { $0 === action }) else { return }
        guard case .failure(let problems) = Pathway.scenario(Pathway.scenarioJSON(inputs, actions: actions)) else { return }
        let prefix = "actions[\(index)]"
        for problem in problems.problems {
            guard case .path(let path) = problem.location else { continue }
            let mentions: Bool =
                if case .sharesOverOne(let ids, _, _, _) = problem.reason { ids.contains(action.code) } else { path.hasPrefix(prefix) }
            guard mentions else { continue }
            let rest = path.hasPrefix(prefix + ".") ? String(path.dropFirst(prefix.count + 1)) : ""
            // Shares are checked at their most.
            let name = if case .sharesOverOne = problem.reason { "effect_max" } else { field(for: rest) }
            state.fail(name, t(ActionsText.modelProblem, ["problem": t.reason(problem.reason)]))
        }
    }

    /// The form field of a path inside one action of a scenario file.
    static func field(for path: String) -> String {
        let head = path.split(separator: ".").first.map(String.init) ?? ""
        switch head {
        case "id": return "code"
        case "kind": return "effect_kind"
        case "target": return path.hasSuffix("carrier") ? "effect_carrier" : "effect_gpc"
        case "carrier", "from": return "effect_carrier"
        case "to": return "effect_to"
        case "to_gpc": return "effect_to_gpc"
        case "ratio": return "effect_ratio"
        case "start": return "effect_start"
        case "full": return "effect_full"
        case "fraction", "share", "tco2e":
            if path.hasSuffix(".min") { return "effect_min" }
            if path.hasSuffix(".max") { return "effect_max" }
            return "effect_mode"
        default: return "effect_kind"
        }
    }
}
