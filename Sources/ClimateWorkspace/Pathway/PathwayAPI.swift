import ClimateModel
import Fluent
import Foundation
import Kernel
import Vapor
import ZavezaAPI

/// `GET /api/v1/cities/{slug}/pathway`: what the dashboard shows, as JSON.
extension APIHandler {
    package func getPathway(_ input: Operations.GetPathway.Input) async throws -> Operations.GetPathway.Output {
        let request = try request
        let city = try await CitiesQuery.require(slug: input.path.slug, on: request.db)
        let t = request.t
        switch try await Pathway.snapshot(for: city, on: request.db, memory: request.application.workspaceMemory) {
        case .failure(.noInventory):
            return .ok(.init(body: .json(.init(status: .noInventory, problems: []))))
        case .failure(.invalid(let problems)):
            return .ok(.init(body: .json(.init(status: .invalid, problems: problems.map { t.problem($0) }))))
        case .success(let snapshot):
            let result = snapshot.result
            let labels = snapshot.labels
            return .ok(
                .init(
                    body: .json(
                        .init(
                            status: .ok, problems: [], computedAt: snapshot.computedAt, inventoryYear: snapshot.inventoryYear,
                            inventoryStatus: .init(rawValue: snapshot.inventoryStatus.rawValue)!, draws: snapshot.draws,
                            seed: Int(snapshot.seed), baselineYear: result.baselineYear, targetYear: result.targetYear,
                            targetReduction: city.targetReduction, baseline: .init(result.baseline),
                            years: result.years.map { year in
                                .init(
                                    year: year.year, bauTco2e: year.bauTCO2e, grossTco2e: year.grossTCO2e,
                                    removalsTco2e: year.removalsTCO2e,
                                    netTco2e: year.netTCO2e, targetTco2e: year.targetTCO2e, gapTco2e: year.gapTCO2e,
                                    bySector: .init(additionalProperties: year.bySector), grossP5: year.grossP5, grossP50: year.grossP50,
                                    grossP95: year.grossP95, netP5: year.netP5, netP50: year.netP50, netP95: year.netP95)
                            },
                            actions: result.actions.compactMap { action in
                                guard let label = labels[action.id] else { return nil }
                                return .init(
                                    code: action.id, name: label.name, field: .init(rawValue: label.field.rawValue)!,
                                    kind: label.kind.rawValue,
                                    reductionTco2e: .init(additionalProperties: action.reductionTCO2e))
                            },
                            meetsReduction: result.target.meetsReduction, netZero: result.target.netZero,
                            probabilityMeetsReduction: result.target.probabilityMeetsReduction))))
        }
    }
}
