import ClimateModel
import Fluent
import Foundation
import Kernel
import Vapor
import ZavezaAPI

/// `GET /api/v1/cities/{slug}/scenarios` and `…/scenarios/{id}/pathway`:
/// public scenarios for everyone, private ones too with the city's token.
extension APIHandler {
    /// Who asks: a token of the city sees its private scenarios too.
    func scenarioReader(_ city: City) throws -> Principal? {
        let request = try request
        guard request.headers.bearerAuthorization != nil, case .token = request.principal?.kind else { return nil }
        return request.principal
    }

    package func listScenarios(_ input: Operations.ListScenarios.Input) async throws -> Operations.ListScenarios.Output {
        let request = try request
        let city = try await CitiesQuery.require(slug: input.path.slug, on: request.db)
        let scenarios = try await ScenariosController.visible(city, try scenarioReader(city), on: request.db)
        let rows = try await ScenariosController.rows(city, scenarios, request)
        let year = rows.first?.snapshot?.result.targetYear ?? city.targetYear ?? 2030
        return .ok(
            .init(
                body: .json(
                    .init(
                        targetYear: year,
                        items: zip(scenarios, rows.dropFirst()).map { scenario, row in
                            let target = row.snapshot?.year(year)
                            return .init(
                                id: scenario.id!.uuidString, version: scenario.version, name: scenario.name,
                                description: scenario.description, _public: scenario.isPublic, plannedTco2e: target?.grossTCO2e,
                                gapTco2e: target?.gapTCO2e,
                                probabilityMeetsReduction: row.snapshot?.result.target.probabilityMeetsReduction,
                                capexEur: row.capex,
                                pathway: SiteRoute.apiCityScenarioPathway(slug: city.slug, id: scenario.id!).path)
                        }))))
    }

    package func getScenarioPathway(_ input: Operations.GetScenarioPathway.Input) async throws -> Operations.GetScenarioPathway.Output {
        let request = try request
        let city = try await CitiesQuery.require(slug: input.path.slug, on: request.db)
        let reader = try scenarioReader(city)
        let cityID = try city.requireID()
        guard let id = UUID(uuidString: input.path.id),
            let scenario = try await PlanScenario.query(on: request.db).filter(\.$id == id).filter(\.$city.$id == cityID).first(),
            scenario.isPublic || (reader?.can(.readCityWorkspace(cityID)) ?? false)
        else { throw AppError.notFound }
        let result = try await ScenarioPathway.snapshot(scenario, city: city, on: request.db, memory: request.application.workspaceMemory)
        return .ok(.init(body: .json(.init(result, city: city, request.t))))
    }
}
