import ClimateModel
import Fluent
import Foundation
import Kernel
import Vapor

/// A city's pathway (MODEL.md): its current inventory and actions turned into
/// a scenario, run with draws, kept until something it depends on changes.
/// This is where the workspace's parts meet, so it reads the Inventory,
/// Actions and Factors features' records.
package enum Pathway {
    /// Draws of the dashboard's uncertainty band; with a fixed seed the same
    /// inputs always give the same picture.
    package static let draws = 2000
    package static let seed: UInt64 = 2030
    /// The last year of the pathway.
    package static let horizon = 2050

    /// What a city's pathway is computed from, as read from the database.
    package struct Inputs: Sendable {
        package let city: City
        package let inventory: CityInventory?
        package let rows: [InventoryRow]
        package let actions: [CityAction]
        package let factors: FactorTrajectory
        /// The city's growth rates (business as usual).
        package let growth: [GrowthRate]
    }

    /// Why there is no pathway to show.
    package enum Unavailable: Error, Sendable, Equatable {
        /// The city has no inventory yet.
        case noInventory
        /// The inputs do not make a valid scenario; each problem names the action or row.
        case invalid([InputProblem])
    }

    /// Marks every city's data as changed (a national factor changed).
    package static func invalidateAll(on database: any Database) async throws {
        for city in try await City.query(on: database).field(\.$id).all() {
            try await Workspace.changed(cityID: city.requireID(), on: database)
        }
    }

    /// The city's pathway: from memory when the city's data have not changed
    /// since, else the one kept in the database for the data's token, else
    /// computed now and kept.
    package static func snapshot(for city: City, on database: any Database, memory: WorkspaceMemory? = nil) async throws -> Result<
        PathwaySnapshot, Unavailable
    > {
        // The token first, then the data: data read after it are at least as new.
        let token = try await Workspace.token(cityID: city.requireID(), on: database)
        return try await snapshot(for: city, token: token, on: database, memory: memory)
    }

    /// The same with the city's token already read.
    package static func snapshot(for city: City, token: UUID, on database: any Database, memory: WorkspaceMemory?) async throws
        -> Result<PathwaySnapshot, Unavailable>
    {
        let key = "pathway-snapshot:\(try city.requireID())"
        if let kept = memory?.value(key, token: token, as: Result<PathwaySnapshot, Unavailable>.self) { return kept }
        let result = try await stored(for: city, token: token, on: database)
        memory?.keep(result, key, token: token)
        return result
    }

    private static func stored(for city: City, token: UUID, on database: any Database) async throws -> Result<PathwaySnapshot, Unavailable>
    {
        let cityID = try city.requireID()
        let cached = try await PathwayCache.query(on: database).filter(\.$cityID == cityID).first()
        // A copy kept before the overlaps were recorded is worked out anew.
        if let cached, cached.token == token,
            let snapshot = try? decoder.decode(PathwaySnapshot.self, from: Data(cached.snapshotJSON.utf8)), snapshot.overlaps != nil
        {
            return .success(snapshot)
        }
        let inputs = try await load(city, on: database)
        let result = compute(inputs)
        if case .success(let snapshot) = result {
            let json = String(decoding: try encoder.encode(snapshot), as: UTF8.self)
            // Two readers may compute at once; whichever writes last keeps its copy, and both are the same.
            do {
                if let cached {
                    cached.token = token
                    cached.computedAt = snapshot.computedAt
                    cached.snapshotJSON = json
                    try await cached.save(on: database)
                } else {
                    let row = PathwayCache()
                    row.cityID = cityID
                    row.token = token
                    row.computedAt = snapshot.computedAt
                    row.snapshotJSON = json
                    try await row.create(on: database)
                }
            } catch {}
        }
        return result
    }

    /// The inventory a pathway and the reports start from: the submitted one
    /// of the city's baseline year, else the most recent submitted one. A
    /// draft is the city team's work in progress: what is public is submitted.
    package static func currentInventory(of cityID: UUID, baselineYear: Int?, on database: any Database) async throws -> CityInventory? {
        let inventories = try await CityInventory.query(on: database).filter(\.$city.$id == cityID)
            .filter(\.$status == .submitted).sort(\.$year, .descending).all()
        return inventories.first { $0.year == baselineYear } ?? inventories.first
    }

    package static func load(_ city: City, on database: any Database) async throws -> Inputs {
        let cityID = try city.requireID()
        let inventory = try await currentInventory(of: cityID, baselineYear: city.baselineYear, on: database)
        var rows: [InventoryRow] = []
        if let inventory { rows = try await inventory.$rows.query(on: database).sort(\.$position).all() }
        let actions = try await CityAction.query(on: database).filter(\.$city.$id == cityID).sort(\.$code).all()
        let factors = try await FactorTrajectory.load(cityID: cityID, on: database)
        let growth = try await GrowthRate.query(on: database).filter(\.$city.$id == cityID).all()
        return Inputs(city: city, inventory: inventory, rows: rows, actions: actions, factors: factors, growth: growth)
    }

    /// The city's inputs, kept in memory under its token (read-only: a what-if
    /// or a scenario changes copies).
    package static func keptInputs(_ city: City, _ request: Request) async throws -> Inputs {
        try await keptInputs(city, on: request.db, memory: request.application.workspaceMemory).inputs
    }

    /// The same with the token they are kept under (read before them, so they are at least as new).
    package static func keptInputs(_ city: City, on database: any Database, memory: WorkspaceMemory?) async throws -> (
        inputs: Inputs, token: UUID
    ) {
        let cityID = try city.requireID()
        let token = try await Workspace.token(cityID: cityID, on: database)
        let key = "pathway-inputs:\(cityID)"
        if let kept = memory?.value(key, token: token, as: Inputs.self) { return (kept, token) }
        let inputs = try await load(city, on: database)
        memory?.keep(inputs, key, token: token)
        return (inputs, token)
    }

    /// The actions that act in the model: those with an effect that are not cancelled.
    package static func modelled(_ actions: [CityAction]) -> [CityAction] {
        actions.filter { $0.effect != nil && $0.status != .cancelled }
    }

    /// The scenario file (MODEL.md §3) of the inputs, with `actions` or
    /// `growth` in place of the city's own (to check one before it is saved).
    package static func scenarioJSON(_ inputs: Inputs, actions: [CityAction]? = nil, growth: [GrowthRate]? = nil) -> [String: Any] {
        let city = inputs.city
        let baselineYear = inputs.inventory?.year ?? city.baselineYear ?? 2018
        let targetYear = city.targetYear ?? 2030
        var factors = inputs.factors
        if let inventory = inputs.inventory, let used = inventory.factorsUsed { factors = factors.keeping(used, in: inventory.year) }
        return [
            "city": city.slug,
            "baseline_year": baselineYear,
            "horizon": max(horizon, targetYear, baselineYear),
            "target": ["year": max(targetYear, baselineYear), "reduction": city.targetReduction ?? 0],
            "gwp": inputs.inventory?.gwp ?? GWPSet.ar5.rawValue,
            "coverage": inputs.inventory?.coverage ?? Coverage.basic.rawValue,
            "factors": factors.scenarioJSON,
            "growth": (growth ?? inputs.growth).scenarioJSON,
            "activities": inputs.rows.map(activityJSON),
            "actions": modelled(actions ?? inputs.actions).map { $0.effect!.json(id: $0.code) },
        ]
    }

    /// The model's problems with a scenario, or the scenario.
    package static func scenario(_ json: [String: Any]) -> Result<Scenario, InputProblems> {
        do {
            let data = try JSONSerialization.data(withJSONObject: json)
            return ScenarioFile.read(data).map { $0[0] }
        } catch {
            return .failure(InputProblems(problems: [InputProblem(.path("$"), .invalidJSON(detail: "\(error)"))]))
        }
    }

    /// The city's pathway as it stands, if the model can work it out (a
    /// save's notice compares two): a database error is an error, a pathway
    /// the model cannot make is none.
    package static func standing(_ city: City, _ request: Request) async throws -> PathwaySnapshot? {
        try? await snapshot(for: city, on: request.db, memory: request.application.workspaceMemory).get()
    }

    /// The gap in the target year before and after a change, as a save's
    /// notice tells it; nothing when either pathway cannot be worked out.
    package static func gapChange(before: PathwaySnapshot?, after: PathwaySnapshot?) -> NoticeDetail? {
        guard let before, let after, before.result.targetYear == after.result.targetYear,
            let old = before.year(before.result.targetYear), let new = after.year(after.result.targetYear)
        else { return nil }
        return .gap(year: after.result.targetYear, before: old.gapTCO2e, after: new.gapTCO2e)
    }

    /// Runs the model on the inputs.
    package static func compute(_ inputs: Inputs, now: Date = Date()) -> Result<PathwaySnapshot, Unavailable> {
        guard let inventory = inputs.inventory else { return .failure(.noInventory) }
        switch scenario(scenarioJSON(inputs)) {
        case .failure(let problems):
            return .failure(.invalid(problems.problems))
        case .success(let scenario):
            let engine = ScenarioEngine(scenario)
            let result = engine.run(draws: draws, seed: seed)
            let labels = modelled(inputs.actions).map {
                PathwaySnapshot.ActionLabel(code: $0.code, name: $0.name, field: $0.field, kind: $0.effect!.kind)
            }
            return .success(
                PathwaySnapshot(
                    // Whole seconds: the kept copy is written to the second.
                    computedAt: Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down)), inventoryYear: inventory.year,
                    inventoryStatus: inventory.status, draws: draws, seed: seed,
                    result: result, actions: labels, overlaps: engine.overlaps().mapValues { $0.sorted() }))
        }
    }

    /// An inventory row as a scenario file writes an activity.
    static func activityJSON(_ row: InventoryRow) -> [String: Any] {
        var object: [String: Any] = ["gpc": row.gpc]
        if let carrier = row.carrier { object["carrier"] = carrier }
        if let amount = row.amount { object["amount"] = amount }
        if let unit = row.unit { object["unit"] = unit }
        if let factor = row.factorTCO2ePerUnit { object["factor_tco2e_per_unit"] = factor }
        if let emissions = row.emissionsTCO2e { object["emissions_tco2e"] = emissions }
        if let key = row.notationKey { object["notation_key"] = key }
        return object
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()
    private static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()
}
