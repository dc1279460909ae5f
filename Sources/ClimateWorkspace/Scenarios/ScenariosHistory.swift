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

    /// The kept changes in words: "B1 izpuščen; M2 2025–2032; rast II 1 %".
    static func summary(_ json: String, _ t: Localizer) -> String {
        guard let changes = try? JSONDecoder().decode(ScenarioChanges.self, from: Data(json.utf8)) else { return json }
        var parts: [String] = []
        for change in changes.actions.values.sorted(by: { $0.code < $1.code }) {
            let names = ["code": change.code, "name": ""]
            if change.off == true {
                parts.append(t(ScenariosText.changeOff, names))
                continue
            }
            if change.start != nil || change.full != nil {
                parts.append(
                    t(
                        ScenariosText.changeYears,
                        names.merging(["start": change.start.map(String.init) ?? "–", "full": change.full.map(String.init) ?? "–"]) { $1 }))
            }
            if let mode = change.mode {
                parts.append(
                    t(
                        ScenariosText.changeEffect,
                        names.merging(
                            [
                                "min": NumberInput.text(change.min ?? mode, t.language), "mode": NumberInput.text(mode, t.language),
                                "max": NumberInput.text(change.max ?? mode, t.language),
                            ]) { $1 }))
            }
        }
        for (gpc, rate) in changes.growth.sorted(by: { $0.key < $1.key }) {
            parts.append(t(ScenariosText.changeGrowth, ["gpc": gpc, "rate": t.percent(exactly: rate.mode)]))
        }
        return parts.isEmpty ? "–" : parts.map { $0.replacingOccurrences(of: " :", with: ":") }.joined(separator: "; ")
    }
}
