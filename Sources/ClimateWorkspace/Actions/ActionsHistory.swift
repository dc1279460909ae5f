import ClimateModel
import Fluent
import Foundation
import Kernel

/// How the city's history shows actions and their progress notes.
enum ActionsHistory {
    static let action = AuditShape(
        CityAction.auditType, name: { $0(ActionsText.recordAction) },
        fields: [
            ("code", .text { $0(ActionsText.code) }), ("name", .text { $0(ActionsText.name) }),
            ("description", .text { $0(ActionsText.description) }),
            ("field", .choice({ $0(ActionsText.field) }, FieldOfAction.self) { $1($0.text) }),
            ("lever", .choice({ $0(ActionsText.lever) }, SystemicLever.self) { $1($0.text) }),
            ("purpose", .choice({ $0(ActionsText.purpose) }, ActionPurpose.self) { $1($0.text) }),
            ("responsible", .text { $0(ActionsText.responsible) }), ("stakeholders", .text { $0(ActionsText.stakeholders) }),
            ("status", .choice({ $0(ActionsText.status) }, ActionStatus.self) { $1($0.text) }),
            ("progress", AuditField({ $0(ActionsText.progress) }) { text, _, t in Double(text).map { t.percent($0 / 100) } ?? text }),
            ("start_date", .date { $0(ActionsText.startDate) }), ("end_date", .date { $0(ActionsText.endDate) }),
            ("capex_eur", .money { $0(ActionsText.capex) }), ("opex_eur", .money { $0(ActionsText.opex) }),
            ("funding", .text { $0(ActionsText.funding) }), ("co_benefits", .text { $0(ActionsText.coBenefits) }),
            ("effect_kind", .choice({ $0(ActionsText.effectKind) }, ActionKind.self) { $1($0.text) }),
            ("effect_gpc", .gpc { $0(ActionsText.effectGPC) }),
            ("effect_carrier", AuditField({ $0(ActionsText.effectCarrier) }) { text, _, t in t.carrier(text) }),
            ("effect_to", AuditField({ $0(ActionsText.effectTo) }) { text, _, t in t.carrier(text) }),
            ("effect_to_gpc", .gpc { $0(ActionsText.effectToGPC) }),
            // Shares are kept as fractions, a removal in tonnes.
            ("effect_min", effectValue { $0(ActionsText.effectMin) }), ("effect_mode", effectValue { $0(ActionsText.effectMode) }),
            ("effect_max", effectValue { $0(ActionsText.effectMax) }), ("effect_ratio", .number { $0(ActionsText.effectRatio) }),
            ("effect_start", .text { $0(ActionsText.effectStart) }), ("effect_full", .text { $0(ActionsText.effectFull) }),
        ],
        names: { ids, database, t in
            let actions = try await CityAction.query(on: database).withDeleted().filter(\.$id ~~ ids).all()
            return Dictionary(actions.map { ($0.id!, "\($0.code) · \($0.name)") }, uniquingKeysWith: { a, _ in a })
        })

    /// An effect's value: a share in percent, or tonnes of a removal.
    static func effectValue(_ label: @escaping @Sendable (Localizer) -> String) -> AuditField {
        AuditField(label) { text, context, t in
            guard let value = Double(text) else { return text }
            return context.record["effect_kind"] == ActionKind.removal.rawValue
                ? t.tonnesCO2e(value) : t.percent(exactly: value)
        }
    }

    static let update = AuditShape(
        ActionUpdate.auditType, name: { $0(ActionsText.recordUpdate) },
        fields: [
            ("date", .date { $0(ActionsText.updateDate) }),
            ("status", .choice({ $0(ActionsText.status) }, ActionStatus.self) { $1($0.text) }),
            ("progress", AuditField({ $0(ActionsText.progress) }) { text, _, t in Double(text).map { t.percent($0 / 100) } ?? text }),
            ("note", .text { $0(ActionsText.updateNote) }),
        ])
}
