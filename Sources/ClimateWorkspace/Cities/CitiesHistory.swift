import Fluent
import Kernel

/// How the city's history shows its profile, its contacts and requests to join.
enum CitiesHistory {
    static let city = AuditShape(
        City.auditType, name: { $0(CityEditText.recordCity) },
        fields: [
            ("name", .text { $0(CityEditText.name) }), ("official_name", .text { $0(CityEditText.officialName) }),
            ("name_genitive", .text { $0(CityEditText.nameGenitive) }), ("name_locative", .text { $0(CityEditText.nameLocative) }),
            ("population", .number { $0(CityEditText.population) }), ("area_km2", .number { $0(CityEditText.area) }),
            ("membership_status", .choice({ $0(CityEditText.membershipStatus) }, MembershipStatus.self) { $1($0.text) }),
            ("member_since", .date { $0(CityEditText.memberSince) }),
            ("mission_status", .choice({ $0(CityEditText.missionStatus) }, MissionStatus.self) { $1($0.text) }),
            ("mission_label_date", .date { $0(CityEditText.missionLabelDate) }),
            ("baseline_year", .text { $0(CityEditText.baselineYear) }), ("target_year", .text { $0(CityEditText.targetYear) }),
            ("target_reduction", .percent { $0(CityEditText.targetReduction) }), ("website", .text { $0(CityEditText.website) }),
            ("data_note", .text { $0(CityEditText.dataNote) }),
        ],
        names: { ids, database, _ in
            let cities = try await City.query(on: database).filter(\.$id ~~ ids).all()
            return Dictionary(cities.map { ($0.id!, $0.name) }, uniquingKeysWith: { a, _ in a })
        })

    static let contact = AuditShape(
        CityContact.auditType, name: { $0(CityEditText.recordContact) },
        fields: [
            ("name", .text { $0(CityEditText.contactName) }), ("role", .text { $0(CityEditText.contactRole) }),
            ("email", .text { $0(CityEditText.contactEmail) }), ("phone", .text { $0(CityEditText.contactPhone) }),
        ],
        // The order of the contacts.
        hidden: ["position"])

    static let request = AuditShape(
        JoinRequest.auditType, name: { $0(JoinText.recordRequest) }, gender: .feminine,
        fields: [
            ("requested_by", .record({ $0(JoinText.requester) }, User.auditType)),
            ("position", .text { $0(JoinText.requesterPosition) }),
            ("message", .text { $0(JoinText.message) }),
            ("status", .choice({ $0(JoinText.status) }, JoinRequest.Status.self) { $1($0.text) }),
            ("decided_by", .record({ $0(JoinText.decidedBy) }, User.auditType)),
            ("decision_note", .text { $0(JoinText.declineReason) }),
        ])
}
