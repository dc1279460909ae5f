import Foundation
import Kernel

/// The addresses of a city's scenarios.
extension SiteRoute {
    package static func cityScenarios(slug: String) -> SiteRoute { citySection(slug, "scenarios") }
    package static func cityScenario(slug: String, id: UUID) -> SiteRoute {
        citySection(slug, "scenarios", [.parameter(name: Parameter.id, value: id.uuidString)])
    }
    package static func cityScenarioDelete(slug: String, id: UUID) -> SiteRoute {
        citySection(slug, "scenarios", [.parameter(name: Parameter.id, value: id.uuidString), .constant("delete")])
    }
    package static func cityWhatIf(slug: String, query: [(String, String)] = []) -> SiteRoute {
        citySection(slug, "what-if", query: query)
    }
    package static func apiCityScenarios(slug: String) -> SiteRoute { apiCitySection(slug, "scenarios") }
    package static func apiCityScenarioPathway(slug: String, id: UUID) -> SiteRoute {
        apiCitySection(slug, "scenarios", [.parameter(name: Parameter.id, value: id.uuidString), .constant("pathway")])
    }
}
