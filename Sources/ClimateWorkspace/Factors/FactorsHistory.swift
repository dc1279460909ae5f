import Kernel

/// How the city's history shows the emission factors it enters.
enum FactorsHistory {
    static let factor = AuditShape(
        EmissionFactor.auditType, name: { $0(FactorsText.recordFactor) },
        fields: [
            ("carrier", AuditField({ $0(FactorsText.carrier) }) { text, _, t in t.carrier(text) }),
            ("year_from", .text { $0(FactorsText.yearFrom) }), ("year_to", .text { $0(FactorsText.yearTo) }),
            ("value", .number { $0(FactorsText.value) }), ("source", .text { $0(FactorsText.source) }),
        ])
}
