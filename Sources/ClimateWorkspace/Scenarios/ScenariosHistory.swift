import ClimateModel
import Foundation
import Kernel

/// How the city's history shows its scenarios: the changes by action code
/// and GPC prefix, never as the stored JSON.
enum ScenariosHistory {
    static let scenario = AuditShape(
        PlanScenario.auditType, name: { $0(ScenariosText.recordScenario) },
        fields: [
            ("name", .text { $0(ScenariosText.name) }), ("description", .text { $0(ScenariosText.description) }),
            ("public", .flag { $0(ScenariosText.isPublic) }),
            ("changes", AuditField({ $0(ScenariosText.changesTitle) }) { text, _, t in summary(text, t) }),
        ])

    /// The kept changes in words: "B1: izpuščen; M2: začetek 2025, …".
    static func summary(_ json: String, _ t: Localizer) -> String {
        guard let changes = try? JSONDecoder().decode(ScenarioChanges.self, from: Data(json.utf8)) else { return json }
        let lines = changes.lines(t)
        return lines.isEmpty ? "–" : lines.joined(separator: "; ")
    }
}

extension ScenarioChanges {
    /// What the changes say, a line each, actions by code, then growth. With
    /// `plan` (by action id: the action's name and effect) only the plan's
    /// actions, named, and the years a change leaves as the plan has them;
    /// without (the history), each action by the code it had.
    func lines(_ t: Localizer, plan: [String: (name: String, effect: ActionEffect)]? = nil) -> [String] {
        var items: [String] = []
        for (id, change) in actions.sorted(by: { $0.value.code < $1.value.code }) {
            let own = plan?[id]
            if plan != nil, own == nil { continue }
            // "B1 Name: …", or "B1: …" without a name.
            func line(_ key: ScenariosText, _ values: [String: String]) -> String {
                t(key, values.merging(["code": change.code, "name": own?.name ?? ""]) { $1 }).replacingOccurrences(of: " :", with: ":")
            }
            if change.off == true {
                items.append(line(.changeOff, [:]))
                continue
            }
            if change.start != nil || change.full != nil {
                let start = change.start ?? own?.effect.start
                let full = change.full ?? own?.effect.full ?? start
                items.append(line(.changeYears, ["start": start.map(String.init) ?? "–", "full": full.map(String.init) ?? "–"]))
            }
            if let mode = change.mode {
                let removal = (own?.effect.kind.rawValue ?? change.kind) == ActionKind.removal.rawValue
                func value(_ number: Double) -> String { removal ? t.tonnesCO2e(number) : t.percent(exactly: number) }
                items.append(
                    line(.changeEffect, ["min": value(change.min ?? mode), "mode": value(mode), "max": value(change.max ?? mode)]))
            }
        }
        for (gpc, rate) in growth.sorted(by: { $0.key < $1.key }) {
            items.append(
                t(ScenariosText.changeGrowth, ["gpc": t.gpc(gpc), "rate": t.percent(exactly: rate.mode, min: rate.min, max: rate.max)]))
        }
        return items
    }
}
