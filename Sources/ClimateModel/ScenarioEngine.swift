import Foundation

/// The output of one scenario (MODEL.md §6).
public struct ScenarioResult: Codable, Sendable, Equatable {
    public struct Year: Codable, Sendable, Equatable {
        public var year: Int
        public var bauTCO2e: Double
        public var grossTCO2e: Double
        public var removalsTCO2e: Double
        public var netTCO2e: Double
        public var targetTCO2e: Double
        public var gapTCO2e: Double
        public var bySector: [String: Double]
        public var grossP5: Double?
        public var grossP50: Double?
        public var grossP95: Double?
        public var netP5: Double?
        public var netP50: Double?
        public var netP95: Double?

        enum CodingKeys: String, CodingKey {
            case year
            case bauTCO2e = "bau_tco2e"
            case grossTCO2e = "gross_tco2e"
            case removalsTCO2e = "removals_tco2e"
            case netTCO2e = "net_tco2e"
            case targetTCO2e = "target_tco2e"
            case gapTCO2e = "gap_tco2e"
            case bySector = "by_sector"
            case grossP5 = "gross_p5"
            case grossP50 = "gross_p50"
            case grossP95 = "gross_p95"
            case netP5 = "net_p5"
            case netP50 = "net_p50"
            case netP95 = "net_p95"
        }
    }

    public struct ActionResult: Codable, Sendable, Equatable {
        public var id: String
        /// Year (as text) → tCO2e attributed to the action.
        public var reductionTCO2e: [String: Double]

        enum CodingKeys: String, CodingKey {
            case id
            case reductionTCO2e = "reduction_tco2e"
        }
    }

    public struct Target: Codable, Sendable, Equatable {
        public var meetsReduction: Bool
        public var netZero: Bool
        public var probabilityMeetsReduction: Double?

        enum CodingKeys: String, CodingKey {
            case meetsReduction = "meets_reduction"
            case netZero = "net_zero"
            case probabilityMeetsReduction = "probability_meets_reduction"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(meetsReduction, forKey: .meetsReduction)
            try container.encode(netZero, forKey: .netZero)
            // Present (null) in every output, as in MODEL.md §6.
            try container.encode(probabilityMeetsReduction, forKey: .probabilityMeetsReduction)
        }
    }

    public var city: String
    public var baselineYear: Int
    public var targetYear: Int
    public var gwp: String
    public var coverage: String
    public var baseline: InventoryTotals
    public var years: [Year]
    public var actions: [ActionResult]
    public var target: Target

    enum CodingKeys: String, CodingKey {
        case city
        case baselineYear = "baseline_year"
        case targetYear = "target_year"
        case gwp, coverage, baseline, years, actions, target
    }
}

/// The scenario engine of MODEL.md §4: a scenario compiled once into flat
/// arrays, then evaluated year by year for any action intensities, so the
/// same code serves the deterministic run, the attribution and the draws.
public struct ScenarioEngine: Sendable {
    /// One source of emissions: an activity, or energy moved to it by a switch.
    struct Node: Sendable {
        enum Kind: Sendable {
            /// Energy (MWh) of a carrier; its factor comes from `factorIndex`.
            case energy(factorIndex: Int)
            case ownFactor(factor: Double)
            case direct
        }
        var kind: Kind
        var base: Double
        /// Index into the growth rates (sorted prefixes), if any prefix matches.
        var growthIndex: Int?
        var sector: Int
        var counts: Bool
        var carrier: String?
        var reference: String
    }

    let scenario: Scenario
    let reference: ReferenceData
    var nodes: [Node] = []
    /// (carrier, sub-sector) pairs whose factor per MWh is needed.
    var factorKeys: [(carrier: String, subsector: String)] = []
    /// `factors(year)` for every year from the baseline to the horizon.
    private var yearFactors: [[Double]] = []
    /// For each switch: (action index, source node, destination node).
    var switches: [(action: Int, source: Int, destination: Int)] = []
    /// The growth prefixes in sorted order (the order of `Parameters.growth`).
    let growthKeys: [String]
    /// Per action, the nodes it scales (reduce_activity, reduce_direct) or the
    /// factor slots it scales (reduce_factor), found once here so that
    /// evaluating a year compares no strings.
    var targets: [[Int]] = []
    /// The inverse of `targets`: per node, the reduce_activity or
    /// reduce_direct actions that scale it; per factor slot, the reduce_factor
    /// actions. Used by the attribution.
    var nodeActions: [[Int]] = []
    var slotActions: [[Int]] = []
    /// The nodes as flat arrays: the factor slot of an energy node (−1
    /// otherwise), the constant factor of the others (own factor, or 1 for a
    /// direct figure) and the growth index (−1 for none).
    var nodeSlots: [Int] = []
    var nodeConstants: [Double] = []
    var nodeGrowth: [Int] = []

    static let sectors = ["I", "II", "III", "IV", "V"]

    public init(_ scenario: Scenario, reference: ReferenceData = .shipped) {
        self.scenario = scenario
        self.reference = reference
        let growthKeys = scenario.growth.keys.sorted()
        self.growthKeys = growthKeys
        func growthIndex(_ reference: String) -> Int? { scenario.growthKey(for: reference).flatMap { growthKeys.firstIndex(of: $0) } }
        var factorIndex: [String: Int] = [:]
        func factorSlot(_ carrier: String, _ subsector: String) -> Int {
            let key = carrier + "|" + subsector
            if let index = factorIndex[key] { return index }
            factorKeys.append((carrier, subsector))
            factorIndex[key] = factorKeys.count - 1
            return factorKeys.count - 1
        }
        func sectorIndex(_ ref: GPCReference) -> Int { Self.sectors.firstIndex(of: ref.sector) ?? -1 }
        for row in scenario.activities {
            let ref = row.reference
            let growthKey = growthIndex(ref.id)
            let counts = ref.counts(in: scenario.coverage)
            switch row.source {
            case .fuel(let carrier, let energy), .grid(let carrier, let energy), .zero(let carrier, let energy):
                nodes.append(
                    Node(
                        kind: .energy(factorIndex: factorSlot(carrier, ref.subsector)), base: energy, growthIndex: growthKey,
                        sector: sectorIndex(ref), counts: counts, carrier: carrier, reference: ref.id))
            case .ownFactor(let carrier, let amount, let factor):
                nodes.append(
                    Node(
                        kind: .ownFactor(factor: factor), base: amount, growthIndex: growthKey, sector: sectorIndex(ref), counts: counts,
                        carrier: carrier, reference: ref.id))
            case .direct(let tco2e):
                nodes.append(
                    Node(
                        kind: .direct, base: tco2e, growthIndex: growthKey, sector: sectorIndex(ref), counts: counts, carrier: nil,
                        reference: ref.id))
            case .notation:
                continue
            }
        }
        // Destinations of switches: a node per (reference, carrier), baseline 0.
        var destinations: [String: Int] = [:]
        let sourceCount = nodes.count
        for (actionIndex, action) in scenario.actions.enumerated() where action.kind == .switchCarrier {
            for sourceIndex in 0..<sourceCount {
                let source = nodes[sourceIndex]
                guard case .energy = source.kind, source.carrier == action.from, Scenario.matches(prefix: action.gpc, source.reference)
                else { continue }
                let destinationReference = action.toGPC ?? source.reference
                let key = destinationReference + "|" + (action.to ?? "")
                let destination: Int
                if let existing = destinations[key] {
                    destination = existing
                } else if let ref = reference.gpc[destinationReference], let to = action.to {
                    nodes.append(
                        Node(
                            kind: .energy(factorIndex: factorSlot(to, ref.subsector)), base: 0, growthIndex: nil, sector: sectorIndex(ref),
                            counts: ref.counts(in: scenario.coverage), carrier: to, reference: destinationReference))
                    destination = nodes.count - 1
                    destinations[key] = destination
                } else {
                    continue
                }
                switches.append((actionIndex, sourceIndex, destination))
            }
        }
        targets = scenario.actions.map { action in
            switch action.kind {
            case .reduceActivity:
                return nodes.indices.filter { n in
                    let node = nodes[n]
                    if case .direct = node.kind { return false }
                    return n < sourceCount && Scenario.matches(prefix: action.gpc, node.reference)
                        && (action.carrier == nil || action.carrier == node.carrier)
                }
            case .reduceDirect:
                return nodes.indices.filter { n in
                    guard case .direct = nodes[n].kind else { return false }
                    return Scenario.matches(prefix: action.gpc, nodes[n].reference)
                }
            case .reduceFactor:
                return factorKeys.indices.filter { action.carrier == nil || factorKeys[$0].carrier == action.carrier }
            case .switchCarrier, .removal:
                return []
            }
        }
        for node in nodes {
            switch node.kind {
            case .energy(let slot):
                nodeSlots.append(slot)
                nodeConstants.append(0)
            case .ownFactor(let factor):
                nodeSlots.append(-1)
                nodeConstants.append(factor)
            case .direct:
                nodeSlots.append(-1)
                nodeConstants.append(1)
            }
            nodeGrowth.append(node.growthIndex ?? -1)
        }
        yearFactors = (scenario.baselineYear...Swift.max(scenario.baselineYear, scenario.horizon)).map { year in
            Self.factors(year, scenario, factorKeys, reference)
        }
        nodeActions = Array(repeating: [], count: nodes.count)
        slotActions = Array(repeating: [], count: factorKeys.count)
        for (index, action) in scenario.actions.enumerated() {
            switch action.kind {
            case .reduceActivity, .reduceDirect: for n in targets[index] { nodeActions[n].append(index) }
            case .reduceFactor: for slot in targets[index] { slotActions[slot].append(index) }
            case .switchCarrier, .removal: break
            }
        }
    }

    /// The parameter values of one run: the modes, or one Monte Carlo draw.
    public struct Parameters: Sendable {
        /// Per action: fraction, share or tCO2e.
        var amount: [Double]
        /// Growth rate per prefix, in the order of `growthKeys`.
        var growth: [Double]
    }

    public func modes() -> Parameters {
        Parameters(
            amount: scenario.actions.map { ($0.fraction ?? $0.share ?? $0.tco2e)?.mode ?? 0 },
            growth: growthKeys.map { scenario.growth[$0]!.mode })
    }

    /// Emission factor (tCO2e/MWh) of each factor slot in a year, before
    /// reduce_factor (worked out once per year in `init`).
    func factors(_ year: Int) -> [Double] {
        let index = year - scenario.baselineYear
        return yearFactors.indices.contains(index) ? yearFactors[index] : Self.factors(year, scenario, factorKeys, reference)
    }

    private static func factors(
        _ year: Int, _ scenario: Scenario, _ factorKeys: [(carrier: String, subsector: String)], _ reference: ReferenceData
    ) -> [Double] {
        let (ch4, n2o) = reference.gwp[scenario.gwp] ?? (0, 0)
        return factorKeys.map { key in
            if let points = scenario.factors[key.carrier] { return Scenario.interpolate(points, year) }
            if ReferenceData.zeroCarriers.contains(key.carrier) { return 0 }
            return Inventory.fuelEmission(carrier: key.carrier, megawattHours: 1, subsector: key.subsector, reference: reference)
                .tco2e(ch4GWP: ch4, n2oGWP: n2o)
        }
    }

    /// The BAU amount of every node in a year (step 1).
    func bau(_ year: Int, _ parameters: Parameters) -> [Double] {
        let elapsed = Double(year - scenario.baselineYear)
        return nodes.map { node in
            guard node.base != 0 else { return 0 }
            guard let g = node.growthIndex else { return node.base }
            return node.base * pow(1 + parameters.growth[g], elapsed)
        }
    }
}
