import ClimateModel
import Fluent
import Foundation
import Kernel
import Vapor
import ZavezaAPI

/// `GET /api/v1/partnership/overview`: the side-by-side table and the joint pathway.
extension APIHandler {
    package func getPartnershipOverview(_ input: Operations.GetPartnershipOverview.Input) async throws
        -> Operations.GetPartnershipOverview.Output
    {
        let request = try request
        let (overview, _) = try await PartnershipOverview.kept(
            on: request.db, memory: request.application.workspaceMemory, gate: request.application.gates.overview)
        let joint = overview.joint.map { joint in
            Components.Schemas.JointPathway(
                cities: overview.jointCities, targetYear: joint.targetYear, draws: joint.draws,
                probabilityMeetsTarget: joint.probabilityMeetsTarget,
                years: joint.years.map {
                    .init(
                        year: $0.year, bauTco2e: $0.bauTCO2e, grossTco2e: $0.grossTCO2e, targetTco2e: $0.targetTCO2e, grossP5: $0.grossP5,
                        grossP50: $0.grossP50, grossP95: $0.grossP95)
                })
        }
        return .ok(
            .init(
                body: .json(
                    .init(
                        cities: overview.rows.map { row in
                            .init(
                                slug: row.slug, name: row.name, member: row.member, population: row.population,
                                baselineYear: row.baselineYear,
                                baselineTco2e: row.baselineTCO2e, latestInventoryYear: row.latestYear, latestTco2e: row.latestTCO2e,
                                tco2ePerResident: row.perResident, reductionSinceBaseline: row.reduction, targetYear: row.targetYear,
                                plannedTco2e: row.plannedTCO2e, gapTco2e: row.gapTCO2e, probabilityMeetsTarget: row.probability,
                                actions: .init(
                                    total: row.actions, onTrack: row.actionsOnTrack, delayed: row.actionsDelayed,
                                    completed: row.actionsCompleted),
                                indicators: .init(measured: row.indicatorsMeasured, onTrack: row.indicatorsOnTrack))
                        },
                        joint: joint))))
    }
}
