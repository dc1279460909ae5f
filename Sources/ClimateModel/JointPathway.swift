import Foundation
import Synchronization

/// Several cities' pathways added up year by year (a partnership's joint
/// pathway): gross emissions and business as usual as sums, the target line
/// as the sum of the cities' target lines, and the uncertainty of the sum
/// from each city's draws added draw by draw. Each city is drawn with its
/// own seed, so the cities' uncertain values are independent of each other
/// (docs/model.md says why that is the assumption).
public struct JointPathway: Codable, Sendable, Equatable {
    public struct Year: Codable, Sendable, Equatable {
        public var year: Int
        public var bauTCO2e: Double
        public var grossTCO2e: Double
        public var targetTCO2e: Double
        public var grossP5: Double?
        public var grossP50: Double?
        public var grossP95: Double?
    }

    /// The cities' ids, in the order given.
    public var cities: [String]
    public var targetYear: Int
    public var years: [Year]
    /// The share of draws in which the sum of the cities' gross emissions in
    /// the target year is at most the sum of their target lines.
    public var probabilityMeetsTarget: Double?
    public var draws: Int

    /// The seed of city `index`'s draws: distinct for each, from one seed.
    public static func seed(_ seed: UInt64, city index: Int) -> UInt64 {
        seed &+ UInt64(index + 1) &* 0x9E37_79B9_7F4A_7C15
    }

    /// Adds up `members` (each city's scenario and its deterministic result)
    /// over the years they all cover. Their draws run one city per thread at
    /// a time, as the multi-scenario run does; the answer does not depend on
    /// the threads.
    public static func run(
        _ members: [(scenario: Scenario, result: ScenarioResult)], draws: Int, seed: UInt64, threads: Int = 1
    ) -> JointPathway? {
        guard !members.isEmpty else { return nil }
        let start = members.map(\.result.baselineYear).max()!
        let end = members.map { $0.result.years.last?.year ?? $0.result.baselineYear }.min()!
        guard start <= end else { return nil }
        let targetYear = members.map(\.result.targetYear).max()!
        var drawn = [ScenarioEngine.DrawnPathways?](repeating: nil, count: members.count)
        if draws > 0 {
            let next = Atomic<Int>(0)
            let results = Mutex(drawn)
            let work: @Sendable (Int) -> Void = { _ in
                while true {
                    let index = next.add(1, ordering: .relaxed).oldValue
                    guard index < members.count else { return }
                    let pathways = ScenarioEngine(members[index].scenario).drawPathways(draws: draws, seed: Self.seed(seed, city: index))
                    results.withLock { $0[index] = pathways }
                }
            }
            let workers = Swift.max(1, Swift.min(threads, members.count))
            if workers == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: workers, execute: work) }
            drawn = results.withLock { $0 }
        }
        var years: [Year] = []
        var sums = [Double](repeating: 0, count: draws)
        var targetSums: [Double] = []
        var targetLevel = 0.0
        for year in start...end {
            var row = Year(year: year, bauTCO2e: 0, grossTCO2e: 0, targetTCO2e: 0)
            for member in members {
                guard let own = member.result.years.first(where: { $0.year == year }) else { continue }
                row.bauTCO2e += own.bauTCO2e
                row.grossTCO2e += own.grossTCO2e
                row.targetTCO2e += own.targetTCO2e
            }
            if draws > 0 {
                for d in 0..<draws { sums[d] = 0 }
                for pathways in drawn.compactMap({ $0 }) {
                    for d in 0..<draws { sums[d] += pathways.gross(year: year, draw: d) }
                }
                if year == targetYear {
                    targetSums = sums
                    targetLevel = row.targetTCO2e
                }
                let spread = sums.withUnsafeMutableBufferPointer { Percentile.spread($0) }
                row.grossP5 = spread.p5
                row.grossP50 = spread.p50
                row.grossP95 = spread.p95
            }
            years.append(row)
        }
        var probability: Double? = nil
        if draws > 0, !targetSums.isEmpty {
            let limit = targetLevel + 1e-9 * Swift.max(abs(targetLevel), 1)
            probability = Double(targetSums.filter { $0 <= limit }.count) / Double(draws)
        }
        return JointPathway(
            cities: members.map(\.result.city), targetYear: targetYear, years: years, probabilityMeetsTarget: probability, draws: draws)
    }
}
