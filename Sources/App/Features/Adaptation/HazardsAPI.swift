import Foundation
import ZavezaAPI

/// `GET /api/v1/cities/{slug}/hazards`.
extension APIHandler {
    package func listHazards(_ input: Operations.ListHazards.Input) async throws -> Operations.ListHazards.Output {
        let request = try request
        let city = try await CitiesQuery.require(slug: input.path.slug, on: request.db)
        let hazards = try await HazardsController.all(cityID: city.requireID(), on: request.db)
        return .ok(
            .init(
                body: .json(
                    .init(
                        items: hazards.map { hazard, actions in
                            .init(
                                id: hazard.id!.uuidString, kind: .init(rawValue: hazard.kind.rawValue)!, description: hazard.description,
                                probability: .init(rawValue: hazard.probability.rawValue)!,
                                impact: .init(rawValue: hazard.impact.rawValue)!,
                                trend: .init(rawValue: hazard.trend.rawValue)!, sectors: hazard.sectors,
                                vulnerableGroups: hazard.vulnerableGroups, actions: actions.map(\.code))
                        }))))
    }
}
