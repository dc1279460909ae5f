import Foundation

/// A GWP set: 100-year global warming potentials of one IPCC assessment report
/// (`gwp.csv`: AR4 2007, AR5 WG1 Table 8.A.1, AR6 WG1 Table 7.SM.7).
public enum GWPSet: String, Sendable, CaseIterable, Codable {
    case ar4 = "AR4"
    case ar5 = "AR5"
    case ar6 = "AR6"
}

/// Which GPC references count in the totals (GPC v1.1: BASIC or BASIC+).
public enum Coverage: String, Sendable, CaseIterable, Codable {
    case basic = "BASIC"
    case basicPlus = "BASIC+"
}

/// One GPC reference number (`gpc-reference.csv`, GHG Protocol for Cities v1.1).
public struct GPCReference: Sendable, Equatable {
    /// Such as `I.1.2` or `V.2`.
    public let id: String
    /// The sector numeral: `I` … `VI`.
    public let sector: String
    /// Such as `I.1`; for `IV.1` the sub-sector is the reference itself.
    public let subsector: String
    public let scope: Int
    public let inBasic: Bool
    public let inBasicPlus: Bool

    /// Whether rows of this reference count in totals of `coverage`.
    public func counts(in coverage: Coverage) -> Bool {
        coverage == .basic ? inBasic : inBasicPlus
    }
}

/// The columns of `fuel-factors-ipcc2006.csv` for CH4 and N2O, chosen by GPC
/// sub-sector (MODEL.md §1).
public enum CombustionColumn: String, Sendable, CaseIterable {
    case residential, commercial, manufacturing
    case energyIndustries = "energy_industries"
    case road

    /// The column that applies to a sub-sector; `nil` outside stationary energy and transport.
    public static func of(subsector: String) -> CombustionColumn? {
        switch subsector {
        case "I.1": .residential
        case "I.2", "I.5", "I.6": .commercial
        case "I.3": .manufacturing
        case "I.4": .energyIndustries
        default: subsector.hasPrefix("II.") ? .road : nil
        }
    }
}

/// IPCC 2006 default factors of one fuel (Vol. 2, Tables 1.2, 1.4, 2.2–2.5, 3.2.2).
public struct FuelFactors: Sendable, Equatable {
    public let carrier: String
    /// kg CO2 per TJ (net calorific basis).
    public let co2KgPerTJ: Double?
    /// Biogenic CO2 is reported apart, outside the totals.
    public let co2IsBiogenic: Bool
    /// Net calorific value, TJ per Gg (= GJ per t).
    public let ncvTJPerGg: Double?
    /// kg CH4 per TJ by column; an absent column has no value.
    public let ch4KgPerTJ: [CombustionColumn: Double]
    /// kg N2O per TJ by column.
    public let n2oKgPerTJ: [CombustionColumn: Double]
}

/// A national factor for a grid carrier in one year, shipped with the model
/// (`slovenia.csv`), with what it is and where it comes from.
public struct NationalFactor: Sendable, Equatable {
    /// ISO 3166 code, such as SI.
    public let country: String
    public let carrier: String
    public let year: Int
    public let tco2ePerMWh: Double
    /// What the figure is, as its source names it, by language code (`en`, `sl`).
    public let name: [String: String]
    /// The source and how the figure is made (for example generation-based), by language code.
    public let source: [String: String]

    /// The name in a language, else in English.
    public func name(in language: String) -> String { name[language] ?? name["en"] ?? "" }
    /// The source in a language, else in English.
    public func source(in language: String) -> String { source[language] ?? source["en"] ?? "" }
}

/// The reference data shipped with the model (`Resources/`, copied from
/// shared/domain with their sources in `Resources/README.md`).
public struct ReferenceData: Sendable {
    public let gpc: [String: GPCReference]
    public let fuels: [String: FuelFactors]
    /// GWP of CH4 and N2O per set.
    public let gwp: [GWPSet: (ch4: Double, n2o: Double)]
    /// National grid factors by year (Slovenia's electricity, ARSO), oldest first.
    public let nationalFactors: [NationalFactor]

    /// Grid carriers: a factor in tCO2e/MWh per year must be given (MODEL.md §3).
    public static let gridCarriers: Set<String> = ["electricity", "district_heat"]
    /// Zero-emission carriers (factor 0).
    public static let zeroCarriers: Set<String> = ["solar_thermal", "ambient_heat", "geothermal"]

    /// The shipped tables, read once.
    public static let shipped: ReferenceData = {
        do {
            return try ReferenceData(
                gpc: text("gpc-reference.csv"), fuels: text("fuel-factors-ipcc2006.csv"), gwp: text("gwp.csv"),
                country: text("slovenia.csv"))
        } catch {
            preconditionFailure("the shipped reference data does not read: \(error)")
        }
    }()

    private static func text(_ name: String) throws -> String {
        let candidates = [Bundle.module.bundleURL, Bundle.module.resourceURL].compactMap { $0 }
            .map { $0.appendingPathComponent("Resources").appendingPathComponent(name) }
        let url = candidates.first { FileManager.default.fileExists(atPath: $0.path) } ?? candidates[0]
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Reads the tables from CSV text; `country` is a table like
    /// `slovenia.csv`, whose `grid_factor` rows (key `SI-2023`) become national
    /// electricity factors.
    public init(gpc gpcText: String, fuels fuelText: String, gwp gwpText: String, country countryText: String? = nil) throws {
        var gpc: [String: GPCReference] = [:]
        for row in try CSVTable(text: gpcText).rows {
            let id = row["gpc_ref"] ?? ""
            let parts = id.split(separator: ".")
            gpc[id] = GPCReference(
                id: id, sector: String(parts[0]), subsector: parts.count > 2 ? parts[0...1].joined(separator: ".") : id,
                scope: Int(row["scope"] ?? "") ?? 0, inBasic: row["basic"] == "yes", inBasicPlus: row["basic_plus"] == "yes")
        }
        var fuels: [String: FuelFactors] = [:]
        for row in try CSVTable(text: fuelText).rows {
            let carrier = row["carrier"] ?? ""
            var ch4: [CombustionColumn: Double] = [:]
            var n2o: [CombustionColumn: Double] = [:]
            for column in CombustionColumn.allCases {
                ch4[column] = row["ch4_kg_per_tj_\(column.rawValue)"].flatMap(Double.init)
                n2o[column] = row["n2o_kg_per_tj_\(column.rawValue)"].flatMap(Double.init)
            }
            fuels[carrier] = FuelFactors(
                carrier: carrier, co2KgPerTJ: row["co2_kg_per_tj"].flatMap(Double.init), co2IsBiogenic: row["co2_is_biogenic"] == "yes",
                ncvTJPerGg: row["ncv_tj_per_gg"].flatMap(Double.init), ch4KgPerTJ: ch4, n2oKgPerTJ: n2o)
        }
        var gwp: [GWPSet: (ch4: Double, n2o: Double)] = [:]
        let table = try CSVTable(text: gwpText)
        for set in GWPSet.allCases {
            let column = set.rawValue.lowercased()
            let ch4 = table.rows.first { $0["gas"] == "CH4" }?[column].flatMap(Double.init)
            let n2o = table.rows.first { $0["gas"] == "N2O" }?[column].flatMap(Double.init)
            if let ch4, let n2o { gwp[set] = (ch4, n2o) }
        }
        func texts(_ english: String?, sl: String?) -> [String: String] {
            ["en": english, "sl": sl].compactMapValues { $0.flatMap { $0.isEmpty ? nil : $0 } }
        }
        var national: [NationalFactor] = []
        for row in try countryText.map({ try CSVTable(text: $0).rows }) ?? [] where row["kind"] == "grid_factor" {
            let key = (row["key"] ?? "").split(separator: "-")
            guard key.count == 2, let year = Int(key[1]), let value = row["value"].flatMap(Double.init) else { continue }
            national.append(
                NationalFactor(
                    country: String(key[0]), carrier: "electricity", year: year, tco2ePerMWh: value,
                    name: texts(row["name"], sl: row["name_sl"]), source: texts(row["notes"], sl: row["notes_sl"])))
        }
        self.gpc = gpc
        self.fuels = fuels
        self.gwp = gwp
        self.nationalFactors = national.sorted { ($0.country, $0.year) < ($1.country, $1.year) }
    }

    /// Every carrier the model knows: fuels, grid and zero-emission carriers.
    public var carriers: Set<String> { Set(fuels.keys).union(Self.gridCarriers).union(Self.zeroCarriers) }
}
