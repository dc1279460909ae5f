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

    /// Passes over `count` numbers, as if they were drawn and not used.
    mutating func skip(_ count: Int) {
        state &+= 0x9E37_79B9_7F4A_7C15 &* UInt64(truncatingIfNeeded: count)
    }
}

/// A triangular distribution's constants, worked out once for many draws;
/// `draw(u)` gives the very same number as `Uncertain.draw(u)`.
struct Triangular {
    let low: Double
    let mode: Double
    let high: Double
    let width: Double
    let rise: Double
    let fall: Double
    let split: Double

    init(_ value: Uncertain) {
        low = value.min
        mode = value.mode
        high = value.max
        width = high - low
        rise = mode - low
        fall = high - mode
        split = high > low ? rise / width : 0
    }

    @inline(__always) func draw(_ u: Double) -> Double {
        guard high > low else { return mode }
        return u < split ? low + (u * width * rise).squareRoot() : high - ((1 - u) * width * fall).squareRoot()
    }

    /// Four draws at once, lane by lane the same numbers as `draw(_:)`.
    @inline(__always) func draw(_ u: SIMD4<Double>) -> SIMD4<Double> {
        guard high > low else { return SIMD4(repeating: mode) }
        let below = u .< SIMD4(repeating: split)
        var area = (1 - u) * width * fall
        area.replace(with: u * width * rise, where: below)
        let root = area.squareRoot()
        var value = high - root
        value.replace(with: low + root, where: below)
        return value
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

    /// p5, p50 and p95 of `values`, the same numbers as `of(sorted:)` on the
    /// sorted values, found by selection rather than sorting (the values are
    /// reordered). Needs only the six order statistics around the three
    /// positions: p50's by Floyd–Rivest selection over all values, then p5's
    /// in the lower half and p95's in the upper half, each neighbour by a
    /// scan of the part beside it.
    public static func spread(_ values: UnsafeMutableBufferPointer<Double>) -> (p5: Double, p50: Double, p95: Double) {
        let n = values.count
        guard n >= 64 else {
            let sorted = values.sorted()
            return (of(sorted: sorted, 5), of(sorted: sorted, 50), of(sorted: sorted, 95))
        }
        func interpolate(_ p: Double, _ low: Double, _ high: Double) -> Double {
            let position = p / 100 * Double(n - 1)
            return low + (high - low) * (position - position.rounded(.down))
        }
        func lower(_ p: Double) -> Int { Int((p / 100 * Double(n - 1)).rounded(.down)) }
        let k50 = lower(50)
        let k5 = lower(5)
        let k95 = lower(95)
        // p50: values[k50] and the smallest value above it.
        select(values, k50, 0, n - 1)
        let p50 = interpolate(50, values[k50], values[(k50 + 1)...].min()!)
        // p5 in values[0...k50]: select k5 + 1, then the largest value below it.
        select(values, k5 + 1, 0, k50)
        let p5 = interpolate(5, values[0...k5].max()!, values[k5 + 1])
        // p95 in values[k50 + 1 ..< n].
        select(values, k95, k50 + 1, n - 1)
        let p95 = interpolate(95, values[k95], values[(k95 + 1)...].min()!)
        return (p5, p50, p95)
    }

    /// Floyd and Rivest's SELECT (Comm. ACM 18(3), 1975, algorithm 489):
    /// reorders `a[left...right]` so that `a[k]` is the value of rank k, the
    /// values before it no greater and those after it no smaller. The pivot
    /// is found by selecting in a sample around rank k first, so one pass
    /// over the values usually leaves only a few hundred; the pass is a
    /// partition without branches (values equal to the pivot go to either
    /// side by the parity of their index, so equal values still split).
    static func select(_ a: UnsafeMutableBufferPointer<Double>, _ k: Int, _ left: Int, _ right: Int) {
        var left = left
        var right = right
        while right > left {
            if right - left > 600 {
                let n = Double(right - left + 1)
                let i = Double(k - left + 1)
                let z = log(n)
                let s = 0.5 * exp(2 * z / 3)
                let sd = 0.5 * (z * s * (n - s) / n).squareRoot() * (i - n / 2 < 0 ? -1 : 1)
                let newLeft = Swift.max(left, Int((Double(k) - i * s / n + sd).rounded(.down)))
                let newRight = Swift.min(right, Int((Double(k) + (n - i) * s / n + sd).rounded(.down)))
                select(a, k, newLeft, newRight)
            }
            a.swapAt(k, right)
            let pivot = a[right]
            var store = left
            for i in left..<right {
                let value = a[i]
                let less = unsafeBitCast(value < pivot, to: UInt8.self)
                let tie = unsafeBitCast(value == pivot, to: UInt8.self) & UInt8(truncatingIfNeeded: ~i & 1)
                a[i] = a[store]
                a[store] = value
                store &+= Int(less | tie)
            }
            a.swapAt(store, right)
            if store == k { return }
            if store < k { left = store + 1 } else { right = store - 1 }
        }
    }
}

extension ScenarioEngine {
    /// The amount (fraction, share or tCO2e) of an action as given in the file.
    func amount(of action: Int) -> Uncertain {
        let action = scenario.actions[action]
        return action.fraction ?? action.share ?? action.tco2e ?? .fixed(0)
    }

    /// Adds the percentiles and the probability of meeting the target from
    /// `draws` Monte Carlo draws (MODEL.md §5).
    ///
    /// Every uncertain parameter is drawn once per draw, the same value in
    /// every year, in a fixed order: actions in file order, then growth by
    /// prefix in sorted order (a uniform number is taken for fixed ones too,
    /// so adding uncertainty to one action does not change the draws of the
    /// others). Draw d uses its own generator seeded from (seed, d), so the
    /// results do not depend on the threads. Only the uncertain parameters
    /// are evaluated per draw; the rest is folded into a `PathwayPlan` once.
    func addUncertainty(to result: inout ScenarioResult, draws: Int, seed: UInt64, threads: Int) {
        let drawn = drawPathways(draws: draws, seed: seed, threads: threads)
        let years = drawn.years
        drawn.gross.withUnsafeMutableBufferPointer { gross in
            drawn.net.withUnsafeMutableBufferPointer { net in
                func column(_ values: UnsafeMutableBufferPointer<Double>, _ y: Int) -> UnsafeMutableBufferPointer<Double> {
                    UnsafeMutableBufferPointer(rebasing: values[(y * draws)..<((y + 1) * draws)])
                }
                for y in 0..<years {
                    let grossSpread = Percentile.spread(column(gross, y))
                    result.years[y].grossP5 = grossSpread.p5
                    result.years[y].grossP50 = grossSpread.p50
                    result.years[y].grossP95 = grossSpread.p95
                    let netSpread = drawn.removesNothing ? grossSpread : Percentile.spread(column(net, y))
                    result.years[y].netP5 = netSpread.p5
                    result.years[y].netP50 = netSpread.p50
                    result.years[y].netP95 = netSpread.p95
                }
            }
        }
        result.target.probabilityMeetsReduction = drawn.meets.map { Double($0) / Double(draws) }
    }

    /// Gross and net emissions of every draw in every year (year-major: a
    /// year's draws are contiguous), from the baseline year on, and how many
    /// draws meet the target; `removesNothing` when net is gross in every draw.
    public final class DrawnPathways: @unchecked Sendable {
        public let draws: Int
        public let years: Int
        public let firstYear: Int
        public internal(set) var gross: [Double]
        public internal(set) var net: [Double]
        public let meets: Int?
        public let removesNothing: Bool

        init(draws: Int, years: Int, firstYear: Int, gross: [Double], net: [Double], meets: Int?, removesNothing: Bool) {
            self.draws = draws
            self.years = years
            self.firstYear = firstYear
            self.gross = gross
            self.net = net
            self.meets = meets
            self.removesNothing = removesNothing
        }

        /// Draw `d`'s gross emissions in calendar year `year`.
        public func gross(year: Int, draw d: Int) -> Double { gross[(year - firstYear) * draws + d] }
    }

    /// The draws of MODEL.md §5, kept draw by draw (a joint pathway adds
    /// several cities' draws up).
    public func drawPathways(draws: Int, seed: UInt64, threads: Int = 1) -> DrawnPathways {
        let actionCount = scenario.actions.count
        let variableActions = (0..<actionCount).filter { amount(of: $0).isUncertain }
        let variableGrowth = growthKeys.indices.filter { scenario.growth[growthKeys[$0]]!.isUncertain }
        let distributions = variableActions.map { amount(of: $0) } + variableGrowth.map { scenario.growth[growthKeys[$0]]! }
        // Where each action's and growth rate's draw goes among the values (−1: fixed).
        let position =
            (0..<actionCount).map { variableActions.firstIndex(of: $0) ?? -1 }
            + growthKeys.indices.map { g in variableGrowth.firstIndex(of: g).map { variableActions.count + $0 } ?? -1 }
        let plan = PathwayPlan(self, values: modes(), variableActions: variableActions, variableGrowth: variableGrowth)
        // In the generator's order: the numbers to pass over before each
        // uncertain parameter's draw (the fixed ones' numbers), and its distribution.
        let order = position.indices.filter { position[$0] >= 0 }
        let skips = order.indices.map { k in order[k] - (k == 0 ? 0 : order[k - 1] + 1) }
        let triangles = order.map { Triangular(distributions[position[$0]]) }
        let years = plan.yearCount
        let targetIndex = scenario.targetYear - scenario.baselineYear
        let hasTarget = targetIndex >= 0 && targetIndex < years
        // The baseline is the BAU of the baseline year, the same in every draw.
        let baseline = baselineGross()
        let reduction = scenario.targetReduction
        // Gross and net per year and draw, year-major so each year's draws are
        // contiguous; every element is written by its draw. Each thread writes
        // only its own draws' elements and its own count of draws that meet.
        let gross = Shared(UnsafeMutableBufferPointer<Double>.allocate(capacity: draws * years))
        let net = Shared(UnsafeMutableBufferPointer<Double>.allocate(capacity: draws * years))
        let chunks = Swift.max(1, Swift.min(threads, draws))
        let meets = Shared(UnsafeMutableBufferPointer<Int>.allocate(capacity: chunks))
        defer {
            gross.buffer.deallocate()
            net.buffer.deallocate()
            meets.buffer.deallocate()
        }
        let perChunk = (draws + chunks - 1) / chunks
        let work: @Sendable (Int) -> Void = { chunk in
            let workspace = PathwayPlan.Workspace(plan)
            var values = [SIMD4<Double>](repeating: .zero, count: distributions.count)
            var generators = [SeededGenerator](repeating: SeededGenerator(seed: 0), count: 4)
            var count = 0
            let last = Swift.min(draws, (chunk + 1) * perChunk)
            // Four draws at a time, one per lane (the last block may repeat its last draw).
            for first in Swift.stride(from: chunk * perChunk, to: last, by: 4) {
                let lanes = Swift.min(4, last - first)
                for lane in 0..<4 {
                    let d = UInt64(first + Swift.min(lane, lanes - 1))
                    generators[lane] = SeededGenerator(seed: seed &+ d &* 0xD1B5_4A32_D192_ED03)
                }
                for (k, distribution) in triangles.enumerated() {
                    var u = SIMD4<Double>()
                    for lane in 0..<4 {
                        generators[lane].skip(skips[k])
                        u[lane] = generators[lane].unit()
                    }
                    values[k] = distribution.draw(u)
                }
                values.withUnsafeBufferPointer { plan.evaluate($0, into: workspace) }
                for t in 0..<years {
                    let grossYear = workspace.gross[t]
                    let netYear = grossYear - workspace.removals[t]
                    if lanes == 4 {
                        UnsafeMutableRawPointer(gross.buffer.baseAddress! + t * draws + first).storeBytes(
                            of: grossYear, as: SIMD4<Double>.self)
                        UnsafeMutableRawPointer(net.buffer.baseAddress! + t * draws + first).storeBytes(
                            of: netYear, as: SIMD4<Double>.self)
                    } else {
                        for lane in 0..<lanes {
                            gross.buffer[t * draws + first + lane] = grossYear[lane]
                            net.buffer[t * draws + first + lane] = netYear[lane]
                        }
                    }
                }
                if hasTarget {
                    for lane in 0..<lanes
                    where Self.meets(workspace.gross[targetIndex][lane], baseline: baseline, reduction: reduction) {
                        count += 1
                    }
                }
            }
            meets.buffer[chunk] = count
        }
        if chunks == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: chunks, execute: work) }
        let removesNothing = !plan.variableKinds.contains(.removal) && plan.fixedRemovals.allSatisfy { $0 == 0 }
        return DrawnPathways(
            draws: draws, years: years, firstYear: scenario.baselineYear, gross: Array(gross.buffer), net: Array(net.buffer),
            meets: hasTarget ? meets.buffer.reduce(0, +) : nil, removesNothing: removesNothing)
    }
}

/// A buffer written from several threads, each to its own slots (one draw's
/// values), so no two threads ever touch the same element.
struct Shared<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
