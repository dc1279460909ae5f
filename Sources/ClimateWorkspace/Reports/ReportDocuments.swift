import ClimateModel
import Fluent
import Foundation
import Kernel

/// What every report is made from: the city's current inventory with its
/// calculation, its actions, indicators and pathway.
struct ReportInputs: Sendable {
    let city: City
    let inventory: CityInventory
    let rows: [InventoryRow]
    let calculation: InventoryCalculation
    /// The action plan, indicators and pathway: only the Climate City Contract reports them.
    let actions: [CityAction]
    let indicators: [(Indicator, IndicatorProgress)]
    let pathway: PathwaySnapshot?

    /// The inputs of a city's report of `kind`; `nil` when it has no inventory.
    static func load(_ kind: ReportKind, _ city: City, on database: any Database, memory: WorkspaceMemory?) async throws
        -> ReportInputs?
    {
        let cityID = try city.requireID()
        let token = try await Workspace.token(cityID: cityID, on: database)
        guard let inventory = try await Pathway.currentInventory(of: cityID, baselineYear: city.baselineYear, on: database) else {
            return nil
        }
        let (rows, calculation) = try await InventoryQuery.calculated(inventory, on: database)
        guard kind == .ccc else {
            return ReportInputs(
                city: city, inventory: inventory, rows: rows, calculation: calculation, actions: [], indicators: [], pathway: nil)
        }
        let actions = try await ActionsQuery.all(cityID: cityID, on: database)
        let indicators = try await IndicatorsController.all(cityID: cityID, on: database)
        // A database error is an error; a pathway the model cannot make is none.
        let computed = try await Pathway.snapshot(for: city, token: token, on: database, memory: memory)
        let pathway = try? computed.get()
        return ReportInputs(
            city: city, inventory: inventory, rows: rows, calculation: calculation, actions: actions, indicators: indicators,
            pathway: pathway)
    }
}

/// The Climate City Contract's tables.
struct CCCReport: Codable, Sendable {
    struct SectorRow: Codable, Sendable {
        let sector: String
        let scope1TCO2e: Double
        let scope2TCO2e: Double
        let scope3TCO2e: Double
        let totalTCO2e: Double
        let co2T: Double
        let ch4T: Double
        let n2oT: Double
        let unsplitTCO2e: Double

        enum CodingKeys: String, CodingKey {
            case sector
            case scope1TCO2e = "scope1_tco2e"
            case scope2TCO2e = "scope2_tco2e"
            case scope3TCO2e = "scope3_tco2e"
            case totalTCO2e = "total_tco2e"
            case co2T = "co2_t"
            case ch4T = "ch4_t"
            case n2oT = "n2o_t"
            case unsplitTCO2e = "co2e_unsplit_tco2e"
        }
    }

    struct ActionRow: Codable, Sendable {
        let code, name, field, purpose, status: String
        let lever, responsible, start, end, funding: String?
        let progress: Int
        let capexEUR, opexEUR, reductionTCO2e: Double?

        enum CodingKeys: String, CodingKey {
            case code, name, field, purpose, status, lever, responsible, start, end, funding, progress
            case capexEUR = "capex_eur"
            case opexEUR = "opex_eur"
            case reductionTCO2e = "reduction_tco2e"
        }
    }

    struct IndicatorRow: Codable, Sendable {
        let name, unit, status: String
        let baselineYear, targetYear: Int?
        let baselineValue, targetValue, latestValue: Double?
        let latestDate: String?

        enum CodingKeys: String, CodingKey {
            case name, unit, status
            case baselineYear = "baseline_year"
            case targetYear = "target_year"
            case baselineValue = "baseline_value"
            case targetValue = "target_value"
            case latestValue = "latest_value"
            case latestDate = "latest_date"
        }
    }

    struct Gap: Codable, Sendable {
        let baselineYear, targetYear: Int
        let baselineTCO2e, targetTCO2e, plannedTCO2e, gapTCO2e, removalsTCO2e: Double
        let plannedP5, plannedP95, probabilityMeetsTarget: Double?

        enum CodingKeys: String, CodingKey {
            case baselineYear = "baseline_year"
            case targetYear = "target_year"
            case baselineTCO2e = "baseline_tco2e"
            case targetTCO2e = "target_tco2e"
            case plannedTCO2e = "planned_tco2e"
            case gapTCO2e = "gap_tco2e"
            case removalsTCO2e = "removals_tco2e"
            case plannedP5 = "planned_p5_tco2e"
            case plannedP95 = "planned_p95_tco2e"
            case probabilityMeetsTarget = "probability_meets_target"
        }
    }

    let city: String
    let inventoryYear: Int
    let gwp: String
    let coverage: String
    let baseline: [SectorRow]
    let actions: [ActionRow]
    let indicators: [IndicatorRow]
    let gap: Gap?

    enum CodingKeys: String, CodingKey {
        case city, gwp, coverage, baseline, actions, indicators, gap
        case inventoryYear = "inventory_year"
    }

    init(_ inputs: ReportInputs) {
        city = inputs.city.slug
        inventoryYear = inputs.inventory.year
        gwp = inputs.inventory.gwp
        coverage = inputs.inventory.coverage
        let details = inputs.calculation.details.values.filter(\.counted)
        baseline = ["I", "II", "III", "IV", "V"].map { sector in
            let rows = details.filter { $0.row.reference.sector == sector }
            func scope(_ number: Int) -> Double { rows.filter { $0.row.reference.scope == number }.reduce(0) { $0 + $1.tco2e } }
            return SectorRow(
                sector: sector, scope1TCO2e: scope(1), scope2TCO2e: scope(2), scope3TCO2e: scope(3),
                totalTCO2e: rows.reduce(0) { $0 + $1.tco2e }, co2T: rows.reduce(0) { $0 + $1.emission.co2T },
                ch4T: rows.reduce(0) { $0 + $1.emission.ch4T }, n2oT: rows.reduce(0) { $0 + $1.emission.n2oT },
                unsplitTCO2e: rows.reduce(0) { $0 + $1.emission.unsplitTCO2e })
        }
        let targetYear = inputs.pathway?.result.targetYear
        let reductions = ActionsQuery.reductions(inputs.pathway)
        actions = inputs.actions.map { action in
            ActionRow(
                code: action.code, name: action.name, field: action.field.rawValue, purpose: action.purpose.rawValue,
                status: action.status.rawValue, lever: action.lever?.rawValue, responsible: action.responsible, start: action.startDateText,
                end: action.endDateText, funding: action.funding, progress: action.progress, capexEUR: action.capexEUR,
                opexEUR: action.opexEUR,
                reductionTCO2e: targetYear == nil ? nil : reductions[action.code])
        }
        indicators = inputs.indicators.map { indicator, progress in
            IndicatorRow(
                name: indicator.name, unit: indicator.unit, status: progress.status.rawValue, baselineYear: indicator.baselineYear,
                targetYear: indicator.targetYear, baselineValue: indicator.baselineValue, targetValue: indicator.targetValue,
                latestValue: progress.latest?.value, latestDate: progress.latest?.date.iso)
        }
        gap = inputs.pathway.flatMap { snapshot in
            snapshot.year(snapshot.result.targetYear).map { year in
                Gap(
                    baselineYear: snapshot.result.baselineYear, targetYear: snapshot.result.targetYear,
                    baselineTCO2e: snapshot.result.baseline.totalTCO2e, targetTCO2e: year.targetTCO2e, plannedTCO2e: year.grossTCO2e,
                    gapTCO2e: year.gapTCO2e, removalsTCO2e: year.removalsTCO2e, plannedP5: year.grossP5, plannedP95: year.grossP95,
                    probabilityMeetsTarget: snapshot.result.target.probabilityMeetsReduction)
            }
        }
    }

    /// The tables in one CSV: a line per number (table, row, column, value).
    var csv: String {
        var lines = [CSVTable.record(["table", "row", "column", "value"])]
        func add(_ table: String, _ row: String, _ column: String, _ value: String) {
            lines.append(CSVTable.record([table, row, column, value]))
        }
        let number = InventoryFile.number
        for row in baseline {
            for (column, value) in [
                ("scope1_tco2e", row.scope1TCO2e), ("scope2_tco2e", row.scope2TCO2e), ("scope3_tco2e", row.scope3TCO2e),
                ("total_tco2e", row.totalTCO2e), ("co2_t", row.co2T), ("ch4_t", row.ch4T), ("n2o_t", row.n2oT),
                ("co2e_unsplit_tco2e", row.unsplitTCO2e),
            ] {
                add("baseline", row.sector, column, number(value))
            }
        }
        for action in actions {
            for (column, value) in [
                ("name", action.name), ("field", action.field), ("lever", action.lever ?? ""), ("purpose", action.purpose),
                ("status", action.status), ("progress", String(action.progress)), ("responsible", action.responsible ?? ""),
                ("start", action.start ?? ""), ("end", action.end ?? ""), ("capex_eur", number(action.capexEUR)),
                ("opex_eur", number(action.opexEUR)), ("funding", action.funding ?? ""), ("reduction_tco2e", number(action.reductionTCO2e)),
            ] {
                add("actions", action.code, column, value)
            }
        }
        for indicator in indicators {
            for (column, value) in [
                ("unit", indicator.unit), ("baseline_year", indicator.baselineYear.map(String.init) ?? ""),
                ("baseline_value", number(indicator.baselineValue)), ("latest_date", indicator.latestDate ?? ""),
                ("latest_value", number(indicator.latestValue)), ("target_year", indicator.targetYear.map(String.init) ?? ""),
                ("target_value", number(indicator.targetValue)), ("status", indicator.status),
            ] {
                add("indicators", indicator.name, column, value)
            }
        }
        if let gap {
            for (column, value) in [
                ("baseline_year", String(gap.baselineYear)), ("baseline_tco2e", number(gap.baselineTCO2e)),
                ("target_year", String(gap.targetYear)), ("target_tco2e", number(gap.targetTCO2e)),
                ("planned_tco2e", number(gap.plannedTCO2e)), ("planned_p5_tco2e", number(gap.plannedP5)),
                ("planned_p95_tco2e", number(gap.plannedP95)), ("gap_tco2e", number(gap.gapTCO2e)),
                ("removals_tco2e", number(gap.removalsTCO2e)), ("probability_meets_target", number(gap.probabilityMeetsTarget)),
            ] {
                add("gap", String(gap.targetYear), column, value)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The Covenant of Mayors' inventory table: final energy (MWh) and emissions
/// (tCO2e with the inventory's GWP) by sector and energy carrier.
struct CovenantReport: Codable, Sendable {
    /// The Covenant's sectors, from the GPC's sub-sectors.
    static let sectors: [(id: String, gpc: [String])] = [
        ("residential", ["I.1"]), ("tertiary", ["I.2"]), ("industry", ["I.3"]), ("energy_industries", ["I.4"]),
        ("agriculture", ["I.5"]), ("other_stationary", ["I.6", "I.7", "I.8"]), ("road_transport", ["II.1"]), ("rail", ["II.2"]),
        ("waterborne", ["II.3"]), ("aviation", ["II.4"]), ("off_road", ["II.5"]),
    ]
    /// The Covenant's carrier columns, from the model's carriers.
    static let carriers: [(id: String, carriers: [String])] = [
        ("electricity", ["electricity"]), ("heat", ["district_heat"]), ("natural_gas", ["natural_gas"]), ("liquid_gas", ["lpg"]),
        ("heating_oil", ["heating_oil", "residual_fuel_oil"]), ("diesel", ["diesel"]), ("gasoline", ["gasoline"]),
        ("lignite", ["lignite"]), ("coal", ["other_bituminous_coal", "sub_bituminous_coal"]),
        ("other_fossil", ["jet_kerosene", "municipal_waste_non_bio"]), ("biofuels", ["biodiesel", "biogas"]), ("other_biomass", ["wood"]),
        ("solar_thermal", ["solar_thermal"]), ("geothermal", ["geothermal", "ambient_heat"]),
    ]

    struct Row: Codable, Sendable {
        let sector: String
        let mwh: [String: Double]
        let tco2e: [String: Double]
        let totalMWh: Double
        let totalTCO2e: Double

        enum CodingKeys: String, CodingKey {
            case sector, mwh, tco2e
            case totalMWh = "total_mwh"
            case totalTCO2e = "total_tco2e"
        }
    }

    let city: String
    let inventoryYear: Int
    let gwp: String
    let rows: [Row]

    enum CodingKeys: String, CodingKey {
        case city, gwp, rows
        case inventoryYear = "inventory_year"
    }

    static func carrierColumn(_ carrier: String) -> String? { carriers.first { $0.carriers.contains(carrier) }?.id }

    init(_ inputs: ReportInputs) {
        city = inputs.city.slug
        inventoryYear = inputs.inventory.year
        gwp = inputs.inventory.gwp
        let details = Array(inputs.calculation.details.values)
        rows = Self.sectors.map { sector in
            var mwh: [String: Double] = [:]
            var tco2e: [String: Double] = [:]
            for detail in details where sector.gpc.contains(detail.row.reference.subsector) {
                let (carrier, energy): (String, Double)
                switch detail.row.source {
                case .fuel(let c, let e), .grid(let c, let e), .zero(let c, let e): (carrier, energy) = (c, e)
                default: continue
                }
                guard let column = Self.carrierColumn(carrier) else { continue }
                mwh[column, default: 0] += energy
                tco2e[column, default: 0] += detail.tco2e
            }
            return Row(
                sector: sector.id, mwh: mwh, tco2e: tco2e, totalMWh: mwh.values.reduce(0, +), totalTCO2e: tco2e.values.reduce(0, +))
        }
    }

    var csv: String {
        let number = InventoryFile.number
        var lines = [CSVTable.record(["sector", "measure"] + Self.carriers.map(\.id) + ["total"])]
        for row in rows {
            lines.append(CSVTable.record([row.sector, "mwh"] + Self.carriers.map { number(row.mwh[$0.id] ?? 0) } + [number(row.totalMWh)]))
            lines.append(
                CSVTable.record([row.sector, "tco2e"] + Self.carriers.map { number(row.tco2e[$0.id] ?? 0) } + [number(row.totalTCO2e)]))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Every inventory row in GPC terms: reference, scope, activity, energy, gases.
struct GPCReport: Codable, Sendable {
    struct Row: Codable, Sendable {
        let gpc, sector, subsector: String
        let scope: Int
        let inBasic, inBasicPlus, counted: Bool
        let carrier, unit, notationKey, dataSource, quality: String?
        let amount, mwh, co2T, ch4T, n2oT, biogenicCO2T, unsplitTCO2e, tco2e: Double?

        enum CodingKeys: String, CodingKey {
            case gpc, sector, subsector, scope, counted, carrier, unit, amount, mwh, tco2e, quality
            case inBasic = "in_basic"
            case inBasicPlus = "in_basic_plus"
            case notationKey = "notation_key"
            case dataSource = "data_source"
            case co2T = "co2_t"
            case ch4T = "ch4_t"
            case n2oT = "n2o_t"
            case biogenicCO2T = "biogenic_co2_t"
            case unsplitTCO2e = "co2e_unsplit_tco2e"
        }
    }

    static let columns = [
        "gpc", "sector", "subsector", "scope", "in_basic", "in_basic_plus", "counted", "carrier", "amount", "unit", "mwh", "co2_t", "ch4_t",
        "n2o_t", "biogenic_co2_t", "co2e_unsplit_tco2e", "tco2e", "notation_key", "data_source", "quality",
    ]

    let city: String
    let inventoryYear: Int
    let gwp: String
    let coverage: String
    let rows: [Row]

    enum CodingKeys: String, CodingKey {
        case city, gwp, coverage, rows
        case inventoryYear = "inventory_year"
    }

    init(_ inputs: ReportInputs) {
        city = inputs.city.slug
        inventoryYear = inputs.inventory.year
        gwp = inputs.inventory.gwp
        coverage = inputs.inventory.coverage
        rows = inputs.rows.compactMap { row in
            guard let reference = ReferenceData.shipped.gpc[row.gpc] else { return nil }
            let detail = inputs.calculation.details[row.id!]
            var mwh: Double? = nil
            if let source = detail?.row.source {
                switch source {
                case .fuel(_, let e), .grid(_, let e), .zero(_, let e): mwh = e
                default: break
                }
            }
            return Row(
                gpc: row.gpc, sector: reference.sector, subsector: reference.subsector, scope: reference.scope, inBasic: reference.inBasic,
                inBasicPlus: reference.inBasicPlus, counted: detail?.counted ?? false, carrier: row.carrier, unit: row.unit,
                notationKey: row.notationKey, dataSource: row.dataSource, quality: row.quality?.rawValue,
                amount: row.amount ?? row.emissionsTCO2e,
                mwh: mwh, co2T: detail?.emission.co2T, ch4T: detail?.emission.ch4T, n2oT: detail?.emission.n2oT,
                biogenicCO2T: detail?.emission.biogenicCO2T, unsplitTCO2e: detail?.emission.unsplitTCO2e, tco2e: detail?.tco2e)
        }
    }

    var csv: String {
        let number = InventoryFile.number
        var lines = [CSVTable.record(Self.columns)]
        for row in rows {
            lines.append(
                CSVTable.record([
                    row.gpc, row.sector, row.subsector, String(row.scope), String(row.inBasic), String(row.inBasicPlus),
                    String(row.counted),
                    row.carrier ?? "", number(row.amount), row.unit ?? (row.carrier == nil && row.amount != nil ? "tCO2e" : ""),
                    number(row.mwh),
                    number(row.co2T), number(row.ch4T), number(row.n2oT), number(row.biogenicCO2T), number(row.unsplitTCO2e),
                    number(row.tco2e),
                    row.notationKey ?? "", row.dataSource ?? "", row.quality ?? "",
                ]))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
