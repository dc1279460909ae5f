import Kernel

/// How the city's history shows its growth rates.
enum GrowthHistory {
    static let rate = AuditShape(
        GrowthRate.auditType, name: { $0(GrowthText.recordRate) }, gender: .feminine,
        fields: [
            ("gpc", .gpc { $0(GrowthText.gpc) }),
            ("rate_mode", .percent { $0(GrowthText.rate) }), ("rate_min", .percent { $0(GrowthText.rateMin) }),
            ("rate_max", .percent { $0(GrowthText.rateMax) }), ("source", .text { $0(GrowthText.source) }),
            ("note", .text { $0(GrowthText.note) }),
        ])
}
