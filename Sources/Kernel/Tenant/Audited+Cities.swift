import Fluent
import Foundation

extension City: Versioned {
    package static var auditType: String { "city" }
    package var auditCityID: UUID? { id }
    package var auditFields: [String: String?] {
        [
            "name": name, "official_name": officialName, "name_genitive": nameGenitive, "name_locative": nameLocative,
            "population": String(population),
            "area_km2": areaKm2.map { String($0) }, "membership_status": membershipStatus.rawValue,
            "member_since": memberSinceText, "mission_status": missionStatus.rawValue,
            "mission_label_date": missionLabelDateText, "baseline_year": baselineYear.map(String.init),
            "target_year": targetYear.map(String.init), "target_reduction": targetReduction.map { String($0) },
            "website": website, "data_note": dataNote,
        ]
    }
}

extension CityContact: Audited {
    package static var auditType: String { "city_contact" }
    package var auditCityID: UUID? { $city.id }
    package var auditFields: [String: String?] {
        ["name": name, "role": role, "email": email, "phone": phone, "position": String(position)]
    }
}
