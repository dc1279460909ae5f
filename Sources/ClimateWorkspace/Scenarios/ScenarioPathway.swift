import ClimateModel
import Fluent
import Foundation
import Kernel

/// A scenario's pathway: the plan's inputs with the scenario's changes, run
/// by the model as the plan's is (the same draws and seed, so the two
/// differ only by what the scenario changes), kept in memory until the
/// city's data change.
enum ScenarioPathway {
    /// The plan's inputs with `changes`: actions left out, moved or given
    /// another effect (on copies: the adopted actions are never touched),
    /// and the scenario's growth rates in place of the city's for their prefixes.
    static func apply(_ changes: ScenarioChanges, to inputs: Pathway.Inputs) -> Pathway.Inputs {
        var actions: [CityAction] = []
        for action in inputs.actions {
            guard let id = action.id, let change = changes.actions[id.uuidString] else {
                actions.append(action)
                continue
            }
            if change.off == true { continue }
            let copy = copy(of: action)
            if var effect = action.effect {
                effect.start = change.start ?? effect.start
                effect.full = change.full ?? effect.full
                if change.kind == nil || change.kind == effect.kind.rawValue {
                    effect.mode = change.mode ?? effect.mode
                    effect.min = change.min ?? effect.min
                    effect.max = change.max ?? effect.max
                }
                copy.effect = effect
            }
            actions.append(copy)
        }
        var growth = inputs.growth.filter { changes.growth[$0.gpc] == nil }
        for (gpc, rate) in changes.growth.sorted(by: { $0.key < $1.key }) {
            let own = GrowthRate()
            own.$city.id = inputs.city.id ?? UUID()
            own.gpc = gpc
            own.rateMin = rate.min
            own.rateMode = rate.mode
            own.rateMax = rate.max
            own.source = ""
            growth.append(own)
        }
        return Pathway.Inputs(
            city: inputs.city, inventory: inputs.inventory, rows: inputs.rows, actions: actions, factors: inputs.factors, growth: growth)
    }

    /// What the pathway needs of an action, as a new record that is never saved.
    static func copy(of action: CityAction) -> CityAction {
        let copy = CityAction()
        copy.id = action.id
        copy.$city.id = action.$city.id
        copy.code = action.code
        copy.name = action.name
        copy.field = action.field
        copy.status = action.status
        copy.capexCents = action.capexCents
        copy.opexCents = action.opexCents
        copy.effect = action.effect
        return copy
    }

    /// The scenario's pathway, from memory while the city's data are unchanged.
    static func snapshot(_ scenario: PlanScenario, city: City, on database: any Database, memory: WorkspaceMemory?) async throws
        -> Result<PathwaySnapshot, Pathway.Unavailable>
    {
        let (inputs, token) = try await Pathway.keptInputs(city, on: database, memory: memory)
        // The version too: a scenario read before an edit and the token after it must not keep its old pathway.
        let key = "scenario-snapshot:\(try scenario.requireID()):\(scenario.version)"
        if let kept = memory?.value(key, token: token, as: Result<PathwaySnapshot, Pathway.Unavailable>.self) { return kept }
        let result = Pathway.compute(apply(scenario.changes, to: inputs))
        memory?.keep(result, key, token: token)
        return result
    }

    /// The investment of the actions in the pathway, in euros.
    static func capex(_ changes: ScenarioChanges, _ inputs: Pathway.Inputs) -> Double {
        Pathway.modelled(apply(changes, to: inputs).actions).reduce(0) { $0 + ($1.capexEUR ?? 0) }
    }
}
