import Foundation

/// A small, fast generator with a fixed algorithm (SplitMix64, Steele et al.
/// 2014), so the same seed gives the same draws on every machine.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform number in [0, 1) with 53 random bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }
}

extension Uncertain {
    /// A draw by the inverse of the triangular distribution function.
    func draw(_ u: Double) -> Double {
        switch self {
        case .fixed(let value):
            return value
        case .triangular(let a, let c, let b):
            guard b > a else { return c }
            let split = (c - a) / (b - a)
            return u < split ? a + (u * (b - a) * (c - a)).squareRoot() : b - ((1 - u) * (b - a) * (b - c)).squareRoot()
        }
    }
}

/// Percentiles that interpolate linearly between order statistics (numpy's default).
public enum Percentile {
    public static func of(sorted values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let position = p / 100 * Double(values.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = Swift.min(lower + 1, values.count - 1)
        return values[lower] + (values[upper] - values[lower]) * (position - Double(lower))
    }
}

extension ScenarioEngine {
    /// Draw `d` of the parameters: every uncertain parameter once per draw
    /// (the same value in every year), in a fixed order: actions in file
    /// order, then growth by prefix in sorted order. Draw d uses its own
    /// generator seeded from (seed, d), so results do not depend on threads.
    func parameters(draw d: Int, seed: UInt64) -> Parameters {
        var generator = SeededGenerator(seed: seed &+ UInt64(d) &* 0xD1B5_4A32_D192_ED03)
        var amount = [Double]()
        amount.reserveCapacity(scenario.actions.count)
        for action in scenario.actions {
            let value = action.fraction ?? action.share ?? action.tco2e ?? .fixed(0)
            amount.append(value.draw(generator.unit()))
        }
        let growth = growthKeys.map { scenario.growth[$0]!.draw(generator.unit()) }
        return Parameters(amount: amount, growth: growth)
    }

    func addUncertainty(to result: inout ScenarioResult, draws: Int, seed: UInt64, threads: Int) {
        let years = Array(scenario.baselineYear...scenario.horizon)
        let yearFactors = years.map { factors($0) }
        let targetIndex = years.firstIndex(of: scenario.targetYear)
        // gross and net per draw and year, laid out draw-major.
        var gross = [Double](repeating: 0, count: draws * years.count)
        var net = [Double](repeating: 0, count: draws * years.count)
        var meets = [Bool](repeating: false, count: draws)
        let chunks = Swift.max(1, Swift.min(threads, draws))
        let perChunk = (draws + chunks - 1) / chunks
        gross.withUnsafeMutableBufferPointer { grossBuffer in
            net.withUnsafeMutableBufferPointer { netBuffer in
                meets.withUnsafeMutableBufferPointer { meetsBuffer in
                    let grossPointer = Shared(grossBuffer)
                    let netPointer = Shared(netBuffer)
                    let meetsPointer = Shared(meetsBuffer)
                    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                        var scratch = Scratch(self)
                        for d in (chunk * perChunk)..<Swift.min(draws, (chunk + 1) * perChunk) {
                            let p = parameters(draw: d, seed: seed)
                            scratch.startDraw(self, p)
                            var baseline = 0.0
                            for (y, year) in years.enumerated() {
                                let totals = scratch.evaluatePlanned(self, year, p, factors: yearFactors[y])
                                if y == 0 { baseline = scratch.bauGross(self, factors: yearFactors[0]) }
                                grossPointer.buffer[d * years.count + y] = totals.gross
                                netPointer.buffer[d * years.count + y] = totals.gross - totals.removals
                                if y == targetIndex {
                                    meetsPointer.buffer[d] = Self.meets(
                                        totals.gross, baseline: baseline, reduction: scenario.targetReduction)
                                }
                                scratch.grow(self, p)
                            }
                        }
                    }
                }
            }
        }
        for y in years.indices {
            let grossYear = (0..<draws).map { gross[$0 * years.count + y] }.sorted()
            let netYear = (0..<draws).map { net[$0 * years.count + y] }.sorted()
            result.years[y].grossP5 = Percentile.of(sorted: grossYear, 5)
            result.years[y].grossP50 = Percentile.of(sorted: grossYear, 50)
            result.years[y].grossP95 = Percentile.of(sorted: grossYear, 95)
            result.years[y].netP5 = Percentile.of(sorted: netYear, 5)
            result.years[y].netP50 = Percentile.of(sorted: netYear, 50)
            result.years[y].netP95 = Percentile.of(sorted: netYear, 95)
        }
        result.target.probabilityMeetsReduction = targetIndex == nil ? nil : Double(meets.filter { $0 }.count) / Double(draws)
    }
}

/// A buffer written from several threads, each to its own slots (one draw's
/// values), so no two threads ever touch the same element.
struct Shared<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}

/// Buffers one thread reuses for every draw and year, so the draws allocate
/// nothing; the BAU amounts grow by (1 + g) from year to year instead of a
/// power per year (the same numbers to rounding). Everything it reads is a
/// flat array of numbers, so the inner loops retain nothing.
struct Scratch {
    var bau: [Double]
    var amount: [Double]
    var afterCuts: [Double]
    var factors: [Double]

    init(_ engine: ScenarioEngine) {
        bau = [Double](repeating: 0, count: engine.nodes.count)
        amount = bau
        afterCuts = bau
        factors = [Double](repeating: 0, count: engine.factorKeys.count)
    }

    /// BAU of the baseline year (growth has not acted yet).
    mutating func startDraw(_ engine: ScenarioEngine, _ parameters: ScenarioEngine.Parameters) {
        for n in engine.nodes.indices { bau[n] = engine.nodes[n].base }
    }

    /// One year on: every node grows by its rate.
    mutating func grow(_ engine: ScenarioEngine, _ parameters: ScenarioEngine.Parameters) {
        for n in bau.indices where engine.nodeGrowth[n] >= 0 { bau[n] *= 1 + parameters.growth[engine.nodeGrowth[n]] }
    }

    private func gross(_ engine: ScenarioEngine, _ values: [Double], _ factors: [Double]) -> Double {
        var gross = 0.0
        for n in engine.countedNodes {
            let slot = engine.nodeSlots[n]
            gross += values[n] * (slot >= 0 ? factors[slot] : engine.nodeConstants[n])
        }
        return gross
    }

    /// gross of the BAU run in the current year.
    func bauGross(_ engine: ScenarioEngine, factors: [Double]) -> Double {
        gross(engine, bau, factors)
    }

    /// The year with every action as planned: the steps of `evaluate`, in place.
    mutating func evaluatePlanned(
        _ engine: ScenarioEngine, _ year: Int, _ parameters: ScenarioEngine.Parameters, factors baseFactors: [Double]
    )
        -> (gross: Double, removals: Double)
    {
        let count = engine.actionKinds.count
        let rampBase = (year - engine.scenario.baselineYear) * count
        for n in amount.indices { amount[n] = bau[n] }
        for n in factors.indices { factors[n] = baseFactors[n] }
        var removals = 0.0
        for index in 0..<count {
            let cut = parameters.amount[index] * engine.ramps[rampBase + index]
            guard cut != 0 else { continue }
            let range = engine.targetStart[index]..<engine.targetStart[index + 1]
            switch engine.actionKinds[index] {
            case .reduceActivity, .reduceDirect:
                let keep = Swift.max(0, 1 - cut)
                for t in range { amount[engine.targetList[t]] *= keep }
            case .reduceFactor:
                let keep = Swift.max(0, 1 - cut)
                for t in range { factors[engine.targetList[t]] *= keep }
            case .removal:
                removals += cut
            case .switchCarrier:
                break
            }
        }
        if !engine.switches.isEmpty {
            for n in amount.indices { afterCuts[n] = amount[n] }
            for link in engine.switches {
                let moved = afterCuts[link.source] * parameters.amount[link.action] * engine.ramps[rampBase + link.action]
                amount[link.source] -= moved
                amount[link.destination] += moved * engine.actionRatios[link.action]
            }
        }
        return (gross(engine, amount, factors), removals)
    }
}
