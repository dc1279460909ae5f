import Foundation

/// A scenario compiled for evaluating all its years (MODEL.md §4), four
/// draws at a time, with some parameters left variable and everything else
/// folded in beforehand.
///
/// The deterministic run leaves nothing variable; the Monte Carlo draws leave
/// the uncertain parameters variable, so a draw recomputes only what it
/// changes; the attribution's cross-check leaves the actions in effect
/// variable. All of them go through `evaluate`, so each step of §4 is
/// written once:
///
/// 1. BAU growth — fixed rates with `pow` at compile time, variable rates by
///    repeated multiplication in `evaluate`;
/// 2. and 5. `reduce_activity` and `reduce_direct`, multiplicative;
/// 3. `switch_carrier`, moving A₂ × share × ramp after every cut;
/// 4. the factors of the year with `reduce_factor`;
/// 6. removals.
///
/// Nodes that nothing variable touches are summed into fixed totals once;
/// nodes with the same variable cuts, growth and factor are merged into one
/// row, so a draw's work grows with what is uncertain, not with the size of
/// the inventory.
struct PathwayPlan: Sendable {
    /// Years from the baseline to the horizon.
    let yearCount: Int
    /// Per variable action: its kind and its ramps, `ramps[v × years + t]`.
    let variableKinds: [ActionKind]
    let variableRamps: [Double]
    /// How many variable growth rates follow the actions' values.
    let variableGrowthCount: Int
    /// Amounts per row and year, `rowFixed[r × years + t]`, with fixed
    /// growth and fixed cuts applied (and the factor, when it is fixed).
    private(set) var rowFixed: [Double] = []
    /// Per row: the variable growth rate (−1 for none), the factor slot whose
    /// factor it still needs (−1 when the row is already in tCO2e), whether
    /// it counts in the total and its sector (−1 for none).
    private(set) var rowGrowth: [Int] = []
    private(set) var rowSlot: [Int] = []
    private(set) var rowCounts: [Bool] = []
    private(set) var rowSector: [Int] = []
    /// Per year: the variable cuts and removals that reach their full ramp
    /// that year (from then on each is one number per draw), and those that
    /// are ramping (0 < ramp < 1), `list[start[t]..<start[t + 1]]`.
    private(set) var fullStart: [Int] = []
    private(set) var fullList: [Int] = []
    private(set) var rampingStart: [Int] = []
    private(set) var rampingList: [Int] = []
    /// The factor slots that a variable reduce_factor scales, twice on
    /// purpose: as a list, which each draw walks (a few slots of many), and
    /// as a mask by slot, which each row asks in the innermost loop; both
    /// are made once, from the same mask, when the plan is built.
    private(set) var variableSlots: [Int] = []
    private(set) var isVariableSlot: [Bool] = []
    /// What each variable cut scales: rows (reduce_activity, reduce_direct)
    /// or factor slots (reduce_factor), `cutList[cutStart[v]..<cutStart[v + 1]]`.
    private(set) var cutStart: [Int] = []
    private(set) var cutList: [Int] = []
    /// Factors per slot and year with the fixed reductions applied.
    let fixedFactors: [Double]
    let slotCount: Int
    /// Switches between rows: source, destination, ratio, the variable
    /// action (−1 if its share is fixed), and the fixed share × ramp per year.
    private(set) var switchSource: [Int] = []
    private(set) var switchDestination: [Int] = []
    private(set) var switchRatio: [Double] = []
    private(set) var switchVariable: [Int] = []
    private(set) var switchShares: [Double] = []
    /// What nothing variable touches, per year (and per sector and year).
    private(set) var fixedGross: [Double]
    private(set) var fixedRemovals: [Double]
    private(set) var fixedSector: [Double]
    let bySector: Bool

    static let sectorCount = ScenarioEngine.sectors.count

    /// - Parameters:
    ///   - values: every action's amount (fraction, share or tCO2e, already
    ///     times its intensity) and growth rate; the variable ones are
    ///     replaced by the values given to `evaluate`.
    ///   - variableActions: actions whose amount varies, in the order of the values.
    ///   - variableGrowth: growth rates (indices into the growth keys) that vary.
    init(
        _ engine: ScenarioEngine, values: ScenarioEngine.Parameters, variableActions: [Int] = [], variableGrowth: [Int] = [],
        bySector: Bool = false
    ) {
        let scenario = engine.scenario
        let years = Array(scenario.baselineYear...Swift.max(scenario.baselineYear, scenario.horizon))
        let count = years.count
        yearCount = count
        self.bySector = bySector
        variableGrowthCount = variableGrowth.count
        let actions = scenario.actions
        var variablePosition = [Int](repeating: -1, count: actions.count)
        for (position, action) in variableActions.enumerated() { variablePosition[action] = position }
        var growthPosition = [Int](repeating: -1, count: engine.growthKeys.count)
        for (position, key) in variableGrowth.enumerated() { growthPosition[key] = position }
        variableKinds = variableActions.map { actions[$0].kind }
        variableRamps = variableActions.flatMap { a in years.map { actions[a].ramp($0) } }

        // Step 4 for the fixed reduce_factor actions.
        slotCount = engine.factorKeys.count
        var factors = [Double](repeating: 0, count: slotCount * count)
        for (t, year) in years.enumerated() {
            for (slot, value) in engine.factors(year).enumerated() { factors[slot * count + t] = value }
        }
        var variableSlot = [Bool](repeating: false, count: slotCount)
        for (a, action) in actions.enumerated() where action.kind == .reduceFactor {
            for slot in engine.targets[a] {
                if variablePosition[a] >= 0 {
                    variableSlot[slot] = true
                    continue
                }
                for (t, year) in years.enumerated() { factors[slot * count + t] *= Swift.max(0, 1 - values.amount[a] * action.ramp(year)) }
            }
        }
        fixedFactors = factors

        // Steps 1, 2 and 5 for what is fixed, node by node.
        let nodeCount = engine.nodes.count
        var amounts = [Double](repeating: 0, count: nodeCount * count)
        for (t, year) in years.enumerated() {
            let bau = engine.bau(year, values)
            for n in 0..<nodeCount {
                let growth = engine.nodeGrowth[n]
                amounts[n * count + t] = growth >= 0 && growthPosition[growth] >= 0 ? engine.nodes[n].base : bau[n]
            }
        }
        var nodeCuts = [[Int]](repeating: [], count: nodeCount)
        for (a, action) in actions.enumerated() where action.kind == .reduceActivity || action.kind == .reduceDirect {
            for n in engine.targets[a] {
                if variablePosition[a] >= 0 {
                    nodeCuts[n].append(variablePosition[a])
                    continue
                }
                for (t, year) in years.enumerated() { amounts[n * count + t] *= Swift.max(0, 1 - values.amount[a] * action.ramp(year)) }
            }
        }

        // Rows: a node of its own when a switch touches it; otherwise summed
        // into the fixed totals, or merged with the nodes that vary alike.
        var onSwitch = [Bool](repeating: false, count: nodeCount)
        for link in engine.switches {
            onSwitch[link.source] = true
            onSwitch[link.destination] = true
        }
        fixedGross = [Double](repeating: 0, count: count)
        fixedSector = [Double](repeating: 0, count: bySector ? Self.sectorCount * count : 0)
        var nodeRow = [Int](repeating: -1, count: nodeCount)
        var rowCuts: [[Int]] = []
        var merged: [String: Int] = [:]
        for n in 0..<nodeCount {
            let node = engine.nodes[n]
            let slot = engine.nodeSlots[n]
            let growth = engine.nodeGrowth[n] >= 0 ? growthPosition[engine.nodeGrowth[n]] : -1
            let sector = bySector ? node.sector : -1
            let varies = growth >= 0 || !nodeCuts[n].isEmpty || (slot >= 0 && variableSlot[slot])
            if !onSwitch[n] && !node.counts { continue }
            if !onSwitch[n] && !varies {
                for t in 0..<count {
                    let emission = amounts[n * count + t] * (slot >= 0 ? factors[slot * count + t] : engine.nodeConstants[n])
                    fixedGross[t] += emission
                    if sector >= 0 { fixedSector[sector * count + t] += emission }
                }
                continue
            }
            // A fixed factor is folded into the row; a variable one stays.
            let keepsSlot = onSwitch[n] || (slot >= 0 && variableSlot[slot])
            var row = -1
            if !onSwitch[n] {
                let key = "\(growth)|\(nodeCuts[n])|\(keepsSlot ? slot : -1)|\(sector)"
                if let existing = merged[key] { row = existing } else { merged[key] = rowGrowth.count }
            }
            if row < 0 {
                row = rowGrowth.count
                rowGrowth.append(growth)
                rowSlot.append(keepsSlot ? slot : -1)
                rowCounts.append(node.counts)
                rowSector.append(sector)
                rowCuts.append(nodeCuts[n])
                rowFixed += [Double](repeating: 0, count: count)
            }
            nodeRow[n] = row
            for t in 0..<count {
                let factor = keepsSlot ? 1 : (slot >= 0 ? factors[slot * count + t] : engine.nodeConstants[n])
                rowFixed[row * count + t] += amounts[n * count + t] * factor
            }
        }

        // The variable cuts, as lists of rows or slots.
        var cuts = [[Int]](repeating: [], count: variableActions.count)
        for (row, list) in rowCuts.enumerated() { for v in list { cuts[v].append(row) } }
        for (v, a) in variableActions.enumerated() where actions[a].kind == .reduceFactor { cuts[v] = engine.targets[a] }
        for list in cuts {
            cutStart.append(cutList.count)
            cutList += list
        }
        cutStart.append(cutList.count)

        // Grouped by source, so that each source is reduced once after all its moves.
        for link in engine.switches.sorted(by: { nodeRow[$0.source] < nodeRow[$1.source] }) {
            switchSource.append(nodeRow[link.source])
            switchDestination.append(nodeRow[link.destination])
            switchRatio.append(actions[link.action].ratio)
            switchVariable.append(variablePosition[link.action])
            switchShares += years.map { values.amount[link.action] * actions[link.action].ramp($0) }
        }

        for t in 0..<count {
            let year = years[t]
            fullStart.append(fullList.count)
            rampingStart.append(rampingList.count)
            for (v, a) in variableActions.enumerated() where actions[a].kind != .switchCarrier {
                let ramp = actions[a].ramp(year)
                if ramp == 1 && (t == 0 || actions[a].ramp(year - 1) < 1) { fullList.append(v) }
                if ramp > 0 && ramp < 1 { rampingList.append(v) }
            }
        }
        fullStart.append(fullList.count)
        rampingStart.append(rampingList.count)
        variableSlots = variableSlot.indices.filter { variableSlot[$0] }
        isVariableSlot = variableSlot

        // Step 6 for the fixed removals.
        fixedRemovals = [Double](repeating: 0, count: count)
        for (a, action) in actions.enumerated() where action.kind == .removal && variablePosition[a] < 0 {
            for (t, year) in years.enumerated() { fixedRemovals[t] += values.amount[a] * action.ramp(year) }
        }
    }

    /// One thread's copy of the plan's tables and its buffers, reused for
    /// every evaluation, so evaluating allocates and retains nothing.
    /// `evaluate` computes four draws at once, one in each lane of a
    /// `SIMD4<Double>`.
    final class Workspace {
        fileprivate let rowFixed: UnsafeMutableBufferPointer<Double>
        fileprivate let fixedFactors: UnsafeMutableBufferPointer<Double>
        fileprivate let ramps: UnsafeMutableBufferPointer<Double>
        fileprivate let switchShares: UnsafeMutableBufferPointer<Double>
        fileprivate let fixedGross: UnsafeMutableBufferPointer<Double>
        fileprivate let fixedRemovals: UnsafeMutableBufferPointer<Double>
        fileprivate let fixedSector: UnsafeMutableBufferPointer<Double>
        fileprivate let keep: UnsafeMutableBufferPointer<SIMD4<Double>>
        fileprivate let rowFull: UnsafeMutableBufferPointer<SIMD4<Double>>
        fileprivate let amount: UnsafeMutableBufferPointer<SIMD4<Double>>
        fileprivate let slotFull: UnsafeMutableBufferPointer<SIMD4<Double>>
        fileprivate let slotFactor: UnsafeMutableBufferPointer<SIMD4<Double>>
        fileprivate let growth: UnsafeMutableBufferPointer<SIMD4<Double>>
        /// The results of the last `evaluate`, per year (and per sector and
        /// year, with `bySector`), a lane per draw.
        let gross: UnsafeMutableBufferPointer<SIMD4<Double>>
        let removals: UnsafeMutableBufferPointer<SIMD4<Double>>
        let sector: UnsafeMutableBufferPointer<SIMD4<Double>>
        let years: Int

        init(_ plan: PathwayPlan) {
            func copy(_ values: [Double]) -> UnsafeMutableBufferPointer<Double> {
                let buffer = UnsafeMutableBufferPointer<Double>.allocate(capacity: values.count)
                _ = buffer.initialize(fromContentsOf: values)
                return buffer
            }
            func vectors(_ count: Int) -> UnsafeMutableBufferPointer<SIMD4<Double>> {
                let buffer = UnsafeMutableBufferPointer<SIMD4<Double>>.allocate(capacity: count)
                buffer.initialize(repeating: .zero)
                return buffer
            }
            years = plan.yearCount
            rowFixed = copy(plan.rowFixed)
            fixedFactors = copy(plan.fixedFactors)
            ramps = copy(plan.variableRamps)
            switchShares = copy(plan.switchShares)
            fixedGross = copy(plan.fixedGross)
            fixedRemovals = copy(plan.fixedRemovals)
            fixedSector = copy(plan.fixedSector)
            keep = vectors(plan.variableKinds.count)
            rowFull = vectors(plan.rowGrowth.count)
            amount = vectors(plan.rowGrowth.count)
            slotFull = vectors(plan.slotCount)
            slotFactor = vectors(plan.slotCount)
            growth = vectors(plan.variableGrowthCount)
            gross = vectors(plan.yearCount)
            removals = vectors(plan.yearCount)
            sector = vectors(plan.fixedSector.count)
        }

        deinit {
            for buffer in [rowFixed, fixedFactors, ramps, switchShares, fixedGross, fixedRemovals, fixedSector] { buffer.deallocate() }
            for buffer in [keep, rowFull, amount, slotFull, slotFactor, growth, gross, removals, sector] { buffer.deallocate() }
        }

        /// The first lane's results: the run of `evaluate(_: [Double], …)`.
        func gross(_ t: Int) -> Double { gross[t][0] }
        func removals(_ t: Int) -> Double { removals[t][0] }
        func sector(_ s: Int, _ t: Int) -> Double { sector[s * years + t][0] }
    }

    /// Evaluates one set of values (the same in every lane).
    func evaluate(_ values: [Double], years range: Range<Int>? = nil, into workspace: Workspace) {
        let lanes = values.map { SIMD4<Double>(repeating: $0) }
        lanes.withUnsafeBufferPointer { evaluate($0, years: range, into: workspace) }
    }

    /// Evaluates the years `range` (indices from the baseline year; all by
    /// default) for four draws at once: each value is the variable actions'
    /// values followed by the variable growth rates, a draw per lane. The
    /// results are in `workspace.gross`, `.removals` and `.sector`.
    ///
    /// Year by year, a cut at full ramp is one factor per draw, multiplied
    /// into its rows (or factor slots) once, the year it gets there; only
    /// the cuts that are ramping that year are applied year by year.
    func evaluate(_ values: UnsafeBufferPointer<SIMD4<Double>>, years range: Range<Int>? = nil, into workspace: Workspace) {
        let count = yearCount
        let range = range ?? 0..<count
        let variableCount = variableKinds.count
        let rowCount = rowGrowth.count
        let keep = workspace.keep
        let rowFull = workspace.rowFull
        let slotFull = workspace.slotFull
        let growth = workspace.growth
        let one = SIMD4<Double>(repeating: 1)
        // §4: 1 − fraction × ramp, never below zero (at full ramp here).
        for v in 0..<variableCount {
            keep[v] = one - values[v]
            keep[v].replace(with: 0, where: keep[v] .< 0)
        }
        for r in 0..<rowCount { rowFull[r] = one }
        for s in variableSlots { slotFull[s] = one }
        for g in 0..<variableGrowthCount { growth[g] = one }
        var removalFull = SIMD4<Double>.zero
        for t in 0..<range.upperBound {
            // The cuts and removals that reach their full ramp this year.
            for i in fullStart[t]..<fullStart[t + 1] {
                let v = fullList[i]
                switch variableKinds[v] {
                case .reduceActivity, .reduceDirect:
                    for j in cutStart[v]..<cutStart[v + 1] { rowFull[cutList[j]] *= keep[v] }
                case .reduceFactor:
                    for j in cutStart[v]..<cutStart[v + 1] { slotFull[cutList[j]] *= keep[v] }
                case .removal:
                    removalFull += values[v]
                case .switchCarrier:
                    break
                }
            }
            if t >= range.lowerBound {
                evaluateYear(t, values, removalFull: removalFull, workspace)
            }
            // Step 1 for the next year: (1 + g)^(t − baseline) by multiplication.
            for g in 0..<variableGrowthCount { growth[g] *= one + values[variableCount + g] }
        }
    }

    /// One year of `evaluate`.
    private func evaluateYear(_ t: Int, _ values: UnsafeBufferPointer<SIMD4<Double>>, removalFull: SIMD4<Double>, _ workspace: Workspace) {
        let count = yearCount
        let ramps = workspace.ramps
        let rowFull = workspace.rowFull
        let amount = workspace.amount
        let slotFactor = workspace.slotFactor
        let growth = workspace.growth
        let fixedFactors = workspace.fixedFactors
        let rowFixed = workspace.rowFixed
        // Steps 1, 2 and 5: every row's amount, with the cuts at full ramp.
        for r in 0..<rowGrowth.count {
            let g = rowGrowth[r]
            let fixed = rowFixed[r &* count &+ t]
            amount[r] = g < 0 ? rowFull[r] * fixed : rowFull[r] * growth[g] * fixed
        }
        // Step 4: the factors that vary.
        for s in variableSlots { slotFactor[s] = workspace.slotFull[s] * fixedFactors[s &* count &+ t] }
        // Steps 2, 4, 5 and 6 for the actions still ramping this year.
        var removals = workspace.fixedRemovals[t] + removalFull
        for i in rampingStart[t]..<rampingStart[t + 1] {
            let v = rampingList[i]
            let ramp = ramps[v &* count &+ t]
            switch variableKinds[v] {
            case .reduceActivity, .reduceDirect:
                var keep = 1 - values[v] * ramp
                keep.replace(with: 0, where: keep .< 0)
                for j in cutStart[v]..<cutStart[v + 1] { amount[cutList[j]] *= keep }
            case .reduceFactor:
                var keep = 1 - values[v] * ramp
                keep.replace(with: 0, where: keep .< 0)
                for j in cutStart[v]..<cutStart[v + 1] { slotFactor[cutList[j]] *= keep }
            case .removal:
                removals += values[v] * ramp
            case .switchCarrier:
                break
            }
        }
        workspace.removals[t] = removals
        // Step 3: every switch moves A₂ × share × ramp, A₂ being the source
        // after all cuts and before any switch; the destination gains it ×
        // ratio. The switches come grouped by source.
        var w = 0
        while w < switchSource.count {
            let source = switchSource[w]
            let available = amount[source]
            var moved = SIMD4<Double>.zero
            while w < switchSource.count && switchSource[w] == source {
                let v = switchVariable[w]
                let share = v >= 0 ? values[v] * ramps[v &* count &+ t] : SIMD4(repeating: workspace.switchShares[w &* count &+ t])
                amount[switchDestination[w]] += available * share * switchRatio[w]
                moved += share
                w += 1
            }
            amount[source] = available * (1 - moved)
        }
        // Gross and by sector.
        var gross = SIMD4<Double>(repeating: workspace.fixedGross[t])
        if bySector {
            for s in 0..<Self.sectorCount { workspace.sector[s &* count &+ t] = SIMD4(repeating: workspace.fixedSector[s &* count &+ t]) }
        }
        for r in 0..<rowGrowth.count where rowCounts[r] {
            let slot = rowSlot[r]
            let emission: SIMD4<Double>
            if slot < 0 {
                emission = amount[r]
            } else if isVariableSlot[slot] {
                emission = amount[r] * slotFactor[slot]
            } else {
                emission = amount[r] * fixedFactors[slot &* count &+ t]
            }
            gross += emission
            if bySector && rowSector[r] >= 0 { workspace.sector[rowSector[r] &* count &+ t] += emission }
        }
        workspace.gross[t] = gross
    }
}
