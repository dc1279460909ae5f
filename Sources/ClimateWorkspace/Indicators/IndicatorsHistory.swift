import Fluent
import Kernel

/// How the city's history shows indicators and their values.
enum IndicatorsHistory {
    static let indicator = AuditShape(
        Indicator.auditType, name: { $0(IndicatorsText.recordIndicator) },
        fields: [
            ("name", .text { $0(IndicatorsText.name) }), ("unit", .text { $0(IndicatorsText.unit) }),
            ("field", .choice({ $0(IndicatorsText.field) }, FieldOfAction.self) { $1($0.text) }),
            (
                "direction",
                .choice({ $0(IndicatorsText.direction) }, IndicatorDirection.self) {
                    $1($0 == .up ? IndicatorsText.directionUp : IndicatorsText.directionDown)
                }
            ),
            ("baseline_year", .text { $0(IndicatorsText.baselineYear) }), ("baseline_value", .number { $0(IndicatorsText.baselineValue) }),
            ("target_year", .text { $0(IndicatorsText.targetYear) }), ("target_value", .number { $0(IndicatorsText.targetValue) }),
            ("source", .text { $0(IndicatorsText.source) }),
            ("frequency", .choice({ $0(IndicatorsText.frequency) }, IndicatorFrequency.self) { $1($0.text) }),
        ],
        names: { ids, database, _ in
            let indicators = try await Indicator.query(on: database).withDeleted().filter(\.$id ~~ ids).all()
            return Dictionary(indicators.map { ($0.id!, $0.name) }, uniquingKeysWith: { a, _ in a })
        })

    static let link = AuditShape(
        ActionIndicator.auditType, name: { $0(IndicatorsText.recordLink) }, gender: .feminine,
        fields: [
            ("indicator_id", .record({ $0(IndicatorsText.recordIndicator) }, Indicator.auditType)),
            ("action_id", .record({ $0(IndicatorsText.linkAction) }, CityAction.auditType)),
        ])

    static let value = AuditShape(
        IndicatorValue.auditType, name: { $0(IndicatorsText.recordValue) }, gender: .feminine,
        fields: [
            ("date", .date { $0(IndicatorsText.date) }), ("value", .number { $0(IndicatorsText.value) }),
            ("origin", .choice({ $0(IndicatorsText.origin) }, ValueOrigin.self) { $1($0.text) }),
            ("note", .text { $0(IndicatorsText.note) }),
        ])
}
