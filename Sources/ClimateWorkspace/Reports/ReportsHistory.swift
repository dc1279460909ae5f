import Kernel

/// How the city's history shows submitted reports.
enum ReportsHistory {
    static let snapshot = AuditShape(
        ReportSnapshot.auditType, name: { $0(ReportsText.recordSnapshot) }, gender: .neuter,
        fields: [
            ("kind", .choice({ $0(ReportsText.kind) }, ReportKind.self) { $1($0.text) }),
            ("inventory_year", .text { $0(ReportsText.inventoryYear) }), ("submitted_by", .text { $0(ReportsText.submittedBy) }),
        ])
}
