import ClimateModel
import Fluent
import Foundation

/// The demo partnership: the founding commitment and the twelve urban
/// municipalities (see `Resources/Demo/README.md` for the sources).
package enum CitiesDemo {
    package struct Summary {
        package let partnership: String
        package let cities: Int
        /// The cities' ids by slug, for the other features' demo data.
        package let ids: [String: UUID]
    }

    package static func load(on database: any Database) async throws -> Summary {
        let partnership = Partnership()
        partnership.nameSl = "Slovensko partnerstvo v Misiji 100 podnebno nevtralnih in pametnih mest"
        partnership.nameEn = "Slovenian partnership in the Mission for 100 climate-neutral and smart cities"
        partnership.signedOnText = "2022-11-09"
        partnership.signedAt = "Cukrarna, Ljubljana"
        try await partnership.create(on: database)

        let cities = try CSVTable(text: AppResources.text("Demo/cities.csv"))
        var idsBySlug: [String: UUID] = [:]
        for row in cities.rows {
            let city = City()
            city.slug = row["slug"]!
            city.name = row["name"]!
            city.officialName = row["official_name"]!
            city.nameGenitive = M0032_AddCityNameForms.urbanMunicipalities[city.slug]?.0
            city.nameLocative = M0032_AddCityNameForms.urbanMunicipalities[city.slug]?.1
            city.population = Int(row["population"]!)!
            city.areaKm2 = row["area_km2"].flatMap(Double.init)
            city.membershipStatus = MembershipStatus(rawValue: row["membership_status"]!)!
            city.memberSinceText = row["member_since"].nonEmpty
            city.missionStatus = MissionStatus(rawValue: row["mission_status"]!)!
            city.missionLabelDateText = row["mission_label_date"].nonEmpty
            city.baselineYear = row["baseline_year"].flatMap { Int($0) }
            city.targetYear = row["target_year"].flatMap { Int($0) }
            city.targetReduction = row["target_reduction"].flatMap { Double($0) }
            city.website = row["website"].nonEmpty
            city.dataNote = row["data_note"].nonEmpty
            try await city.create(on: database)
            idsBySlug[city.slug] = city.id
        }

        let contacts = try CSVTable(text: AppResources.text("Demo/contacts.csv"))
        for (position, row) in contacts.rows.enumerated() {
            guard let cityID = idsBySlug[row["city"]!] else { continue }
            try await CityContact(
                cityID: cityID, name: row["name"]!, role: row["role"].nonEmpty,
                email: row["email"].nonEmpty, phone: row["phone"].nonEmpty, position: position
            ).create(on: database)
        }
        return Summary(partnership: partnership.nameSl, cities: cities.rows.count, ids: idsBySlug)
    }
}
