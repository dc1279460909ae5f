import ClimateModel
import Foundation
import Kernel

/// A scenario's form: its name, description and visibility, and for each of
/// the plan's actions with an effect whether it stays, its years and its
/// effect; for each growth prefix its rate. The form shows the scenario's
/// values (the plan's where it changes nothing); what is kept is only what
/// differs from the plan.
enum ScenarioInput {
    static func on(_ id: UUID) -> String { "on_\(id.uuidString)" }
    static func start(_ id: UUID) -> String { "start_\(id.uuidString)" }
    static func full(_ id: UUID) -> String { "full_\(id.uuidString)" }
    static func min(_ id: UUID) -> String { "min_\(id.uuidString)" }
    static func mode(_ id: UUID) -> String { "mode_\(id.uuidString)" }
    static func max(_ id: UUID) -> String { "max_\(id.uuidString)" }
    static func rate(_ gpc: String) -> String { "growth_\(gpc)" }
    static func rateMin(_ gpc: String) -> String { "growth_\(gpc)_min" }
    static func rateMax(_ gpc: String) -> String { "growth_\(gpc)_max" }
    static let newGPC = "growth_new_gpc"
    static let newRate = "growth_new"
    /// The actions whose boxes the form showed (an unticked box sends nothing;
    /// an action added to the plan since the form was drawn is not judged).
    static let shown = "actions_shown"

    /// Whether a value is typed in percent (fractions and shares) or in tCO2e a year (removals).
    static func percent(_ effect: ActionEffect) -> Bool { effect.kind != .removal }

    /// The prefixes a scenario's growth table shows: the city's and the scenario's own.
    static func prefixes(_ changes: ScenarioChanges, _ inputs: Pathway.Inputs) -> [String] {
        GPCOrder.sorted(Set(inputs.growth.map(\.gpc)).union(changes.growth.keys))
    }

    /// The form's fields for `scenario` over the plan's `inputs`.
    static func values(_ scenario: PlanScenario, _ inputs: Pathway.Inputs, _ language: Language) -> [String: String] {
        var values = [
            "name": scenario.name, "description": scenario.description ?? "",
            shown: Pathway.modelled(inputs.actions).map { $0.id!.uuidString }.joined(separator: ","),
        ]
        if scenario.isPublic { values["public"] = "on" }
        let changes = scenario.changes
        let applied = ScenarioPathway.apply(changes, to: inputs)
        let effects = Dictionary(applied.actions.compactMap { a in a.effect.map { (a.id!, $0) } }, uniquingKeysWith: { a, _ in a })
        func number(_ value: Double?, _ percent: Bool) -> String {
            NumberInput.text(value.map { percent ? ($0 * 100 * 1e9).rounded() / 1e9 : $0 }, language)
        }
        for action in Pathway.modelled(inputs.actions) {
            let id = action.id!
            let off = changes.actions[id.uuidString]?.off == true
            if !off { values[on(id)] = "on" }
            let effect = effects[id] ?? action.effect!
            values[start(id)] = effect.start.map(String.init) ?? ""
            values[full(id)] = effect.full.map(String.init) ?? ""
            values[min(id)] = number(effect.min, percent(effect))
            values[mode(id)] = number(effect.mode, percent(effect))
            values[max(id)] = number(effect.max, percent(effect))
        }
        let rates = Dictionary(applied.growth.map { ($0.gpc, $0) }, uniquingKeysWith: { _, b in b })
        for gpc in prefixes(changes, inputs) {
            guard let rate = rates[gpc] else { continue }
            values[Self.rate(gpc)] = number(rate.rateMode, true)
            if rate.isRange {
                values[rateMin(gpc)] = number(rate.rateMin ?? rate.rateMode, true)
                values[rateMax(gpc)] = number(rate.rateMax ?? rate.rateMode, true)
            }
        }
        return values
    }

    /// Reads the form into `scenario` (name, visibility, changes) when it is valid.
    static func read(_ values: [String: String], inputs: Pathway.Inputs, into scenario: PlanScenario, _ t: Localizer) -> FormState {
        var form = FormReader(FormFields(values), t)
        let name = form.text("name", max: 200, required: true)
        let description = form.text("description", max: 2000)
        var changes = scenario.changes
        if let listed = values[shown] {
            let judged = Set(listed.split(separator: ",").map(String.init))
            let before = changes
            changes = ScenarioChanges()
            for action in Pathway.modelled(inputs.actions) {
                let id = action.id!
                // An action the form did not show keeps what the scenario said of it.
                guard judged.contains(id.uuidString) else {
                    if let kept = before.actions[id.uuidString] { changes.actions[id.uuidString] = kept }
                    continue
                }
                let plan = action.effect!
                let isPercent = percent(plan)
                func problem(_ field: String, _ text: String) {
                    form.fail(field, t(ScenariosText.rowProblem, ["code": action.code, "problem": text]))
                }
                var change = ScenarioChanges.ActionChange(code: action.code)
                if values[on(id)] != "on" { change.off = true }
                let startYear = form.year(
                    start(id), message: t(ScenariosText.rowProblem, ["code": action.code, "problem": t(CoreText.year)]))
                let fullYear = form.year(
                    full(id), message: t(ScenariosText.rowProblem, ["code": action.code, "problem": t(CoreText.year)]))
                if let startYear, let fullYear, startYear > fullYear { problem(full(id), t(ScenariosText.years)) }
                if startYear != plan.start { change.start = startYear }
                if fullYear != plan.full { change.full = fullYear }
                func value(_ field: String) -> Double? {
                    let range: ClosedRange<Double> = isPercent ? 0...100 : 0...1e8
                    let message = isPercent ? t(ScenariosText.percentRange) : t.numberBetween(range)
                    return form.decimal(field, in: range, message: t(ScenariosText.rowProblem, ["code": action.code, "problem": message]))
                        .map { isPercent ? NumberInput.fraction(percent: $0) : $0 }
                }
                let mode = value(mode(id)) ?? plan.mode
                let low = value(min(id)) ?? mode
                let high = value(max(id)) ?? mode
                if !(low <= mode && mode <= high) { problem(max(id), t(ScenariosText.order)) }
                if !NumberInput.same(mode, plan.mode) || !NumberInput.same(low, plan.min) || !NumberInput.same(high, plan.max) {
                    change.min = low
                    change.mode = mode
                    change.max = high
                    change.kind = plan.kind.rawValue
                }
                if !change.isEmpty { changes.actions[id.uuidString] = change }
            }
            let city = Dictionary(inputs.growth.map { ($0.gpc, $0) }, uniquingKeysWith: { a, _ in a })
            func fraction(_ field: String, _ gpc: String) -> Double? {
                form.decimal(
                    field, in: -50...50,
                    message: t(ScenariosText.rowProblem, ["code": t.gpc(gpc), "problem": t(ScenariosText.growthRange)])
                ).map(NumberInput.fraction(percent:))
            }
            func rate(_ gpc: String, mode: Double, minField: String?, maxField: String?) {
                let low = minField.flatMap { fraction($0, gpc) }
                let high = maxField.flatMap { fraction($0, gpc) }
                if let low, let high, !(low <= mode && mode <= high), let maxField {
                    form.fail(maxField, t(ScenariosText.rowProblem, ["code": t.gpc(gpc), "problem": t(ScenariosText.order)]))
                }
                let own = ScenarioChanges.Rate(
                    min: low != nil && high != nil ? low : nil, mode: mode, max: low != nil && high != nil ? high : nil)
                if let existing = city[gpc], NumberInput.same(existing.rateMode, own.mode), NumberInput.same(existing.rateMin, own.min),
                    NumberInput.same(existing.rateMax, own.max)
                {
                    return
                }
                changes.growth[gpc] = own
            }
            for gpc in prefixes(scenario.changes, inputs) {
                guard let mode = fraction(Self.rate(gpc), gpc) else { continue }
                rate(gpc, mode: mode, minField: rateMin(gpc), maxField: rateMax(gpc))
            }
            if let gpc = form.raw(newGPC) {
                if !t.gpcOptions(prefixes: true).contains(where: { $0.value == gpc }) {
                    form.fail(newGPC, t(CoreText.choose))
                } else if let mode = fraction(newRate, gpc) {
                    rate(gpc, mode: mode, minField: nil, maxField: nil)
                } else if !form.failed(newRate) {
                    form.fail(newRate, t(CoreText.required))
                }
            }
        }
        guard form.isValid, let name else { return form.state }
        scenario.name = name
        scenario.description = description
        scenario.isPublic = values["public"] == "on"
        scenario.changes = changes
        return form.state
    }

    /// The model's problems with the scenario, each on the field of the row it is about.
    static func check(_ scenario: PlanScenario, inputs: Pathway.Inputs, state: inout FormState, _ t: Localizer) {
        guard inputs.inventory != nil else { return }
        let applied = ScenarioPathway.apply(scenario.changes, to: inputs)
        guard case .failure(let problems) = Pathway.scenario(Pathway.scenarioJSON(applied)) else { return }
        // What the plan itself gets wrong is the plan's to mend, not the scenario's.
        var planProblems: [String] = []
        if case .failure(let own) = Pathway.scenario(Pathway.scenarioJSON(inputs)) { planProblems = own.problems.map { t.problem($0) } }
        let modelled = Pathway.modelled(applied.actions)
        for problem in problems.problems where !planProblems.contains(t.problem(problem)) {
            guard case .path(let path) = problem.location else { continue }
            let message = t(ScenariosText.modelProblem, ["problem": t.reason(problem.reason)])
            if path.hasPrefix("growth.") {
                let gpc = String(path.dropFirst("growth.".count)).replacingOccurrences(
                    of: #"\.(min|mode|max)$"#, with: "", options: .regularExpression)
                state.fail(rate(gpc), t(ScenariosText.rowProblem, ["code": t.gpc(gpc), "problem": message]))
            } else if path.hasPrefix("actions["), let close = path.firstIndex(of: "]"),
                let index = Int(path[path.index(path.startIndex, offsetBy: 8)..<close]), modelled.indices.contains(index)
            {
                let action = modelled[index]
                let field = path.contains(".start") ? start(action.id!) : path.contains(".full") ? full(action.id!) : mode(action.id!)
                state.fail(field, t(ScenariosText.rowProblem, ["code": action.code, "problem": message]))
            } else {
                state.fail("name", message)
            }
        }
    }
}
