import Foundation
import Synchronization

extension ScenarioEngine {
    /// Runs the scenario: deterministic (`draws` = 0) or with Monte Carlo
    /// draws; the non-percentile fields always come from the deterministic run.
    public func run(draws: Int = 0, seed: UInt64 = 0, threads: Int = 1) -> ScenarioResult {
        let s = scenario
        let parameters = modes()
        // BAU: no action at all; the plan: every action as planned.
        let bau = PathwayPlan(self, values: Parameters(amount: parameters.amount.map { _ in 0 }, growth: parameters.growth))
        let planned = PathwayPlan(self, values: parameters, bySector: true)
        let bauTotals = PathwayPlan.Workspace(bau)
        let plannedTotals = PathwayPlan.Workspace(planned)
        bau.evaluate([], into: bauTotals)
        planned.evaluate([], into: plannedTotals)
        let baseline = bauTotals.gross(0)
        let count = planned.yearCount
        let rows = (0..<count).map { t in
            let year = s.baselineYear + t
            let gross = plannedTotals.gross(t)
            let removals = plannedTotals.removals(t)
            let target = targetLine(year, baseline: baseline)
            return ScenarioResult.Year(
                year: year, bauTCO2e: bauTotals.gross(t), grossTCO2e: gross, removalsTCO2e: removals, netTCO2e: gross - removals,
                targetTCO2e: target, gapTCO2e: gross - target,
                bySector: Dictionary(
                    uniqueKeysWithValues: Self.sectors.indices.map { (Self.sectors[$0], plannedTotals.sector($0, t)) }
                )
            )
        }
        let targetRow = rows.first { $0.year == s.targetYear }
        var result = ScenarioResult(
            city: s.city, baselineYear: s.baselineYear, targetYear: s.targetYear, gwp: s.gwp.rawValue, coverage: s.coverage.rawValue,
            baseline: baselineTotals(), years: rows, actions: attribution(parameters),
            target: .init(
                meetsReduction: targetRow.map { Self.meets($0.grossTCO2e, baseline: baseline, reduction: s.targetReduction) } ?? false,
                netZero: (targetRow?.netTCO2e ?? 1) <= 0, probabilityMeetsReduction: nil))
        if draws > 0 { addUncertainty(to: &result, draws: draws, seed: seed, threads: threads) }
        return result
    }

    /// Runs many scenarios (a national file) on `threads` threads, one
    /// scenario per thread at a time; the results are in the input's order
    /// and the same whatever the threads.
    public static func run(_ scenarios: [Scenario], draws: Int = 0, seed: UInt64 = 0, threads: Int = 1) -> [ScenarioResult] {
        guard scenarios.count > 1, threads > 1 else {
            return scenarios.map { ScenarioEngine($0).run(draws: draws, seed: seed, threads: threads) }
        }
        let next = Atomic<Int>(0)
        let results = Mutex([ScenarioResult?](repeating: nil, count: scenarios.count))
        DispatchQueue.concurrentPerform(iterations: Swift.min(threads, scenarios.count)) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < scenarios.count else { return }
                let result = ScenarioEngine(scenarios[index]).run(draws: draws, seed: seed, threads: 1)
                results.withLock { $0[index] = result }
            }
        }
        return results.withLock { $0.map { $0! } }
    }

    /// Gross emissions of the baseline year (its BAU, the same in every draw).
    func baselineGross() -> Double {
        let parameters = modes()
        let bau = PathwayPlan(self, values: Parameters(amount: parameters.amount.map { _ in 0 }, growth: parameters.growth))
        let totals = PathwayPlan.Workspace(bau)
        bau.evaluate([], into: totals)
        return totals.gross(0)
    }

    /// gross ≤ baseline × (1 − reduction), with 1e-9 relative tolerance.
    static func meets(_ gross: Double, baseline: Double, reduction: Double) -> Bool {
        let limit = baseline * (1 - reduction)
        return gross <= limit + 1e-9 * Swift.max(abs(limit), abs(baseline))
    }

    /// Linear from the baseline to baseline × (1 − reduction) in the target year, flat after.
    func targetLine(_ year: Int, baseline: Double) -> Double {
        let s = scenario
        guard s.targetYear > s.baselineYear else { return baseline * (1 - s.targetReduction) }
        let progress = Swift.min(1, Double(year - s.baselineYear) / Double(s.targetYear - s.baselineYear))
        return baseline * (1 - s.targetReduction * progress)
    }

    /// The `baseline` object: the BAU inventory of the baseline year, split by gas.
    func baselineTotals() -> InventoryTotals {
        let factors = scenario.factors.mapValues { Scenario.interpolate($0, scenario.baselineYear) }
        return Inventory.totals(
            scenario.activities, gwp: scenario.gwp, coverage: scenario.coverage, gridFactors: factors, reference: reference)
    }

    /// Each action's share of the reduction bau(t) − gross(t): Shapley values,
    /// computed exactly. gross(t) is multilinear in the actions' intensities
    /// z (each action enters one factor of each emission linearly), so by
    /// Owen (1972) the Shapley value of action i is ∫₀¹ −∂g/∂zᵢ(y·1) dy, the
    /// integrand a polynomial in y of low degree (`degree`), which
    /// Gauss–Legendre quadrature integrates exactly. The parts add up to the
    /// whole and do not depend on the order of the actions. Removals are
    /// attributed to their own actions.
    func attribution(_ parameters: Parameters) -> [ScenarioResult.ActionResult] {
        attribution(
            parameters, points: { degree($0) / 2 + 1 },
            integrand: { year, y, yearFactors, yearBAU, players in
                gradient(year, parameters, at: y, factors: yearFactors, bau: yearBAU)
            })
    }

    /// The same values from two evaluations of the year per action and point
    /// (g with zᵢ = 0 minus g with zᵢ = 1): slower, and independent of the
    /// hand-derived gradient, so tests compare the two.
    func attributionByEvaluation(_ parameters: Parameters) -> [ScenarioResult.ActionResult] {
        let actions = scenario.actions.indices.filter { scenario.actions[$0].kind != .removal }
        let plan = PathwayPlan(self, values: parameters, variableActions: actions)
        let workspace = PathwayPlan.Workspace(plan)
        // As many points as the players could need, not the degree bound, so
        // that this also checks the bound.
        return attribution(
            parameters, points: { $0.count / 2 + 1 },
            integrand: { year, y, yearFactors, yearBAU, players in
                let t = year - scenario.baselineYear
                var values = [Double](repeating: 0, count: scenario.actions.count)
                var intensity = [Double](repeating: 0, count: actions.count)
                func gross() -> Double {
                    let amounts = actions.indices.map { parameters.amount[actions[$0]] * intensity[$0] }
                    plan.evaluate(amounts, years: t..<(t + 1), into: workspace)
                    return workspace.gross(t)
                }
                let positions = players.map { actions.firstIndex(of: $0)! }
                for p in positions { intensity[p] = y }
                for (player, p) in zip(players, positions) {
                    intensity[p] = 0
                    let without = gross()
                    intensity[p] = 1
                    let with = gross()
                    intensity[p] = y
                    values[player] = without - with
                }
                return values
            })
    }

    private func attribution(
        _ parameters: Parameters, points: ([Int]) -> Int,
        integrand: (_ year: Int, _ y: Double, _ factors: [Double], _ bau: [Double], _ players: [Int]) -> [Double]
    ) -> [ScenarioResult.ActionResult] {
        let s = scenario
        var reductions = [[String: Double]](repeating: [:], count: s.actions.count)
        for year in s.baselineYear...s.horizon {
            let yearFactors = factors(year)
            let yearBAU = bau(year, parameters)
            // Only actions in effect this year are players; the others add nothing.
            let players = s.actions.indices.filter {
                s.actions[$0].kind != .removal && s.actions[$0].ramp(year) > 0 && parameters.amount[$0] != 0
            }
            var values = [Double](repeating: 0, count: s.actions.count)
            if !players.isEmpty {
                for (y, weight) in GaussLegendre.unitInterval(points: points(players)) {
                    let point = integrand(year, y, yearFactors, yearBAU, players)
                    for p in players { values[p] += weight * point[p] }
                }
            }
            for (index, action) in s.actions.enumerated() {
                let value = action.kind == .removal ? parameters.amount[index] * action.ramp(year) : values[index]
                reductions[index][String(year)] = value
            }
        }
        return zip(s.actions, reductions).map { ScenarioResult.ActionResult(id: $0.id, reductionTCO2e: $1) }
    }

    /// Per action id, the other actions whose effects multiply one of its
    /// emissions in gross(t): where the attribution splits a joint
    /// reduction between them. An emission's factors (as `gradient` has
    /// them): the cuts on its activity and on its carrier's factor; energy
    /// that stays is also times (1 − Σ shares), so each switch meets those
    /// cuts but not another switch; energy moved by a switch meets the cuts
    /// on its source's activity and on its destination's factor. Emissions
    /// outside the coverage, or of nothing, meet no one; removals no emission.
    public func overlaps() -> [String: Set<String>] {
        func slotCuts(_ node: Int) -> [Int] { nodeSlots[node] >= 0 ? slotActions[nodeSlots[node]] : [] }
        var groups: [[Int]] = []
        for n in nodes.indices where nodes[n].counts && nodes[n].base != 0 {
            let staying = nodeActions[n] + slotCuts(n)
            groups.append(staying)
            for link in switches where link.source == n {
                groups.append(staying + [link.action])
                if nodes[link.destination].counts { groups.append(nodeActions[n] + [link.action] + slotCuts(link.destination)) }
            }
        }
        var result: [String: Set<String>] = [:]
        for group in groups {
            let ids = Set(group.map { scenario.actions[$0].id })
            guard ids.count > 1 else { continue }
            for id in ids { result[id, default: []].formUnion(ids.subtracting([id])) }
        }
        return result
    }

    /// The degree of gross(t) as a polynomial in y along z = y·1: the most
    /// players that multiply one emission (the cuts on a node, the cuts on
    /// its factor, and one switch, moving or staying). The integrand of the
    /// attribution, a derivative, has a lower degree, so ⌊degree/2⌋ + 1
    /// Gauss–Legendre points integrate it exactly; most emissions meet only a
    /// few actions, so this needs far fewer points than the count of players.
    func degree(_ players: [Int]) -> Int {
        var isPlayer = [Bool](repeating: false, count: scenario.actions.count)
        for p in players { isPlayer[p] = true }
        func count(_ list: [Int]) -> Int { list.reduce(0) { $0 + (isPlayer[$1] ? 1 : 0) } }
        var switched = [Bool](repeating: false, count: nodes.count)
        for link in switches where isPlayer[link.action] { switched[link.source] = true }
        var degree = 1
        for n in nodes.indices {
            let cuts = count(nodeActions[n])
            let slot = nodeSlots[n]
            degree = Swift.max(degree, cuts + (slot >= 0 ? count(slotActions[slot]) : 0) + (switched[n] ? 1 : 0))
        }
        for link in switches where isPlayer[link.action] {
            let slot = nodeSlots[link.destination]
            degree = Swift.max(degree, count(nodeActions[link.source]) + 1 + (slot >= 0 ? count(slotActions[slot]) : 0))
        }
        return degree
    }

    /// −∂gross/∂zᵢ at z = y·1 for every action, in one pass over the nodes.
    /// Every emission is a product of linear factors in the z: a cut
    /// mₐ = 1 − y·cₐ contributes E·cₐ/mₐ; a switch w moving A₂·y·sᵥ from its
    /// source to its destination contributes A₂·sᵥ·(F_source − ratio·F_destination).
    func gradient(_ year: Int, _ parameters: Parameters, at y: Double, factors baseFactors: [Double], bau: [Double]) -> [Double] {
        let actions = scenario.actions
        var c = [Double](repeating: 0, count: actions.count)
        var m = [Double](repeating: 1, count: actions.count)
        for index in actions.indices {
            c[index] = parameters.amount[index] * actions[index].ramp(year)
            m[index] = 1 - y * c[index]
        }
        var factors = baseFactors
        for (slot, list) in slotActions.enumerated() { for k in list { factors[slot] *= m[k] } }
        var gradient = [Double](repeating: 0, count: actions.count)
        // A₂ (after the cuts) and the share switched away, per source node.
        var afterCuts = bau
        var switched = [Double](repeating: 0, count: nodes.count)
        for (n, list) in nodeActions.enumerated() { for a in list { afterCuts[n] *= m[a] } }
        for link in switches { switched[link.source] += y * c[link.action] }
        // What each node emits, for the cuts on it and on its factor.
        var emitted = [Double](repeating: 0, count: nodes.count)
        func emission(_ n: Int, amount: Double) -> Double {
            switch nodes[n].kind {
            case .energy(let slot): amount * factors[slot]
            case .ownFactor(let factor): amount * factor
            case .direct: amount
            }
        }
        for n in nodes.indices where nodes[n].base != 0 {
            emitted[n] = nodes[n].counts ? emission(n, amount: afterCuts[n] * (1 - switched[n])) : 0
        }
        // Emissions that moved through a switch, counted at the destination,
        // but owed to the source's cuts.
        var movedEmission = [Double](repeating: 0, count: nodes.count)
        var destinationEmission = [Double](repeating: 0, count: nodes.count)
        for link in switches where nodes[link.destination].counts {
            let amount = afterCuts[link.source] * y * c[link.action] * actions[link.action].ratio
            let value = emission(link.destination, amount: amount)
            movedEmission[link.source] += value
            destinationEmission[link.destination] += value
        }
        for (n, list) in nodeActions.enumerated() {
            let total = emitted[n] + movedEmission[n]
            guard total != 0 else { continue }
            for a in list { gradient[a] += total * c[a] / m[a] }
        }
        for (n, node) in nodes.enumerated() {
            guard case .energy(let slot) = node.kind else { continue }
            let total = emitted[n] + destinationEmission[n]
            guard total != 0 else { continue }
            for k in slotActions[slot] { gradient[k] += total * c[k] / m[k] }
        }
        for link in switches {
            let source = nodes[link.source].counts ? emission(link.source, amount: afterCuts[link.source]) : 0
            let destination =
                nodes[link.destination].counts ? emission(link.destination, amount: afterCuts[link.source] * actions[link.action].ratio) : 0
            gradient[link.action] += c[link.action] * (source - destination)
        }
        return gradient
    }
}

/// Gauss–Legendre quadrature nodes and weights.
enum GaussLegendre {
    /// `points` nodes on [0, 1] with their weights; exact for polynomials of
    /// degree ≤ 2 · points − 1.
    static func unitInterval(points n: Int) -> [(x: Double, weight: Double)] {
        n < table.count ? table[n] : compute(points: n)
    }

    /// The rules for 1 to 64 points, computed once.
    private static let table: [[(x: Double, weight: Double)]] = [[]] + (1...64).map { compute(points: $0) }

    private static func compute(points n: Int) -> [(x: Double, weight: Double)] {
        var result: [(Double, Double)] = []
        for i in 1...n {
            // Newton's method on the Legendre polynomial P_n from the usual first guess.
            var x = cos(Double.pi * (Double(i) - 0.25) / (Double(n) + 0.5))
            var derivative = 0.0
            for _ in 0..<100 {
                var p0 = 1.0
                var p1 = x
                if n == 1 {
                    p1 = x
                } else {
                    for k in 2...n {
                        let p2 = (Double(2 * k - 1) * x * p1 - Double(k - 1) * p0) / Double(k)
                        p0 = p1
                        p1 = p2
                    }
                }
                let pn = n == 1 ? x : p1
                let pnMinus1 = n == 1 ? 1.0 : p0
                derivative = Double(n) * (x * pn - pnMinus1) / (x * x - 1)
                let step = pn / derivative
                x -= step
                if abs(step) < 1e-15 { break }
            }
            let weight = 2 / ((1 - x * x) * derivative * derivative)
            result.append(((x + 1) / 2, weight / 2))
        }
        return result
    }
}
