import Foundation

/// A notation key of the GPC for a source with no figure: not occurring,
/// included elsewhere, not estimated, confidential.
public enum NotationKey: String, Sendable, CaseIterable, Codable {
    case NO, IE, NE, C
}

/// One row of an inventory: an activity (carrier, amount, unit), an amount
/// with its own factor, a direct tCO2e figure, or a notation key (MODEL.md §2).
public struct Activity: Sendable, Equatable {
    public var gpc: String
    public var carrier: String?
    public var amount: Double?
    public var unit: ActivityUnit?
    /// tCO2e per unit of `amount`, counted as unsplit CO2e.
    public var factorTCO2ePerUnit: Double?
    /// A direct figure (waste, IPPU, AFOLU or any measured value).
    public var emissionsTCO2e: Double?
    public var notationKey: NotationKey?

    public init(
        gpc: String, carrier: String? = nil, amount: Double? = nil, unit: ActivityUnit? = nil, factorTCO2ePerUnit: Double? = nil,
        emissionsTCO2e: Double? = nil, notationKey: NotationKey? = nil
    ) {
        self.gpc = gpc
        self.carrier = carrier
        self.amount = amount
        self.unit = unit
        self.factorTCO2ePerUnit = factorTCO2ePerUnit
        self.emissionsTCO2e = emissionsTCO2e
        self.notationKey = notationKey
    }
}

/// A value with where it came from: `line 4` of a CSV file or `activities[3]`
/// of a JSON file, so every problem can say where it is.
public struct Located<Value: Sendable>: Sendable {
    public let value: Value
    public let location: InputProblem.Location

    public init(_ value: Value, at location: InputProblem.Location) {
        self.value = value
        self.location = location
    }
}

/// One problem of an input: where it is and why, as values the App and the
/// command line put in the user's language; `description` is in English.
public struct InputProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// A JSON path (`actions[3].share`, `$` for the whole file) or a CSV line.
    public enum Location: Sendable, Hashable, CustomStringConvertible {
        case path(String)
        case line(Int)

        public var description: String {
            switch self {
            case .path(let path): path
            case .line(let line): "line \(line)"
            }
        }

        /// Where it is, for putting problems in order (lines by number).
        var order: Int {
            if case .line(let line) = self { return line }
            return 0
        }
    }

    public let location: Location
    public let reason: InputReason

    public init(_ location: Location, _ reason: InputReason) {
        self.location = location
        self.reason = reason
    }

    /// The reason in plain English.
    public var message: String { reason.english }
    public var description: String { "\(location): \(message)" }
}

/// Every problem of an input at once; nothing is computed from it.
public struct InputProblems: Error, Sendable, Equatable, CustomStringConvertible {
    public let problems: [InputProblem]

    public init(problems: [InputProblem]) {
        self.problems = problems
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// A notation key in the output, with its reference.
public struct NotationEntry: Codable, Sendable, Equatable {
    public let gpc: String
    public let key: NotationKey
}

/// Totals of an inventory: the `baseline` object of MODEL.md §6.
public struct InventoryTotals: Codable, Sendable, Equatable {
    public var totalTCO2e: Double = 0
    /// By GPC sector numeral, `I` … `V`.
    public var bySector: [String: Double] = Dictionary(uniqueKeysWithValues: InventoryTotals.sectors.map { ($0, 0) })
    /// By scope, `1` … `3`.
    public var byScope: [String: Double] = ["1": 0, "2": 0, "3": 0]
    /// Tonnes of each gas (CO2 without biogenic CO2).
    public var byGasT: [String: Double] = ["CO2": 0, "CH4": 0, "N2O": 0]
    /// tCO2e with no gas split (own factors, direct figures, factors given as tCO2e/MWh).
    public var co2eUnsplitTCO2e: Double = 0
    /// Biogenic CO2, reported apart and not in the totals.
    public var biogenicCO2T: Double = 0
    /// Computed but outside the coverage (I.4.4, III.x.3, VI.1, BASIC+ rows in BASIC).
    public var outsideTotalTCO2e: Double = 0
    public var notationKeys: [NotationEntry] = []

    static let sectors = ["I", "II", "III", "IV", "V"]

    enum CodingKeys: String, CodingKey {
        case totalTCO2e = "total_tco2e"
        case bySector = "by_sector"
        case byScope = "by_scope"
        case byGasT = "by_gas_t"
        case co2eUnsplitTCO2e = "co2e_unsplit_tco2e"
        case biogenicCO2T = "biogenic_co2_t"
        case outsideTotalTCO2e = "outside_total_tco2e"
        case notationKeys = "notation_keys"
    }

    public init() {}
}

/// Reasons, before they are given a location.
struct Messages: Error {
    let list: [InputReason]
    init(_ list: [InputReason]) { self.list = list }
}

/// Emissions of one activity, split by gas where the factors allow.
public struct Emission: Sendable, Equatable {
    public var co2T = 0.0
    public var ch4T = 0.0
    public var n2oT = 0.0
    public var unsplitTCO2e = 0.0
    public var biogenicCO2T = 0.0

    public func tco2e(ch4GWP: Double, n2oGWP: Double) -> Double {
        co2T + ch4T * ch4GWP + n2oT * n2oGWP + unsplitTCO2e
    }
}

/// The inventory calculation of MODEL.md §1–2.
public enum Inventory {
    /// The largest size an amount, an own factor or a direct figure of one
    /// row may have: 10¹² (a thousand TWh in kWh, a billion tonnes). Far above
    /// any city's, and far below where sums of rows stop being exact or
    /// finite, so every total, chart and report stays a number.
    public static let largest = 1e12

    /// An activity checked and turned into what the calculation needs.
    public enum Source: Sendable, Equatable {
        /// A fuel burnt: energy in MWh.
        case fuel(carrier: String, megawattHours: Double)
        /// Grid-supplied energy (electricity, district heat) in MWh.
        case grid(carrier: String, megawattHours: Double)
        /// Solar thermal, ambient heat, geothermal: energy with no emissions.
        case zero(carrier: String, megawattHours: Double)
        /// An amount in its own unit times its own factor (tCO2e per unit);
        /// the carrier, when the row names one, is what a `reduce_activity`
        /// action with a carrier filter matches (MODEL.md §4 step 2).
        case ownFactor(carrier: String?, amount: Double, factor: Double)
        case direct(tco2e: Double)
        case notation(NotationKey)
    }

    /// A checked row.
    public struct Row: Sendable, Equatable {
        public let reference: GPCReference
        public let source: Source
    }

    /// Checks every row; returns the checked rows or every problem found.
    /// `gridFactors`: the carriers that have a factor given (grid carriers need one).
    public static func check(_ activities: [Located<Activity>], gridFactors: [String: Double] = [:], reference: ReferenceData = .shipped)
        -> Result<[Row], InputProblems>
    {
        var rows: [Row] = []
        var problems: [InputProblem] = []
        for located in activities {
            switch check(located.value, gridFactors: gridFactors, reference: reference) {
            case .success(let row): rows.append(row)
            case .failure(let messages): problems += messages.list.map { InputProblem(located.location, $0) }
            }
        }
        return problems.isEmpty ? .success(rows) : .failure(InputProblems(problems: problems))
    }

    private static func check(_ activity: Activity, gridFactors: [String: Double], reference data: ReferenceData) -> Result<Row, Messages> {
        var problems: [InputReason] = []
        guard let gpc = data.gpc[activity.gpc] else {
            return .failure(Messages([.unknownGPC(activity.gpc)]))
        }
        if let carrier = activity.carrier, !data.carriers.contains(carrier) {
            problems.append(.unknownCarrier(carrier))
        }
        if let amount = activity.amount, amount < 0 { problems.append(.negativeAmount(amount)) }
        for (field, value) in [
            ("amount", activity.amount), ("factor_tco2e_per_unit", activity.factorTCO2ePerUnit),
            ("emissions_tco2e", activity.emissionsTCO2e),
        ] {
            if let value, abs(value) > Self.largest { problems.append(.tooLarge(field: field, value: value, limit: Self.largest)) }
        }
        if let emissions = activity.emissionsTCO2e, emissions < 0, gpc.id != "V.2" {
            problems.append(.negativeEmissionsOutsideLand)
        }
        let kinds = [activity.notationKey != nil, activity.emissionsTCO2e != nil, activity.amount != nil].filter { $0 }.count
        if kinds > 1 { problems.append(.severalKinds) }
        if kinds == 0 { problems.append(.noKind) }
        guard problems.isEmpty else { return .failure(Messages(problems)) }

        if let key = activity.notationKey { return .success(Row(reference: gpc, source: .notation(key))) }
        if let emissions = activity.emissionsTCO2e { return .success(Row(reference: gpc, source: .direct(tco2e: emissions))) }
        let amount = activity.amount!
        if let factor = activity.factorTCO2ePerUnit {
            guard factor >= 0 else { return .failure(Messages([.negativeOwnFactor(factor)])) }
            return .success(Row(reference: gpc, source: .ownFactor(carrier: activity.carrier, amount: amount, factor: factor)))
        }
        guard let carrier = activity.carrier else { return .failure(Messages([.amountNeedsCarrier])) }
        guard let unit = activity.unit else { return .failure(Messages([.amountNeedsUnit])) }
        guard case .success(let energy) = unit.megawattHours(amount, of: carrier, data) else {
            return .failure(Messages([.unitDoesNotFit(unit: unit.rawValue, carrier: carrier)]))
        }
        if ReferenceData.gridCarriers.contains(carrier) {
            guard gridFactors[carrier] != nil else {
                return .failure(Messages([.gridCarrierNoFactor(carrier)]))
            }
            return .success(Row(reference: gpc, source: .grid(carrier: carrier, megawattHours: energy)))
        }
        if ReferenceData.zeroCarriers.contains(carrier) {
            return .success(Row(reference: gpc, source: .zero(carrier: carrier, megawattHours: energy)))
        }
        if data.fuels[carrier]?.co2KgPerTJ == nil {
            return .failure(Messages([.noCO2Factor(carrier: carrier, subsector: gpc.subsector)]))
        }
        return .success(Row(reference: gpc, source: .fuel(carrier: carrier, megawattHours: energy)))
    }

    /// Emissions of one fuel burnt in a sub-sector: CO2 = E × co2 / 1000 (t, E
    /// in TJ), CH4 and N2O likewise from the sub-sector's column (empty = 0).
    public static func fuelEmission(carrier: String, megawattHours: Double, subsector: String, reference data: ReferenceData = .shipped)
        -> Emission
    {
        guard let fuel = data.fuels[carrier] else { return Emission() }
        let terajoules = megawattHours * ActivityUnit.gjPerMWh / 1000
        var emission = Emission()
        let co2 = terajoules * (fuel.co2KgPerTJ ?? 0) / 1000
        if fuel.co2IsBiogenic { emission.biogenicCO2T = co2 } else { emission.co2T = co2 }
        if let column = CombustionColumn.of(subsector: subsector) {
            emission.ch4T = terajoules * (fuel.ch4KgPerTJ[column] ?? 0) / 1000
            emission.n2oT = terajoules * (fuel.n2oKgPerTJ[column] ?? 0) / 1000
        }
        return emission
    }

    /// The emission of one checked row. `gridFactors` holds tCO2e/MWh by
    /// carrier: required for grid carriers; for a fuel it replaces the IPCC
    /// factors by one unsplit figure (MODEL.md §3, `factors`).
    public static func emission(of row: Row, gridFactors: [String: Double], reference: ReferenceData = .shipped) -> Emission {
        switch row.source {
        case .fuel(let carrier, let energy):
            if let factor = gridFactors[carrier] { return Emission(unsplitTCO2e: energy * factor) }
            return fuelEmission(carrier: carrier, megawattHours: energy, subsector: row.reference.subsector, reference: reference)
        case .grid(let carrier, let energy):
            return Emission(unsplitTCO2e: energy * (gridFactors[carrier] ?? 0))
        case .zero, .notation:
            return Emission()
        case .ownFactor(_, let amount, let factor):
            return Emission(unsplitTCO2e: amount * factor)
        case .direct(let tco2e):
            return Emission(unsplitTCO2e: tco2e)
        }
    }

    /// The totals of MODEL.md §2 and §6 (`baseline`).
    public static func totals(
        _ rows: [Row], gwp: GWPSet = .ar5, coverage: Coverage = .basic, gridFactors: [String: Double] = [:],
        reference: ReferenceData = .shipped
    ) -> InventoryTotals {
        let (ch4GWP, n2oGWP) = reference.gwp[gwp] ?? (0, 0)
        var totals = InventoryTotals()
        for row in rows {
            if case .notation(let key) = row.source {
                totals.notationKeys.append(NotationEntry(gpc: row.reference.id, key: key))
                continue
            }
            let emission = emission(of: row, gridFactors: gridFactors, reference: reference)
            let tco2e = emission.tco2e(ch4GWP: ch4GWP, n2oGWP: n2oGWP)
            guard row.reference.counts(in: coverage) else {
                totals.outsideTotalTCO2e += tco2e
                continue
            }
            totals.totalTCO2e += tco2e
            totals.bySector[row.reference.sector, default: 0] += tco2e
            totals.byScope[String(row.reference.scope), default: 0] += tco2e
            totals.byGasT["CO2", default: 0] += emission.co2T
            totals.byGasT["CH4", default: 0] += emission.ch4T
            totals.byGasT["N2O", default: 0] += emission.n2oT
            totals.co2eUnsplitTCO2e += emission.unsplitTCO2e
            totals.biogenicCO2T += emission.biogenicCO2T
        }
        return totals
    }
}
