import Fluent
import Foundation

/// A city's place in the partnership.
package enum MembershipStatus: String, Codable, CaseIterable, Sendable {
    case member
    case applicant
    case notMember = "not_member"
}

/// A city's status in the EU Mission for 100 climate-neutral and smart cities.
package enum MissionStatus: String, Codable, CaseIterable, Sendable {
    case missionCity = "mission_city"
    case applicant
    case none
}

/// A city (urban municipality) and its profile.
package final class City: Model, @unchecked Sendable {
    package static let schema = "cities"

    @ID(key: .id) package var id: UUID?
    /// Goes up with every change (`Versioned`).
    @Field(key: "version") package var version: Int
    /// The city's short name in addresses, such as `kranj`; unique.
    @Field(key: "slug") package var slug: String
    @Field(key: "name") package var name: String
    @Field(key: "official_name") package var officialName: String
    /// The name in the genitive ("Kranja"), for Slovenian sentences.
    @OptionalField(key: "name_genitive") package var nameGenitive: String?
    /// The name in the locative with its preposition ("v Kranju", "na Ptuju").
    @OptionalField(key: "name_locative") package var nameLocative: String?
    @Field(key: "population") package var population: Int
    @OptionalField(key: "area_km2") package var areaKm2: Double?
    @Field(key: "membership_status") package var membershipStatus: MembershipStatus
    /// ISO date (`YYYY-MM-DD`) the city joined the partnership.
    @OptionalField(key: "member_since") package var memberSinceText: String?
    @Field(key: "mission_status") package var missionStatus: MissionStatus
    /// ISO date of the Mission Label, to the day or the month (`2025-05`).
    @OptionalField(key: "mission_label_date") package var missionLabelDateText: String?
    @OptionalField(key: "baseline_year") package var baselineYear: Int?
    @OptionalField(key: "target_year") package var targetYear: Int?
    /// Reduction of gross emissions against the baseline, as a fraction (0.8 = 80 %).
    @OptionalField(key: "target_reduction") package var targetReduction: Double?
    @OptionalField(key: "website") package var website: String?
    @OptionalField(key: "data_note") package var dataNote: String?
    @Children(for: \.$city) package var contacts: [CityContact]
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) package var deletedAt: Date?

    package init() {
        version = 1
    }

    package var memberSince: CalendarDate? { memberSinceText.flatMap(CalendarDate.init(iso:)) }

    /// The city's name as a sentence needs it, in the reader's language:
    /// `city` as it is, `cityOf` after a noun ("Izpusti Kranja", "Emissions
    /// of Kranj"), `cityIn` for where ("v Kranju", "in Kranj"). Without the
    /// forms stored, a Slovenian sentence says "mesta Kranj", "v mestu Kranj".
    package func nameForms(_ language: Language) -> [String: String] {
        switch language {
        case .sl: ["city": name, "cityOf": nameGenitive ?? "mesta \(name)", "cityIn": nameLocative ?? "v mestu \(name)"]
        case .en: ["city": name, "cityOf": name, "cityIn": "in \(name)"]
        }
    }
    package var missionLabelDate: CalendarDate? { missionLabelDateText.flatMap(CalendarDate.init(iso:)) }
}

/// A person or office to contact about a city's climate work.
package final class CityContact: Model, @unchecked Sendable {
    package static let schema = "city_contacts"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "city_id") package var city: City
    @Field(key: "name") package var name: String
    @OptionalField(key: "role") package var role: String?
    @OptionalField(key: "email") package var email: String?
    @OptionalField(key: "phone") package var phone: String?
    /// Order on the city's page.
    @Field(key: "position") package var position: Int
    @Timestamp(key: "deleted_at", on: .delete) package var deletedAt: Date?

    package init() {}

    package init(cityID: UUID, name: String, role: String?, email: String?, phone: String?, position: Int) {
        self.$city.id = cityID
        self.name = name
        self.role = role
        self.email = email
        self.phone = phone
        self.position = position
    }
}

/// The partnership itself: one row, named in both languages.
package final class Partnership: Model, @unchecked Sendable {
    package static let schema = "partnerships"

    @ID(key: .id) package var id: UUID?
    @Field(key: "name_sl") package var nameSl: String
    @Field(key: "name_en") package var nameEn: String
    /// ISO date the founding commitment was signed.
    @Field(key: "signed_on") package var signedOnText: String
    @Field(key: "signed_at") package var signedAt: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    package init() {}

    package func name(in language: Language) -> String {
        language == .sl ? nameSl : nameEn
    }

    package var signedOn: CalendarDate? { CalendarDate(iso: signedOnText) }
}
