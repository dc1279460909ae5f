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
        return .ok(
            .init(
                body: .json(
                    .init(
                        try await Pathway.snapshot(for: city, on: request.db, memory: request.application.workspaceMemory), city: city,
                        request.t))))
    }
}

/// A pathway, or why there is none (the API's schema of that name hides the enum inside its extension).
typealias PathwayResult = Result<PathwaySnapshot, Pathway.Unavailable>

extension Components.Schemas.Pathway {
    /// A pathway (the plan's or a scenario's) as the API writes it.
    init(_ result: PathwayResult, city: City, _ t: Localizer) {
        switch result {
        case .failure(.noInventory):
            self.init(status: .noInventory, problems: [])
        case .failure(.invalid(let problems)):
            self.init(status: .invalid, problems: problems.map { t.problem($0) })
        case .success(let snapshot):
            let run = snapshot.result
            let labels = snapshot.labels
            self.init(
                status: .ok, problems: [], computedAt: snapshot.computedAt, inventoryYear: snapshot.inventoryYear,
                inventoryStatus: .init(rawValue: snapshot.inventoryStatus.rawValue)!, draws: snapshot.draws,
                seed: Int(snapshot.seed), baselineYear: run.baselineYear, targetYear: run.targetYear,
                targetReduction: city.targetReduction, baseline: .init(run.baseline),
                years: run.years.map { year in
                    .init(
                        year: year.year, bauTco2e: year.bauTCO2e, grossTco2e: year.grossTCO2e,
                        removalsTco2e: year.removalsTCO2e,
                        netTco2e: year.netTCO2e, targetTco2e: year.targetTCO2e, gapTco2e: year.gapTCO2e,
                        bySector: .init(additionalProperties: year.bySector), grossP5: year.grossP5, grossP50: year.grossP50,
                        grossP95: year.grossP95, netP5: year.netP5, netP50: year.netP50, netP95: year.netP95)
                },
                actions: run.actions.compactMap { action in
                    guard let label = labels[action.id] else { return nil }
                    return .init(
                        code: action.id, name: label.name, field: .init(rawValue: label.field.rawValue)!,
                        kind: label.kind.rawValue,
                        reductionTco2e: .init(additionalProperties: action.reductionTCO2e))
                },
                meetsReduction: run.target.meetsReduction, netZero: run.target.netZero,
                probabilityMeetsReduction: run.target.probabilityMeetsReduction)
        }
    }
}
