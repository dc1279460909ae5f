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

    /// Whether this is the page's form, which hides the fields of the kinds
    /// of effect not chosen: what they still hold is not read. The API and
    /// files say what they mean, so there another kind's field is an error.
    var fromPage = false

    init(values: [String: String], numbers: [String: Double] = [:], fromPage: Bool = false) {
        self.values = values.filter { Self.fields.contains($0.key) }
        self.numbers = numbers.filter { Self.fields.contains($0.key) }
        self.fromPage = fromPage
    }

    /// The longest texts (openapi.yaml's `maxLength`), a progress update's note too.
    enum Longest {
        static let name = 300, description = 10_000, responsible = 300, stakeholders = 1000, funding = 1000, coBenefits = 2000
        static let gpc = 20, carrier = 40, note = 5000
    }
    /// The sane ranges of the numbers (the form's units; effects in percent
    /// are 0…100): money up to 100 billion euros, a removal up to 100 million
    /// tCO2e a year, a switch's ratio up to 10 MWh for one.
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

    /// The effect's fields that each kind of effect has (MODEL.md §3); the
    /// form shows only those of the chosen kind, and reads only those.
    static func effectFields(_ kind: ActionKind) -> [String] {
        let values = ["effect_min", "effect_mode", "effect_max", "effect_start", "effect_full"]
        return switch kind {
        case .reduceActivity: ["effect_gpc", "effect_carrier"] + values
        case .reduceDirect: ["effect_gpc"] + values
        case .reduceFactor: ["effect_carrier"] + values
        case .switchCarrier: ["effect_gpc", "effect_carrier", "effect_to", "effect_to_gpc", "effect_ratio"] + values
        case .removal: values
        }
    }

    /// A new action's form: planned, mitigation, no progress.
    static let blank = ActionInput(values: ["status": ActionStatus.planned.rawValue, "purpose": "mitigation", "progress": "0"])

    /// Checks every field and applies the form to `action` (a new one or a
    /// copy); the state lists every problem.
    func read(into action: CityAction, _ t: Localizer) -> FormState {
        var form = FormReader(FormFields(values, numbers: numbers), t)
        // The code's own rule says how long it may be.
        let code = form.text("code", max: .max, required: true) ?? ""
        if !code.isEmpty, code.count > 16 || !code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) {
            form.fail("code", t(ActionsText.codeFormat))
        }
        let name = form.text("name", max: Longest.name, required: true)
        let description = form.text("description", max: Longest.description)
        let field = form.choice("field", FieldOfAction.self)
        let lever = form.choice("lever", SystemicLever.self, required: false)
        let purpose = form.choice("purpose", ActionPurpose.self)
        let responsible = form.text("responsible", max: Longest.responsible)
        let stakeholders = form.text("stakeholders", max: Longest.stakeholders)
        let status = form.choice("status", ActionStatus.self)
        let progress = form.integer("progress", in: 0...100, message: t(ActionsText.progressRange)) ?? 0
        let start = form.date("start_date")
        let end = form.date("end_date")
        if let start, let end, end < start { form.fail("end_date", t(ActionsText.endBeforeStart)) }
        let capex = form.money("capex_eur", max: Self.money.upperBound)
        let opex = form.money("opex_eur", max: Self.money.upperBound)
        let funding = form.text("funding", max: Longest.funding)
        let coBenefits = form.text("co_benefits", max: Longest.coBenefits)

        var effect: ActionEffect? = nil
        if let kind = form.choice("effect_kind", ActionKind.self, required: false) {
            // What another kind's fields still hold (hidden on the page's form) is not this effect's.
            if fromPage {
                let own = Set(Self.effectFields(kind))
                for name in Self.fields where name.hasPrefix("effect_") && name != "effect_kind" && !own.contains(name) {
                    form.ignore(name)
                }
            }
            // Fractions and shares are typed in percent; removals in tCO2e a year.
            let percent = kind != .removal
            func value(_ name: String) -> Double? {
                guard percent else { return form.decimal(name, in: Self.removal) }
                // A number that came as a number is already a fraction.
                if numbers[name] != nil { return form.decimal(name, in: 0...1) }
                return form.decimal(name, in: 0...100, message: t(ActionsText.percentRange)).map { $0 / 100 }
            }
            let gpc = form.text("effect_gpc", max: Longest.gpc)
            let carrier = form.text("effect_carrier", max: Longest.carrier)
            let to = form.text("effect_to", max: Longest.carrier)
            let toGPC = form.text("effect_to_gpc", max: Longest.gpc)
            let mode = value("effect_mode")
            if mode == nil, !form.failed("effect_mode") { form.fail("effect_mode", t(CoreText.required)) }
            let low = value("effect_min")
            let high = value("effect_max")
            let ratio = form.decimal("effect_ratio", in: Self.ratio)
            let start = form.year("effect_start")
            let full = form.year("effect_full")
            if let mode {
                effect = ActionEffect(
                    kind: kind, gpc: gpc, carrier: carrier, to: to, toGPC: toGPC, min: low ?? mode, mode: mode, max: high ?? mode,
                    ratio: ratio, start: start, full: full)
            }
        }
        let state = form.state
        guard state.isValid, let name, let field, let purpose, let status else { return state }
        action.code = code
        action.name = name
        action.description = description ?? ""
        action.field = field
        action.lever = lever
        action.purpose = purpose
        action.responsible = responsible
        action.stakeholders = stakeholders
        action.status = status
        action.progress = progress
        action.startDateText = start?.iso
        action.endDateText = end?.iso
        action.capexEUR = capex
        action.opexEUR = opex
        action.funding = funding
        action.coBenefits = coBenefits
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
            state.fail(name, plain(problem.reason, action.effect?.kind, field: name, t))
        }
    }

    /// The model's objection in the form's words: its fields' labels, shares
    /// in percent, references and carriers by name.
    static func plain(_ reason: InputReason, _ kind: ActionKind?, field: String, _ t: Localizer) -> String {
        func share(_ number: Double) -> String { t.percent(exactly: number) }
        func value(_ number: Double) -> String { kind == .removal ? t.tonnesCO2e(number) : share(number) }
        switch reason {
        case .distributionOrder(let min, let mode, let max):
            return t(ActionsText.effectOrder, ["min": value(min), "mode": value(mode), "max": value(max)])
        case .fractionOutOfRange: return t(ActionsText.percentRange)
        case .startAfterFull(let start, let full): return t(ActionsText.effectYears, ["start": String(start), "full": String(full)])
        case .yearOutside(let year, let first, let last):
            return t(ActionsText.effectYearOutside, ["year": String(year), "first": String(first), "last": String(last)])
        case .reduceFactorNeedsCarrier, .carrierRequired:
            return switch (kind, field) {
            case (.switchCarrier, "effect_to"): t(ActionsText.effectNeedsTo)
            case (.switchCarrier, _): t(ActionsText.effectNeedsFrom)
            default: t(ActionsText.effectNeedsCarrier)
            }
        case .required: return t(CoreText.required)
        case .sharesOverOne(let ids, let gpc, let carrier, let total):
            return t(
                ActionsText.effectShares,
                ["codes": t.list(ids), "total": t.percent(total), "carrier": t.carrier(carrier), "gpc": t.gpc(gpc)])
        case .notGPCPrefix(let text), .unknownGPC(let text): return t(ActionsText.effectUnknownGPC, ["gpc": text])
        case .unknownCarrier(let text): return t(ActionsText.effectUnknownCarrier, ["carrier": text])
        case .negativeRatio, .negativeRemoval: return t(ActionsText.effectNegative)
        default: return t(ActionsText.modelProblem, ["problem": t.reason(reason)])
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
