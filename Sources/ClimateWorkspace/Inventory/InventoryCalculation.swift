import ClimateModel
import Fluent
import FluentSQL
import Foundation
import Kernel
import SQLKit

/// An inventory worked out with the climate model: the factors it uses, its
/// totals (MODEL.md §2) and each row's tCO2e.
package struct InventoryCalculation: Sendable {
    package let factors: [FactorUsed]
    /// Whether `factors` are the ones kept at submission.
    package let factorsKept: Bool
    package let totals: InventoryTotals
    /// tCO2e of each row by id; a row that does not check has none.
    package let rowEmissions: [UUID: Double]
    /// Each checked row as the model reads it, with its gases, by id (for the reports' tables).
    package let details: [UUID: Detail]

    package struct Detail: Sendable {
        package let row: Inventory.Row
        package let emission: Emission
        package let tco2e: Double
        /// Whether it counts in the inventory's coverage (else it is reported apart).
        package let counted: Bool
    }
    /// Problems of stored rows (a grid factor removed since, for example), by position.
    package let problems: [InputProblem]

    package init(_ inventory: CityInventory, rows: [InventoryRow], trajectory: FactorTrajectory) {
        factors = Self.factors(of: inventory, trajectory)
        factorsKept = inventory.factorsUsed != nil
        let gridFactors = Self.gridFactors(factors)
        let gwp = inventory.gwpSet
        let (ch4, n2o) = ReferenceData.shipped.gwp[gwp] ?? (0, 0)
        var checked: [Inventory.Row] = []
        var emissions: [UUID: Double] = [:]
        var details: [UUID: Detail] = [:]
        var problems: [InputProblem] = []
        for (index, row) in rows.enumerated() {
            switch Inventory.check([Located(row.activity, at: .line(index + 1))], gridFactors: gridFactors) {
            case .success(let list):
                checked += list
                let emission = Inventory.emission(of: list[0], gridFactors: gridFactors)
                let tco2e = emission.tco2e(ch4GWP: ch4, n2oGWP: n2o)
                emissions[row.id!] = tco2e
                details[row.id!] = Detail(
                    row: list[0], emission: emission, tco2e: tco2e, counted: list[0].reference.counts(in: inventory.coverageSet))
            case .failure(let found):
                problems += found.problems
            }
        }
        totals = Inventory.totals(checked, gwp: gwp, coverage: inventory.coverageSet, gridFactors: gridFactors)
        rowEmissions = emissions
        self.details = details
        self.problems = problems
    }

    /// The factors an inventory is worked out with: those kept at its
    /// submission, else its year's.
    package static func factors(of inventory: CityInventory, _ trajectory: FactorTrajectory) -> [FactorUsed] {
        inventory.factorsUsed ?? trajectory.factors(in: inventory.year)
    }

    /// The factors as the model takes them: carrier → tCO2e per MWh.
    package static func gridFactors(_ factors: [FactorUsed]) -> [String: Double] {
        Dictionary(factors.map { ($0.carrier, $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}

/// The database questions of inventories.
enum InventoryQuery {
    /// Runs `body` in one transaction while the inventory is a draft;
    /// `nil` when it has been submitted. The first statement claims the
    /// inventory (a conditional update: PostgreSQL locks its row, SQLite
    /// takes the write lock), so a submit and an import or a change of a row
    /// never interleave, with any number of server processes.
    static func whileDraft<T: Sendable>(
        _ inventory: CityInventory, on database: any Database, _ body: @escaping @Sendable (any Database) async throws -> T
    ) async throws -> T? {
        let id = try inventory.requireID()
        return try await database.transaction { database in
            guard try await claimDraft(id, on: database) else { return nil }
            return try await body(database)
        }
    }

    /// Inside a transaction: claims the inventory while it is a draft (see
    /// `whileDraft`); `false` when it has been submitted.
    static func claimDraft(_ id: UUID, on database: any Database) async throws -> Bool {
        let draft = InventoryStatus.draft.rawValue
        let claimed = try await (database as! any SQLDatabase).update(CityInventory.schema).set("status", to: draft)
            .where("id", .equal, id).where("status", .equal, draft).returning("id").all()
        return claimed.count == 1
    }

    /// A city's inventories, newest first.
    static func all(cityID: UUID, on database: any Database) async throws -> [CityInventory] {
        try await CityInventory.query(on: database).filter(\.$city.$id == cityID).sort(\.$year, .descending).all()
    }

    static func inventory(cityID: UUID, year: Int, on database: any Database) async throws -> CityInventory? {
        try await CityInventory.query(on: database).filter(\.$city.$id == cityID).filter(\.$year == year).first()
    }

    /// A city's inventories, newest first, with their totals and row counts
    /// (drafts only for those who read the city's workspace); the rows of all
    /// are read with one query.
    static func summaries(cityID: UUID, drafts: Bool, language: Language, on database: any Database) async throws -> [(
        inventory: CityInventory, totalTCO2e: Double, rows: Int
    )] {
        let inventories = try await all(cityID: cityID, on: database).filter { drafts || $0.isLocked }
        guard !inventories.isEmpty else { return [] }
        let trajectory = try await FactorTrajectory.load(cityID: cityID, language: language, on: database)
        let rows = try await InventoryRow.query(on: database).filter(\.$inventory.$id ~~ inventories.map { try $0.requireID() })
            .sort(\.$position).all()
        let byInventory = Dictionary(grouping: rows, by: { $0.$inventory.id })
        return inventories.map { inventory in
            let rows = byInventory[inventory.id!] ?? []
            let calculation = InventoryCalculation(inventory, rows: rows, trajectory: trajectory)
            return (inventory, calculation.totals.totalTCO2e, rows.count)
        }
    }

    /// The inventory's rows in order (deleted ones left out).
    static func rows(of inventory: CityInventory, on database: any Database) async throws -> [InventoryRow] {
        try await inventory.$rows.query(on: database).sort(\.$position).all()
    }

    /// The id and version of each row of an inventory, read without models.
    static func rowVersions(of inventory: CityInventory, on database: any Database) async throws -> [UUID: Int] {
        struct Row: Decodable {
            let id: UUID
            let version: Int
        }
        let rows = try await (database as! any SQLDatabase).select().column("id").column("version").from(InventoryRow.schema)
            .where("inventory_id", .equal, inventory.requireID()).where("deleted_at", .is, SQLLiteral.null).all(decoding: Row.self)
        return Dictionary(rows.map { ($0.id, $0.version) }, uniquingKeysWith: { first, _ in first })
    }

    /// Soft-deletes every row of an inventory with one statement (the
    /// caller records it: `Audit.staging`).
    static func softDeleteRows(of inventory: CityInventory, on database: any Database) async throws {
        try await (database as! any SQLDatabase).update(InventoryRow.schema).set("deleted_at", to: Date())
            .where("inventory_id", .equal, inventory.requireID()).where("deleted_at", .is, SQLLiteral.null).run()
    }

    /// The rows of an inventory, decoded off the event loops (Fluent decodes
    /// each row of a query on its connection's event loop, which an import
    /// replacing 200,000 rows would hold for seconds).
    static func decodedRows(of inventory: CityInventory, on database: any Database) async throws -> [InventoryRow] {
        let rows = try await (database as! any SQLDatabase).select().column("*").from(InventoryRow.schema)
            .where("inventory_id", .equal, inventory.requireID()).where("deleted_at", .is, SQLLiteral.null).all()
        return try rows.map { try $0.decode(fluentModel: InventoryRow.self) }
    }

    /// The factors an inventory is worked out with, as the model takes
    /// them (`InventoryCalculation.factors`); no row is read.
    static func gridFactors(of inventory: CityInventory, on database: any Database) async throws -> [String: Double] {
        if let kept = inventory.factorsUsed { return InventoryCalculation.gridFactors(kept) }
        let trajectory = try await FactorTrajectory.load(cityID: inventory.$city.id, on: database)
        return InventoryCalculation.gridFactors(InventoryCalculation.factors(of: inventory, trajectory))
    }

    /// The inventory with its rows and its calculation.
    static func calculated(_ inventory: CityInventory, on database: any Database) async throws -> (
        rows: [InventoryRow], calculation: InventoryCalculation
    ) {
        let rows = try await rows(of: inventory, on: database)
        let trajectory = try await FactorTrajectory.load(cityID: inventory.$city.id, on: database)
        return (rows, InventoryCalculation(inventory, rows: rows, trajectory: trajectory))
    }
}
