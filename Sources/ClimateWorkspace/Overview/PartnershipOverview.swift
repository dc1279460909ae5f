import ClimateModel
import Fluent
import Foundation
import Kernel

/// Every city side by side (PRODUCT.md A: "a partnership-wide view compares
/// cities side by side") and the member cities' joint pathway, worked out
/// from each city's inventories, pathway, actions and indicators and kept
/// under one token of all cities' data, so it changes as soon as any does.
package struct PartnershipOverview: Codable, Sendable, Equatable {
    package struct Row: Codable, Sendable, Equatable {
        package var slug: String
        package var name: String
        package var member: Bool
        package var population: Int
        package var baselineYear: Int?
        package var baselineTCO2e: Double?
        package var latestYear: Int?
        package var latestTCO2e: Double?
        package var inventories: Int
        package var targetYear: Int?
        package var plannedTCO2e: Double?
        package var gapTCO2e: Double?
        package var probability: Double?
        /// Planned or in progress.
        package var actionsOnTrack: Int
        package var actionsDelayed: Int
        package var actionsCompleted: Int
        package var actions: Int
        /// On track or achieved, of those with a target and a value.
        package var indicatorsOnTrack: Int
        package var indicatorsMeasured: Int

        /// The latest inventory's emissions per resident, t CO2e.
        package var perResident: Double? {
            guard let latestTCO2e, population > 0 else { return nil }
            return latestTCO2e / Double(population)
        }

        /// The latest inventory against the baseline's: 0.2 is 20 % less.
        package var reduction: Double? {
            guard let baselineTCO2e, let latestTCO2e, baselineTCO2e > 0, latestYear != baselineYear else { return nil }
            return 1 - latestTCO2e / baselineTCO2e
        }
    }

    package var rows: [Row]
    package var joint: JointPathway?
    /// Each member city in the joint pathway, with its own baseline year (the joint one starts at the latest).
    package var jointCities: [String]

    /// Draws and seed of the joint pathway (each city drawn with its own seed from it).
    package static let draws = Pathway.draws
    package static let seed: UInt64 = 2030

    /// Works it out for every city.
    package static func compute(on database: any Database, memory: WorkspaceMemory?) async throws -> PartnershipOverview {
        let cities = try await City.query(on: database).sort(\.$name).all()
        let actions = try await CityAction.query(on: database).all()
        let indicators = try await Indicator.query(on: database).with(\.$values).all()
        let actionsByCity = Dictionary(grouping: actions, by: { $0.$city.id })
        let indicatorsByCity = Dictionary(grouping: indicators, by: { $0.$city.id })
        var rows: [Row] = []
        var members: [(scenario: Scenario, result: ScenarioResult)] = []
        var jointCities: [String] = []
        for city in cities {
            let cityID = try city.requireID()
            let inventories = try await InventoryQuery.summaries(cityID: cityID, drafts: false, language: .sl, on: database)
            let baseline = inventories.first { $0.inventory.year == city.baselineYear } ?? inventories.last
            let latest = inventories.first
            let own = actionsByCity[cityID] ?? []
            let measured = (indicatorsByCity[cityID] ?? []).map { $0.progress($0.values).status }
                .filter { [.achieved, .onTrack, .offTrack].contains($0) }
            var row = Row(
                slug: city.slug, name: city.name, member: city.membershipStatus == .member, population: city.population,
                baselineYear: baseline?.inventory.year, baselineTCO2e: baseline?.totalTCO2e, latestYear: latest?.inventory.year,
                latestTCO2e: latest?.totalTCO2e, inventories: inventories.count, targetYear: city.targetYear,
                actionsOnTrack: own.filter { [.planned, .inProgress].contains($0.status) }.count,
                actionsDelayed: own.filter { $0.status == .delayed }.count,
                actionsCompleted: own.filter { $0.status == .completed }.count, actions: own.count,
                indicatorsOnTrack: measured.filter { $0 != .offTrack }.count, indicatorsMeasured: measured.count)
            if !inventories.isEmpty, case .success(let snapshot) = try await Pathway.snapshot(for: city, on: database, memory: memory) {
                let target = snapshot.year(snapshot.result.targetYear)
                row.targetYear = snapshot.result.targetYear
                row.plannedTCO2e = target?.grossTCO2e
                row.gapTCO2e = target?.gapTCO2e
                row.probability = snapshot.result.target.probabilityMeetsReduction
                if row.member,
                    case .success(let scenario) = Pathway.scenario(
                        Pathway.scenarioJSON(try await Pathway.keptInputs(city, on: database, memory: memory).inputs))
                {
                    members.append((scenario, snapshot.result))
                    jointCities.append(city.slug)
                }
            }
            rows.append(row)
        }
        let joint = JointPathway.run(members, draws: draws, seed: seed)
        return PartnershipOverview(rows: rows, joint: joint, jointCities: jointCities)
    }

    /// From memory while no city's data changed since; worked out by one
    /// request at a time (`gate`), the others then find it kept.
    package static func kept(on database: any Database, memory: WorkspaceMemory, gate: ComputeGate) async throws -> (
        PartnershipOverview, token: UUID
    ) {
        let token = try await Workspace.allToken(on: database)
        if let kept = memory.value("partnership-overview", token: token, as: PartnershipOverview.self) { return (kept, token) }
        let overview = try await gate.run {
            if let kept = memory.value("partnership-overview", token: token, as: PartnershipOverview.self) { return kept }
            let overview = try await compute(on: database, memory: memory)
            memory.keep(overview, "partnership-overview", token: token)
            return overview
        }
        return (overview, token)
    }
}
