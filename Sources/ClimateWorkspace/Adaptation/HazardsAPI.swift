import Fluent
import Foundation
import Kernel
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
                        items: hazards.map { hazard, actions in .init(hazard, actions: actions.map(\.code)) }))))
    }
}

/// `POST /api/v1/cities/{slug}/hazards/register`.
extension APIHandler {
    package func createHazard(_ input: Operations.CreateHazard.Input) async throws -> Operations.CreateHazard.Output {
        let (request, city, principal) = try await writing(city: input.path.slug)
        guard case .json(let body) = input.body else { throw AppError.badRequest([]) }
        let values = [
            "kind": body.kind.rawValue, "description": body.description, "probability": body.probability.rawValue,
            "impact": body.impact.rawValue, "trend": body.trend?.rawValue ?? HazardTrend.unknown.rawValue, "sectors": body.sectors ?? "",
            "vulnerable_groups": body.vulnerableGroups ?? "",
        ]
        let hazard = Hazard()
        hazard.$city.id = try city.requireID()
        let state = HazardsController.read(values, into: hazard, request.t)
        guard state.isValid else {
            throw AppError.badRequest(state)
        }
        try await Audit.create(hazard, by: principal.actor, on: request.db)
        request.recordVersion = hazard.version
        return .created(.init(body: .json(.init(hazard, actions: []))))
    }
}

/// `PUT` and `DELETE /api/v1/cities/{slug}/hazards/{id}`.
extension APIHandler {
    func hazard(_ slug: String, _ id: String) async throws -> (City, Hazard, Principal) {
        let (request, city, principal) = try await writing(city: slug)
        guard let id = UUID(uuidString: id),
            let hazard = try await Hazard.query(on: request.db).filter(\.$id == id).filter(\.$city.$id == city.requireID()).first()
        else { throw AppError.notFound }
        return (city, hazard, principal)
    }

    package func replaceHazard(_ input: Operations.ReplaceHazard.Input) async throws -> Operations.ReplaceHazard.Output {
        let request = try request
        let (_, hazard, principal) = try await hazard(input.path.slug, input.path.id)
        guard case .json(let body) = input.body else { throw AppError.badRequest([]) }
        let values = [
            "kind": body.kind.rawValue, "description": body.description, "probability": body.probability.rawValue,
            "impact": body.impact.rawValue, "trend": body.trend?.rawValue ?? HazardTrend.unknown.rawValue, "sectors": body.sectors ?? "",
            "vulnerable_groups": body.vulnerableGroups ?? "",
        ]
        let state = HazardsController.read(values, into: Hazard(), request.t)
        guard state.isValid else {
            throw AppError.badRequest(state)
        }
        let t = request.t
        try await Audit.update(hazard, expecting: Audit.expectedVersion(input.headers.ifMatch), by: principal.actor, on: request.db) {
            _ = HazardsController.read(values, into: $0, t)
        }
        let actions = try await HazardsController.all(cityID: hazard.$city.id, on: request.db).first { $0.0.id == hazard.id }?.1 ?? []
        request.recordVersion = hazard.version
        return .ok(.init(body: .json(.init(hazard, actions: actions.map(\.code)))))
    }

    package func deleteHazard(_ input: Operations.DeleteHazard.Input) async throws -> Operations.DeleteHazard.Output {
        let request = try request
        let (_, hazard, principal) = try await hazard(input.path.slug, input.path.id)
        try await Audit.delete(hazard, by: principal.actor, on: request.db)
        return .noContent(.init())
    }
}

extension Components.Schemas.Hazard {
    init(_ hazard: Hazard, actions: [String]) {
        self.init(
            id: hazard.id!.uuidString, version: hazard.version, kind: .init(rawValue: hazard.kind.rawValue)!,
            description: hazard.description, probability: .init(rawValue: hazard.probability.rawValue)!,
            impact: .init(rawValue: hazard.impact.rawValue)!, trend: .init(rawValue: hazard.trend.rawValue)!, sectors: hazard.sectors,
            vulnerableGroups: hazard.vulnerableGroups, actions: actions)
    }
}
