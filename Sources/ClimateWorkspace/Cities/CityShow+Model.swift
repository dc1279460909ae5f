import Fluent
import Kernel

/// A city's public profile page.
enum CityShow {
    struct Contact: Equatable {
        let name: String
        let role: String?
        let email: String?
        let phone: String?
    }

    struct Model: Equatable {
        let summary: CitySummary
        let officialName: String
        let areaKm2: Double?
        let baselineYear: Int?
        let target: Target?
        let website: String?
        let dataNote: String?
        let contacts: [Contact]

        init(_ city: City) {
            summary = CitySummary(city)
            officialName = city.officialName
            areaKm2 = city.areaKm2
            baselineYear = city.baselineYear
            if let year = city.targetYear, let reduction = city.targetReduction {
                target = Target(year: year, reduction: reduction)
            } else {
                target = nil
            }
            website = city.website
            dataNote = city.dataNote
            contacts = city.$contacts.value?.map { Contact(name: $0.name, role: $0.role, email: $0.email, phone: $0.phone) } ?? []
        }

        /// Inhabitants per km², when the area is known.
        var density: Double? {
            guard let areaKm2, areaKm2 > 0 else { return nil }
            return Double(summary.population) / areaKm2
        }

        /// The Mission target: the year and the reduction from the baseline (0…1).
        struct Target: Equatable {
            let year: Int
            let reduction: Double
        }
    }
}
