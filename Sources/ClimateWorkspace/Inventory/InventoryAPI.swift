import ClimateModel
import Fluent
import Foundation
import Kernel
import OpenAPIRuntime
import ZavezaAPI

/// `GET /api/v1/cities/{slug}/inventories[/{year}]` and
/// `PUT …/{year}/rows` (a CSV file, all or nothing).
extension APIHandler {
    /// Whether the request carries the city's token that may read drafts.
    func readsDrafts(_ cityID: UUID) throws -> Bool {
        let request = try request
        guard case .token = request.principal?.kind else { return false }
        return request.principal?.can(.readCityWorkspace(cityID)) ?? false
    }

    package func listInventories(_ input: Operations.ListInventories.Input) async throws -> Operations.ListInventories.Output {
        let request = try request
        let city = try await CitiesQuery.require(slug: input.path.slug, on: request.db)
        let cityID = try city.requireID()
        let drafts = try readsDrafts(cityID)
        let items = try await InventoryQuery.summaries(cityID: cityID, drafts: drafts, language: request.language, on: request.db)
            .map { summary in
                Components.Schemas.InventorySummary(
                    year: summary.inventory.year, status: .init(rawValue: summary.inventory.status.rawValue)!,
                    gwp: .init(rawValue: summary.inventory.gwp)!, coverage: summary.inventory.coverage, totalTco2e: summary.totalTCO2e,
                    rows: summary.rows)
            }
        return .ok(.init(body: .json(.init(items: items))))
    }

    /// The inventory of the address, if the request may see it.
    func inventory(slug: String, year: Int) async throws -> (City, CityInventory) {
        let request = try request
        let city = try await CitiesQuery.require(slug: slug, on: request.db)
        guard let inventory = try await InventoryQuery.inventory(cityID: city.requireID(), year: year, on: request.db) else {
            throw AppError.notFound
        }
        if !inventory.isLocked {
            _ = try requireToken(.readCityWorkspace(city.requireID()))
        }
        return (city, inventory)
    }

    package func getInventory(_ input: Operations.GetInventory.Input) async throws -> Operations.GetInventory.Output {
        let (_, inventory) = try await inventory(slug: input.path.slug, year: input.path.year)
        return .ok(.init(body: .json(try await Components.Schemas.Inventory(inventory, on: request.db))))
    }

    package func replaceInventoryRows(_ input: Operations.ReplaceInventoryRows.Input) async throws
        -> Operations.ReplaceInventoryRows.Output
    {
        let (request, city, principal) = try await writing(city: input.path.slug)
        guard let inventory = try await InventoryQuery.inventory(cityID: city.requireID(), year: input.path.year, on: request.db) else {
            throw AppError.notFound
        }
        guard !inventory.isLocked else {
            throw AppError.inventoryLocked
        }
        guard case .csv(let body) = input.body else { throw AppError.badRequest([]) }
        var text = CSVTable.text(decoding: Array(try await ArraySlice(collecting: body, upTo: 10 * 1024 * 1024)))
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let trajectory = try await FactorTrajectory.load(cityID: city.requireID(), on: request.db)
        let factors = InventoryCalculation.factors(of: inventory, trajectory)
        switch InventoryFile.read(text, gridFactors: InventoryCalculation.gridFactors(factors)) {
        case .failure(let problems):
            throw AppError.badRequest(
                problems.problems.map { problem in Problem(field: problem.location.description) { $0.reason(problem.reason) } })
        case .success(let rows):
            guard
                let rows = try await InventoryController.replaceRows(of: inventory, with: rows, by: principal.actor, on: request.bulkDB)
            else { throw AppError.inventoryLocked }
            // The answer from the rows just written: reading 200,000 of them
            // back would hold a connection for seconds.
            return .ok(
                .init(body: .json(.init(inventory, rows: rows, InventoryCalculation(inventory, rows: rows, trajectory: trajectory)))))
        }
    }
}

extension Components.Schemas.Inventory {
    init(_ inventory: CityInventory, on database: any Database) async throws {
        let (rows, calculation) = try await InventoryQuery.calculated(inventory, on: database)
        self.init(inventory, rows: rows, calculation)
    }

    init(_ inventory: CityInventory, rows: [InventoryRow], _ calculation: InventoryCalculation) {
        self.init(
            year: inventory.year, status: .init(rawValue: inventory.status.rawValue)!, gwp: .init(rawValue: inventory.gwp)!,
            coverage: inventory.coverage, submittedAt: inventory.submittedAt,
            factors: calculation.factors.map { .init(carrier: $0.carrier, tco2ePerMwh: $0.value, source: $0.source) },
            factorsKept: calculation.factorsKept, totals: .init(calculation.totals),
            rows: rows.map { row in
                .init(
                    gpc: row.gpc, carrier: row.carrier, amount: row.amount, unit: row.unit, factorTco2ePerUnit: row.factorTCO2ePerUnit,
                    emissionsTco2e: row.emissionsTCO2e, notationKey: row.notationKey.flatMap { .init(rawValue: $0) },
                    dataSource: row.dataSource, quality: row.quality.flatMap { .init(rawValue: $0.rawValue) },
                    tco2e: calculation.rowEmissions[row.id!])
            })
    }
}

extension Components.Schemas.InventoryTotals {
    init(_ totals: InventoryTotals) {
        self.init(
            totalTco2e: totals.totalTCO2e, bySector: .init(additionalProperties: totals.bySector),
            byScope: .init(additionalProperties: totals.byScope), byGasT: .init(additionalProperties: totals.byGasT),
            co2eUnsplitTco2e: totals.co2eUnsplitTCO2e, biogenicCo2T: totals.biogenicCO2T, outsideTotalTco2e: totals.outsideTotalTCO2e,
            notationKeys: totals.notationKeys.map { .init(gpc: $0.gpc, key: $0.key.rawValue) })
    }
}

/// `POST /api/v1/cities/{slug}/inventories/{year}/submit`.
extension APIHandler {
    package func submitInventory(_ input: Operations.SubmitInventory.Input) async throws -> Operations.SubmitInventory.Output {
        let (request, city, principal) = try await writing(city: input.path.slug)
        guard let inventory = try await InventoryQuery.inventory(cityID: city.requireID(), year: input.path.year, on: request.db) else {
            throw AppError.notFound
        }
        switch try await InventoryController.submit(inventory, by: principal.actor, on: request.db) {
        case .submitted: break
        case .alreadySubmitted: throw AppError.inventoryLocked
        case .empty: throw AppError.badRequest([Problem(field: "rows") { $0(InventoryText.cannotSubmitEmpty) }])
        case .invalid(let problems):
            throw AppError.badRequest(
                problems.map { problem in Problem(field: problem.location.description) { $0.reason(problem.reason) } })
        }
        return .ok(.init(body: .json(try await Components.Schemas.Inventory(inventory, on: request.db))))
    }
}

/// `POST /api/v1/cities/{slug}/inventories/new`.
extension APIHandler {
    package func createInventory(_ input: Operations.CreateInventory.Input) async throws -> Operations.CreateInventory.Output {
        let (request, city, principal) = try await writing(city: input.path.slug)
        guard case .json(let body) = input.body else { throw AppError.badRequest([]) }
        let fields = FormFields(
            ["gwp": body.gwp?.rawValue ?? GWPSet.ar5.rawValue, "coverage": body.coverage ?? Coverage.basic.rawValue],
            numbers: ["year": Double(body.year)])
        let (state, new) = try await InventoryInput.readNew(fields, cityID: city.requireID(), request.t, on: request.db)
        guard let new else { throw AppError.badRequest(state) }
        let inventory = CityInventory(cityID: try city.requireID(), year: new.year, gwp: new.gwp, coverage: new.coverage)
        try await Audit.create(inventory, by: principal.actor, on: request.db)
        return .created(.init(body: .json(try await Components.Schemas.Inventory(inventory, on: request.db))))
    }
}

extension AppError {
    /// The API's answer to a change of a submitted inventory.
    static var inventoryLocked: AppError { .badRequest([Problem(field: "status") { $0(InventoryText.lockedError) }]) }
}
