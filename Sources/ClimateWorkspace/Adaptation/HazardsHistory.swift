import Fluent
import Foundation
import Kernel

/// How the city's history shows hazards and their links to actions.
enum HazardsHistory {
    static let hazard = AuditShape(
        Hazard.auditType, name: { $0(HazardsText.recordHazard) }, gender: .neuter,
        fields: [
            ("kind", .choice({ $0(HazardsText.kind) }, HazardKind.self) { $1($0.text) }),
            ("description", .text { $0(HazardsText.description) }),
            ("probability", .choice({ $0(HazardsText.probability) }, HazardLevel.self) { $1($0.text) }),
            ("impact", .choice({ $0(HazardsText.impact) }, HazardLevel.self) { $1($0.text) }),
            ("trend", .choice({ $0(HazardsText.trend) }, HazardTrend.self) { $1($0.text) }),
            ("sectors", .text { $0(HazardsText.sectors) }), ("vulnerable_groups", .text { $0(HazardsText.vulnerable) }),
        ],
        names: { ids, database, t in
            let hazards = try await Hazard.query(on: database).withDeleted().filter(\.$id ~~ ids).all()
            return Dictionary(hazards.map { ($0.id!, t($0.kind.text) + ": " + $0.description) }, uniquingKeysWith: { a, _ in a })
        })

    static let link = AuditShape(
        ActionHazard.auditType, name: { $0(HazardsText.recordLink) }, gender: .feminine,
        fields: [
            ("action_id", .record({ $0(HazardsText.linkAction) }, CityAction.auditType)),
            ("hazard_id", .record({ $0(HazardsText.linkHazard) }, Hazard.auditType)),
        ])
}
