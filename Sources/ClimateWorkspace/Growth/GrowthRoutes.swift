import Foundation
import Kernel

/// The addresses of a city's growth rates.
extension SiteRoute {
    package static func cityGrowth(slug: String) -> SiteRoute { citySection(slug, "growth") }
    package static func cityGrowthEdit(slug: String, id: UUID) -> SiteRoute {
        citySection(slug, "growth", [.parameter(name: Parameter.id, value: id.uuidString), .constant("edit")])
    }
    package static func cityGrowthDelete(slug: String, id: UUID) -> SiteRoute {
        citySection(slug, "growth", [.parameter(name: Parameter.id, value: id.uuidString), .constant("delete")])
    }
    package static func apiCityGrowth(slug: String) -> SiteRoute { apiCitySection(slug, "growth") }
    package static func apiCityGrowthRate(slug: String, id: UUID) -> SiteRoute {
        apiCitySection(slug, "growth", [.parameter(name: Parameter.id, value: id.uuidString)])
    }
}
