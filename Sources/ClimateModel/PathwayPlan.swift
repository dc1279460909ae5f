import Foundation

/// A scenario compiled for evaluating every year at once (MODEL.md §4), with
/// some parameters left variable and everything else folded in beforehand.
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
    /// Values per row: the years padded to a multiple of four, so that
    /// `evaluate` works on whole vectors (`SIMD4<Double>`).
    let yearStride: Int
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
    /// Per variable action, in vectors of four years: the first vector in
    /// which its ramp is above zero and the first in which it is 1 in every
    /// year. Only the vectors in between need the ramp year by year; from
    /// `fullVector` on, the action is one number per draw.
    let firstVector: [Int]
    let fullVector: [Int]
    /// The factor slots that a variable reduce_factor scales.
    private(set) var variableSlots: [Int] = []
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
        // Rows are padded to whole vectors of four years.
        let stride = (count + 3) / 4 * 4
        yearStride = stride
        self.bySector = bySector
        variableGrowthCount = variableGrowth.count
        let actions = scenario.actions
        var variablePosition = [Int](repeating: -1, count: actions.count)
        for (position, action) in variableActions.enumerated() { variablePosition[action] = position }
        var growthPosition = [Int](repeating: -1, count: engine.growthKeys.count)
        for (position, key) in variableGrowth.enumerated() { growthPosition[key] = position }
        let padding = [Double](repeating: 0, count: stride - count)
        variableKinds = variableActions.map { actions[$0].kind }
        variableRamps = variableActions.flatMap { a in years.map { actions[a].ramp($0) } + padding }

        // Step 4 for the fixed reduce_factor actions.
        slotCount = engine.factorKeys.count
        var factors = [Double](repeating: 0, count: slotCount * stride)
        for (t, year) in years.enumerated() {
            for (slot, value) in engine.factors(year).enumerated() { factors[slot * stride + t] = value }
        }
        var variableSlot = [Bool](repeating: false, count: slotCount)
        for (a, action) in actions.enumerated() where action.kind == .reduceFactor {
            for slot in engine.targets[a] {
                if variablePosition[a] >= 0 {
                    variableSlot[slot] = true
                    continue
                }
                for (t, year) in years.enumerated() { factors[slot * stride + t] *= Swift.max(0, 1 - values.amount[a] * action.ramp(year)) }
            }
        }
        fixedFactors = factors

        // Steps 1, 2 and 5 for what is fixed, node by node.
        let nodeCount = engine.nodes.count
        var amounts = [Double](repeating: 0, count: nodeCount * stride)
        for (t, year) in years.enumerated() {
            let bau = engine.bau(year, values)
            for n in 0..<nodeCount {
                let growth = engine.nodeGrowth[n]
                amounts[n * stride + t] = growth >= 0 && growthPosition[growth] >= 0 ? engine.nodes[n].base : bau[n]
            }
        }
        var nodeCuts = [[Int]](repeating: [], count: nodeCount)
        for (a, action) in actions.enumerated() where action.kind == .reduceActivity || action.kind == .reduceDirect {
            for n in engine.targets[a] {
                if variablePosition[a] >= 0 {
                    nodeCuts[n].append(variablePosition[a])
                    continue
                }
                for (t, year) in years.enumerated() { amounts[n * stride + t] *= Swift.max(0, 1 - values.amount[a] * action.ramp(year)) }
            }
        }

        // Rows: a node of its own when a switch touches it; otherwise summed
        // into the fixed totals, or merged with the nodes that vary alike.
        var onSwitch = [Bool](repeating: false, count: nodeCount)
        for link in engine.switches {
            onSwitch[link.source] = true
            onSwitch[link.destination] = true
        }
        fixedGross = [Double](repeating: 0, count: stride)
        fixedSector = [Double](repeating: 0, count: bySector ? Self.sectorCount * stride : 0)
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
                    let emission = amounts[n * stride + t] * (slot >= 0 ? factors[slot * stride + t] : engine.nodeConstants[n])
                    fixedGross[t] += emission
                    if sector >= 0 { fixedSector[sector * stride + t] += emission }
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
                rowFixed += [Double](repeating: 0, count: stride)
            }
            nodeRow[n] = row
            for t in 0..<count {
                let factor = keepsSlot ? 1 : (slot >= 0 ? factors[slot * stride + t] : engine.nodeConstants[n])
                rowFixed[row * stride + t] += amounts[n * stride + t] * factor
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
            switchShares += years.map { values.amount[link.action] * actions[link.action].ramp($0) } + padding
        }

        let lanes = stride / 4
        firstVector = variableActions.map { Swift.min(lanes, Swift.max(0, actions[$0].start - scenario.baselineYear) / 4) }
        fullVector = variableActions.map { Swift.min(lanes, (Swift.max(0, actions[$0].full - scenario.baselineYear) + 3) / 4) }
        variableSlots = variableSlot.indices.filter { variableSlot[$0] }

        // Step 6 for the fixed removals.
        fixedRemovals = [Double](repeating: 0, count: stride)
        for (a, action) in actions.enumerated() where action.kind == .removal && variablePosition[a] < 0 {
            for (t, year) in years.enumerated() { fixedRemovals[t] += values.amount[a] * action.ramp(year) }
        }
    }

    /// One thread's copy of the plan's tables and its buffers, reused for
    /// every evaluation, so evaluating allocates and retains nothing. The
    /// tables are read and written four years at a time.
    final class Workspace {
        fileprivate let rowFixed: Vectors
        fileprivate let fixedFactors: Vectors
        fileprivate let ramps: Vectors
        fileprivate let switchShares: Vectors
        fileprivate let fixedGross: Vectors
        fileprivate let fixedRemovals: Vectors
        fileprivate let fixedSector: Vectors
        fileprivate let amount: Vectors
        fileprivate let factors: Vectors
        fileprivate let multiplier: Vectors
        fileprivate let growth: Vectors
        /// Per row and per factor slot, per vector: the product of the
        /// variable cuts that are at full ramp there.
        fileprivate let rowKeep: UnsafeMutableBufferPointer<Double>
        fileprivate let slotKeep: UnsafeMutableBufferPointer<Double>
        /// Per vector: the variable removals at full ramp there.
        fileprivate let removalSum: UnsafeMutableBufferPointer<Double>
        /// The results of the last `evaluate`: per year, and per sector and
        /// year (`sector[s × yearStride + t]`, with `bySector`).
        let gross: UnsafeMutableBufferPointer<Double>
        let removals: UnsafeMutableBufferPointer<Double>
        let sector: UnsafeMutableBufferPointer<Double>
        private let buffers: [UnsafeMutableBufferPointer<Double>]

        init(_ plan: PathwayPlan) {
            var buffers: [UnsafeMutableBufferPointer<Double>] = []
            func copy(_ values: [Double]) -> UnsafeMutableBufferPointer<Double> {
                let buffer = UnsafeMutableBufferPointer<Double>.allocate(capacity: Swift.max(4, values.count))
                buffer.initialize(repeating: 0)
                _ = buffer.update(fromContentsOf: values)
                buffers.append(buffer)
                return UnsafeMutableBufferPointer(rebasing: buffer[0..<values.count])
            }
            let zeros = { (count: Int) in [Double](repeating: 0, count: count) }
            let stride = plan.yearStride
            gross = copy(zeros(stride))
            removals = copy(zeros(stride))
            sector = copy(plan.fixedSector)
            rowFixed = Vectors(copy(plan.rowFixed))
            fixedFactors = Vectors(copy(plan.fixedFactors))
            ramps = Vectors(copy(plan.variableRamps))
            switchShares = Vectors(copy(plan.switchShares))
            fixedGross = Vectors(copy(plan.fixedGross))
            fixedRemovals = Vectors(copy(plan.fixedRemovals))
            fixedSector = Vectors(copy(plan.fixedSector))
            amount = Vectors(copy(plan.rowFixed))
            factors = Vectors(copy(plan.fixedFactors))
            multiplier = Vectors(copy(zeros(stride)))
            growth = Vectors(copy(zeros(plan.variableGrowthCount * stride)))
            rowKeep = copy(zeros(plan.rowGrowth.count * (stride / 4 + 1)))
            slotKeep = copy(zeros(plan.slotCount * (stride / 4 + 1)))
            removalSum = copy(zeros(stride / 4 + 1))
            self.buffers = buffers
        }

        deinit { for buffer in buffers { buffer.deallocate() } }
    }

    /// Numbers read and written as vectors of four (unaligned loads and
    /// stores on memory bound to `Double`).
    fileprivate struct Vectors {
        let base: UnsafeMutableRawPointer

        init(_ buffer: UnsafeMutableBufferPointer<Double>) { base = UnsafeMutableRawPointer(buffer.baseAddress!) }

        @inline(__always) subscript(_ index: Int) -> SIMD4<Double> {
            get { base.loadUnaligned(fromByteOffset: index &* 32, as: SIMD4<Double>.self) }
            nonmutating set { base.storeBytes(of: newValue, toByteOffset: index &* 32, as: SIMD4<Double>.self) }
        }
    }

    func evaluate(_ values: [Double], years range: Range<Int>? = nil, into workspace: Workspace) {
        values.withUnsafeBufferPointer { evaluate($0, years: range, into: workspace) }
    }

    /// Evaluates the years `range` (indices from the baseline year; the whole
    /// vectors holding them) with the variable actions' values followed by the
    /// variable growth rates; the results are in `workspace.gross`,
    /// `.removals` and `.sector`.
    ///
    /// A variable cut is applied year by year only where it ramps; where it
    /// is at full ramp it is one factor per row (or factor slot) and vector,
    /// multiplied once into the row's amount.
    func evaluate(_ values: UnsafeBufferPointer<Double>, years range: Range<Int>? = nil, into workspace: Workspace) {
        let lanes = yearStride / 4
        let vectors = range.map { ($0.lowerBound / 4)..<(($0.upperBound + 3) / 4) } ?? 0..<lanes
        let variableCount = variableKinds.count
        let ramps = workspace.ramps
        let amount = workspace.amount
        let factors = workspace.factors
        let multiplier = workspace.multiplier
        let growth = workspace.growth
        let rowKeep = workspace.rowKeep
        let slotKeep = workspace.slotKeep
        let removalSum = workspace.removalSum
        let keepStride = lanes + 1
        // The cuts at full ramp (§4: never below zero), marked at the vector
        // where each reaches it, then multiplied forward.
        for i in 0..<rowKeep.count { rowKeep[i] = 1 }
        for s in variableSlots { for l in 0..<keepStride { slotKeep[s * keepStride + l] = 1 } }
        for l in 0..<keepStride { removalSum[l] = 0 }
        for v in 0..<variableCount {
            let full = fullVector[v]
            switch variableKinds[v] {
            case .reduceActivity, .reduceDirect:
                let keep = Swift.max(0, 1 - values[v])
                for i in cutStart[v]..<cutStart[v + 1] { rowKeep[cutList[i] * keepStride + full] *= keep }
            case .reduceFactor:
                let keep = Swift.max(0, 1 - values[v])
                for i in cutStart[v]..<cutStart[v + 1] { slotKeep[cutList[i] * keepStride + full] *= keep }
            case .removal:
                removalSum[full] += values[v]
            case .switchCarrier:
                break
            }
        }
        for r in 0..<rowGrowth.count { for l in 1..<lanes { rowKeep[r * keepStride + l] *= rowKeep[r * keepStride + l - 1] } }
        for s in variableSlots { for l in 1..<lanes { slotKeep[s * keepStride + l] *= slotKeep[s * keepStride + l - 1] } }
        for l in 1..<lanes { removalSum[l] += removalSum[l - 1] }
        // Step 1: the variable growth rates, (1 + g)^(t − baseline) by multiplication.
        for g in 0..<variableGrowthCount {
            let rate = 1 + values[variableCount + g]
            var power = 1.0
            for t in 0..<yearStride {
                growth.base.storeBytes(of: power, toByteOffset: (g * yearStride + t) * 8, as: Double.self)
                power *= rate
            }
        }
        for r in 0..<rowGrowth.count {
            let base = r * lanes
            let keeps = r * keepStride
            let g = rowGrowth[r]
            if g < 0 {
                for l in vectors { amount[base + l] = workspace.rowFixed[base + l] * rowKeep[keeps + l] }
            } else {
                for l in vectors { amount[base + l] = workspace.rowFixed[base + l] * growth[g * lanes + l] * rowKeep[keeps + l] }
            }
        }
        for s in variableSlots {
            for l in vectors { factors[s * lanes + l] = workspace.fixedFactors[s * lanes + l] * slotKeep[s * keepStride + l] }
        }
        // Steps 2, 4 and 5 where a variable cut ramps: multiplicative. With a
        // fraction in [0, 1] and a ramp in [0, 1], 1 − fraction × ramp is
        // never below zero; a larger value is clamped.
        for v in 0..<variableCount {
            let kind = variableKinds[v]
            guard kind != .switchCarrier && kind != .removal else { continue }
            let partial = vectors.clamped(to: firstVector[v]..<fullVector[v])
            guard !partial.isEmpty else { continue }
            let x = values[v]
            let one = SIMD4<Double>(repeating: 1)
            for l in partial {
                var keep = one - x * ramps[v * lanes + l]
                if x > 1 { keep.replace(with: 0, where: keep .< 0) }
                multiplier[l] = keep
            }
            let target = kind == .reduceFactor ? factors : amount
            for i in cutStart[v]..<cutStart[v + 1] {
                let base = cutList[i] * lanes
                for l in partial { target[base + l] *= multiplier[l] }
            }
        }
        // Step 3: every switch moves A₂ × share × ramp, A₂ being the source
        // after all cuts and before any switch; the destination gains it ×
        // ratio. The switches come grouped by source.
        var w = 0
        let shares = workspace.switchShares
        while w < switchSource.count {
            let source = switchSource[w] * lanes
            var end = w
            while end < switchSource.count && switchSource[end] == switchSource[w] { end += 1 }
            for l in vectors {
                let available = amount[source + l]
                var moved = SIMD4<Double>.zero
                for i in w..<end {
                    let v = switchVariable[i]
                    let share = v >= 0 ? values[v] * ramps[v * lanes + l] : shares[i * lanes + l]
                    amount[switchDestination[i] * lanes + l] += available * share * switchRatio[i]
                    moved += share
                }
                amount[source + l] = available * (1 - moved)
            }
            w = end
        }
        // Gross, by sector, and removals (step 6).
        let gross = Vectors(workspace.gross)
        let sector = Vectors(workspace.sector)
        for l in vectors { gross[l] = workspace.fixedGross[l] }
        if bySector { for i in 0..<(Self.sectorCount * lanes) { sector[i] = workspace.fixedSector[i] } }
        for r in 0..<rowGrowth.count where rowCounts[r] {
            let base = r * lanes
            let slot = rowSlot[r]
            if slot >= 0 {
                for l in vectors { multiplier[l] = amount[base + l] * factors[slot * lanes + l] }
            } else {
                for l in vectors { multiplier[l] = amount[base + l] }
            }
            for l in vectors { gross[l] += multiplier[l] }
            if rowSector[r] >= 0 {
                let sectorBase = rowSector[r] * lanes
                for l in vectors { sector[sectorBase + l] += multiplier[l] }
            }
        }
        let removals = Vectors(workspace.removals)
        for l in vectors { removals[l] = workspace.fixedRemovals[l] + removalSum[l] }
        for v in 0..<variableCount where variableKinds[v] == .removal {
            for l in vectors.clamped(to: firstVector[v]..<fullVector[v]) { removals[l] += values[v] * ramps[v * lanes + l] }
        }
    }
}
