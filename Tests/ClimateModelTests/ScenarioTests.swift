import Foundation
import Testing

@testable import ClimateModel

/// Scenario engine (MODEL.md §3–7). Expected values are worked out by hand in
/// each test; one direct figure of 1000 t keeps the arithmetic visible.
@Suite("Scenario engine: actions, target, attribution, uncertainty, bad input")
struct ScenarioTests {
    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(b)) }

    static func scenario(activities: String, actions: String = "[]", extra: String = "") -> String {
        """
        { "city": "test", "baseline_year": 2020, "horizon": 2030, "target": { "year": 2030, "reduction": 0.5 },
          \(extra) "activities": \(activities), "actions": \(actions) }
        """
    }

    static func run(_ text: String, draws: Int = 0, seed: UInt64 = 1) throws -> ScenarioResult {
        let scenarios = try ScenarioFile.read(Data(text.utf8)).get()
        return ScenarioEngine(scenarios[0]).run(draws: draws, seed: seed, threads: 2)
    }

    static func year(_ result: ScenarioResult, _ year: Int) -> ScenarioResult.Year { result.years.first { $0.year == year }! }

    @Test("growth: BAU = baseline × (1 + g)^(t − baseline); the longest prefix wins")
    func growth() throws {
        let text = Self.scenario(
            activities: #"[{ "gpc": "III.1.2", "emissions_tco2e": 1000 }, { "gpc": "III.4.1", "emissions_tco2e": 1000 }]"#,
            extra: #""growth": { "III": 0.02, "III.1": -0.01 },"#)
        let result = try Self.run(text)
        // 2025: 1000 × 0.99^5 + 1000 × 1.02^5
        #expect(Self.close(Self.year(result, 2025).bauTCO2e, 1000 * pow(0.99, 5) + 1000 * pow(1.02, 5)))
        #expect(Self.close(result.baseline.totalTCO2e, 2000))
    }

    @Test("ramp and reduce_direct: 0 before start, (t − start + 1)/(full − start + 1), 1 after full")
    func ramp() throws {
        let text = Self.scenario(
            activities: #"[{ "gpc": "III.1.2", "emissions_tco2e": 1000 }]"#,
            actions: #"[{ "id": "W", "kind": "reduce_direct", "target": { "gpc": "III" }, "fraction": 0.4, "start": 2022, "full": 2025 }]"#)
        let result = try Self.run(text)
        #expect(Self.year(result, 2021).grossTCO2e == 1000)
        #expect(Self.close(Self.year(result, 2022).grossTCO2e, 1000 * (1 - 0.4 * 1 / 4)))
        #expect(Self.close(Self.year(result, 2024).grossTCO2e, 1000 * (1 - 0.4 * 3 / 4)))
        #expect(Self.close(Self.year(result, 2030).grossTCO2e, 600))
        #expect(Self.close(result.actions[0].reductionTCO2e["2030"]!, 400))
    }

    @Test("reduce_activity is multiplicative: two 50 % cuts leave 25 %")
    func multiplicative() throws {
        // 100 MWh electricity at 0.5 t/MWh = 50 t.
        let text = Self.scenario(
            activities: #"[{ "gpc": "I.1.2", "carrier": "electricity", "amount": 100, "unit": "MWh" }]"#,
            actions: """
                [{ "id": "A", "kind": "reduce_activity", "target": { "gpc": "I.1", "carrier": "*" }, "fraction": 0.5, "start": 2021 },
                 { "id": "B", "kind": "reduce_activity", "target": { "gpc": "I", "carrier": "electricity" }, "fraction": 0.5, "start": 2021 }]
                """,
            extra: #""factors": { "electricity": { "2020": 0.5 } },"#)
        let result = try Self.run(text)
        #expect(Self.close(Self.year(result, 2030).grossTCO2e, 12.5))
        // Symmetric actions share the 37.5 t reduction equally.
        #expect(Self.close(result.actions[0].reductionTCO2e["2030"]!, 18.75))
        #expect(Self.close(result.actions[1].reductionTCO2e["2030"]!, 18.75))
    }

    @Test("reduce_activity with a carrier filter also cuts a matching activity that carries its own factor")
    func cutOwnFactorActivity() throws {
        // 1000 t of natural gas at an own 2.5 tCO2e/t = 2500 t; 400 units of
        // diesel at an own 3 tCO2e/unit = 1200 t, which the cut does not name.
        let text = Self.scenario(
            activities: """
                [{ "gpc": "I.3.1", "carrier": "natural_gas", "amount": 1000, "unit": "t", "factor_tco2e_per_unit": 2.5 },
                 { "gpc": "I.3.1", "carrier": "diesel", "amount": 400, "unit": "t", "factor_tco2e_per_unit": 3 }]
                """,
            actions: """
                [{ "id": "G", "kind": "reduce_activity", "target": { "gpc": "I.3", "carrier": "natural_gas" }, "fraction": 0.4,
                   "start": 2021, "full": 2024 }]
                """)
        let result = try Self.run(text)
        #expect(Self.close(result.baseline.totalTCO2e, 3700))
        // 2022: ramp 2/4, so 2500 × (1 − 0.4 × 0.5) + 1200 = 3200.
        #expect(Self.close(Self.year(result, 2022).grossTCO2e, 3200))
        // 2030: full ramp, 2500 × 0.6 + 1200 = 2700; the whole 1000 t is the cut's.
        #expect(Self.close(Self.year(result, 2030).grossTCO2e, 2700))
        #expect(Self.close(result.actions[0].reductionTCO2e["2030"]!, 1000))
    }

    @Test("switch_carrier moves share × ramp of the reduced activity, in energy × ratio, to the destination's factor")
    func switchCarrier() throws {
        // 1000 MWh heating oil in homes: 3.6 TJ; per MWh: 0.0036 × (74100 + 10 × 28 + 0.6 × 265) / 1000 t.
        let oilPerMWh = 0.0036 * (74100 + 10 * 28 + 0.6 * 265) / 1000
        let text = Self.scenario(
            activities: #"[{ "gpc": "I.1.1", "carrier": "heating_oil", "amount": 1000, "unit": "MWh" }]"#,
            actions: """
                [{ "id": "R", "kind": "reduce_activity", "target": { "gpc": "I.1" }, "fraction": 0.2, "start": 2021 },
                 { "id": "S", "kind": "switch_carrier", "target": { "gpc": "I.1.1" }, "from": "heating_oil", "to": "electricity",
                   "to_gpc": "I.1.2", "share": 0.5, "ratio": 0.3, "start": 2021 }]
                """,
            extra: #""factors": { "electricity": { "2020": 0.2, "2030": 0.1 } },"#)
        let result = try Self.run(text)
        // 2030: after R, 800 MWh; S moves 400 MWh → 120 MWh electricity at 0.1 t/MWh (in I.1.2, scope 2).
        let expected = 400 * oilPerMWh + 120 * 0.1
        #expect(Self.close(Self.year(result, 2030).grossTCO2e, expected))
        // 2025: electricity factor 0.15 (linear between points).
        #expect(Self.close(Self.year(result, 2025).grossTCO2e, 400 * oilPerMWh + 120 * 0.15))
        let parts = result.actions.map { $0.reductionTCO2e["2030"]! }
        #expect(Self.close(parts.reduce(0, +), Self.year(result, 2030).bauTCO2e - expected))
    }

    @Test("reduce_factor scales every gas of a fuel; a fuel in factors uses that one figure")
    func factors() throws {
        let text = Self.scenario(
            activities: """
                [{ "gpc": "I.2.1", "carrier": "natural_gas", "amount": 1000, "unit": "MWh" },
                 { "gpc": "I.3.1", "carrier": "lpg", "amount": 1000, "unit": "MWh" }]
                """,
            actions: #"[{ "id": "F", "kind": "reduce_factor", "target": { "carrier": "natural_gas" }, "fraction": 0.25, "start": 2021 }]"#,
            extra: #""factors": { "lpg": { "2020": 0.3 } },"#)
        let result = try Self.run(text)
        let gasPerMWh = 0.0036 * (56100 + 5 * 28 + 0.1 * 265) / 1000
        #expect(Self.close(Self.year(result, 2020).grossTCO2e, 1000 * gasPerMWh + 300))
        #expect(Self.close(Self.year(result, 2030).grossTCO2e, 750 * gasPerMWh + 300))
        #expect(Self.close(result.baseline.co2eUnsplitTCO2e, 300))
    }

    @Test("removals lower net, never gross; target line, gap, meets_reduction and net_zero")
    func targetAndRemovals() throws {
        let text = Self.scenario(
            activities: #"[{ "gpc": "III.1.2", "emissions_tco2e": 1000 }]"#,
            actions: """
                [{ "id": "W", "kind": "reduce_direct", "target": { "gpc": "III.1" }, "fraction": 0.5, "start": 2021 },
                 { "id": "N", "kind": "removal", "tco2e": 500, "start": 2021 }]
                """)
        let result = try Self.run(text)
        let last = Self.year(result, 2030)
        #expect(last.grossTCO2e == 500 && last.removalsTCO2e == 500 && last.netTCO2e == 0)
        #expect(Self.close(Self.year(result, 2025).targetTCO2e, 1000 * (1 - 0.5 * 5 / 10)))
        #expect(Self.close(last.gapTCO2e, 0))
        #expect(result.target.meetsReduction)
        #expect(result.target.netZero)
        #expect(result.actions[1].reductionTCO2e["2030"] == 500)
    }

    @Test("overlaps: actions whose effects multiply one emission share it; two switches off one source, or a cut alone, do not")
    func overlaps() throws {
        let json = """
            {"city": "x", "baseline_year": 2018, "horizon": 2030, "target": {"year": 2030, "reduction": 0.5}, "gwp": "AR5",
             "coverage": "BASIC", "factors": {"electricity": {"2018": 0.25}, "district_heat": {"2018": 0.3}},
             "activities": [
               {"gpc": "I.1.1", "carrier": "heating_oil", "amount": 1000, "unit": "MWh"},
               {"gpc": "I.1.2", "carrier": "electricity", "amount": 500, "unit": "MWh"},
               {"gpc": "I.1.3", "carrier": "electricity", "amount": 50, "unit": "MWh"},
               {"gpc": "II.1.1", "carrier": "diesel", "amount": 100, "unit": "MWh"}],
             "actions": [
               {"id": "A", "kind": "reduce_activity", "target": {"gpc": "I.1.1", "carrier": "heating_oil"}, "fraction": 0.1},
               {"id": "B", "kind": "switch_carrier", "target": {"gpc": "I.1.1"}, "from": "heating_oil", "to": "electricity",
                "to_gpc": "I.1.2", "share": 0.3},
               {"id": "C", "kind": "reduce_factor", "target": {"carrier": "electricity"}, "fraction": 0.2},
               {"id": "D", "kind": "switch_carrier", "target": {"gpc": "I.1.1"}, "from": "heating_oil", "to": "district_heat",
                "to_gpc": "I.1.2", "share": 0.2},
               {"id": "E", "kind": "reduce_activity", "target": {"gpc": "II.1", "carrier": "diesel"}, "fraction": 0.1},
               {"id": "F", "kind": "reduce_activity", "target": {"gpc": "I.1.3", "carrier": "electricity"}, "fraction": 0.5},
               {"id": "N", "kind": "removal", "tco2e": 10}]}
            """
        let engine = ScenarioEngine(try ScenarioFile.read(Data(json.utf8)).get()[0])
        let overlaps = engine.overlaps()
        // A cuts the oil that B and D move away; the electricity B moves is then cut by C's factor.
        #expect(overlaps["A"] == ["B", "C", "D"])
        #expect(overlaps["B"] == ["A", "C"], "two switches off one source add up, they do not multiply")
        #expect(overlaps["C"] == ["A", "B"], "C's own cut on I.1.2 and on grid losses outside BASIC meets no one else")
        #expect(overlaps["D"] == ["A"])
        #expect(overlaps["E"] == nil && overlaps["N"] == nil && overlaps["F"] == nil, "F cuts what BASIC does not count")
    }

    @Test("attribution adds up exactly and does not depend on the order of the actions")
    func attributionProperties() throws {
        let data = try Data(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../examples/kranj.json"))
        var scenario = try ScenarioFile.read(data).get()[0]
        let forward = ScenarioEngine(scenario).run()
        scenario.actions.reverse()
        let backward = ScenarioEngine(scenario).run()
        for year in forward.years {
            let parts = forward.actions.filter { $0.id != "N1" }.map { $0.reductionTCO2e[String(year.year)]! }
            #expect(Self.close(parts.reduce(0, +), year.bauTCO2e - year.grossTCO2e))
            for action in forward.actions {
                let other = backward.actions.first { $0.id == action.id }!
                #expect(Self.close(action.reductionTCO2e[String(year.year)]!, other.reductionTCO2e[String(year.year)]!))
            }
            #expect(year.grossTCO2e >= 0)
        }
        for (f, b) in zip(forward.years, backward.years) { #expect(Self.close(f.grossTCO2e, b.grossTCO2e)) }
    }

    @Test(
        "the one-pass gradient gives the same Shapley values as evaluating with and without each action",
        arguments: ["kranj", "ljubljana", "velenje"])
    func gradientMatchesEvaluation(city: String) throws {
        let data = try Data(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../examples/\(city).json"))
        let engine = ScenarioEngine(try ScenarioFile.read(data).get()[0])
        let fast = engine.attribution(engine.modes())
        let slow = engine.attributionByEvaluation(engine.modes())
        for (a, b) in zip(fast, slow) {
            for (year, value) in a.reductionTCO2e {
                #expect(abs(value - b.reductionTCO2e[year]!) <= 1e-7 * max(1, abs(value)), "\(a.id) \(year)")
            }
        }
    }

    @Test(
        "a draw at the modes gives the deterministic numbers year by year, whatever is left variable",
        arguments: ["kranj", "ljubljana", "velenje", "synthetic"])
    func drawsMatchDeterministic(city: String) throws {
        let engine: ScenarioEngine
        if city == "synthetic" {
            let json = try JSONSerialization.data(withJSONObject: SyntheticScenarios.make(cities: 1, seed: 11))
            engine = ScenarioEngine(try ScenarioFile.read(json).get()[0])
        } else {
            let data = try Data(
                contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
                    "../../examples/\(city).json"))
            engine = ScenarioEngine(try ScenarioFile.read(data).get()[0])
        }
        let modes = engine.modes()
        let folded = PathwayPlan(engine, values: modes, bySector: true)
        let expected = PathwayPlan.Workspace(folded)
        folded.evaluate([], into: expected)
        // Every action and every growth rate variable, given their modes.
        let actions = Array(engine.scenario.actions.indices)
        let growth = Array(engine.growthKeys.indices)
        let open = PathwayPlan(engine, values: modes, variableActions: actions, variableGrowth: growth, bySector: true)
        let actual = PathwayPlan.Workspace(open)
        open.evaluate(modes.amount + modes.growth, into: actual)
        for t in 0..<folded.yearCount {
            #expect(Self.close(actual.gross(t), expected.gross(t)), "\(city) \(t)")
            #expect(Self.close(actual.removals(t), expected.removals(t)))
            for s in 0..<PathwayPlan.sectorCount { #expect(Self.close(actual.sector(s, t), expected.sector(s, t))) }
        }
        // The same through the draws: with every parameter fixed at its mode,
        // every draw is the deterministic run.
        var fixed = engine.scenario
        fixed.actions = fixed.actions.map { action in
            var action = action
            action.fraction = action.fraction.map { .fixed($0.mode) }
            action.share = action.share.map { .fixed($0.mode) }
            action.tco2e = action.tco2e.map { .fixed($0.mode) }
            return action
        }
        fixed.growth = fixed.growth.mapValues { .fixed($0.mode) }
        let drawn = ScenarioEngine(fixed).run(draws: 10, seed: 3)
        for year in drawn.years {
            #expect(Self.close(year.grossP5!, year.grossTCO2e) && Self.close(year.grossP95!, year.grossTCO2e))
            #expect(Self.close(year.netP50!, year.netTCO2e))
        }
    }

    @Test("four draws at once: each lane gives what that draw gives alone")
    func lanesAreIndependent() throws {
        let json = try JSONSerialization.data(withJSONObject: SyntheticScenarios.make(cities: 1, seed: 21))
        let engine = ScenarioEngine(try ScenarioFile.read(json).get()[0])
        let modes = engine.modes()
        let plan = PathwayPlan(
            engine, values: modes, variableActions: Array(engine.scenario.actions.indices), variableGrowth: Array(engine.growthKeys.indices)
        )
        var generator = SeededGenerator(seed: 9)
        // Each draw scales every parameter by 0.5–1.5 (some fractions above 1, so the clamp at zero is used too).
        let draws = (0..<4).map { _ in (modes.amount + modes.growth).map { $0 * (0.5 + generator.unit()) } }
        let together = PathwayPlan.Workspace(plan)
        let lanes = draws[0].indices.map { k in SIMD4<Double>(draws[0][k], draws[1][k], draws[2][k], draws[3][k]) }
        lanes.withUnsafeBufferPointer { plan.evaluate($0, into: together) }
        for (lane, draw) in draws.enumerated() {
            let alone = PathwayPlan.Workspace(plan)
            plan.evaluate(draw, into: alone)
            for t in 0..<plan.yearCount {
                #expect(together.gross[t][lane] == alone.gross(t))
                #expect(together.removals[t][lane] == alone.removals(t))
            }
        }
    }

    @Test("a national run on several threads gives each scenario's own result, in order")
    func nationalRun() throws {
        let json = try JSONSerialization.data(withJSONObject: SyntheticScenarios.make(cities: 5, seed: 2))
        let scenarios = try ScenarioFile.read(json).get()
        let alone = scenarios.map { ScenarioEngine($0).run(draws: 40, seed: 3) }
        #expect(ScenarioEngine.run(scenarios, draws: 40, seed: 3, threads: 3) == alone)
        #expect(ScenarioEngine.run(scenarios, draws: 40, seed: 3, threads: 1) == alone)
    }

    @Test("a triangular distribution's constants give the same draws")
    func triangular() {
        let distributions: [Uncertain] = [
            .triangular(min: 0.05, mode: 0.1, max: 0.15), .triangular(min: 0, mode: 0, max: 1), .triangular(min: 2, mode: 5, max: 5),
            .triangular(min: 3, mode: 3, max: 3), .fixed(0.4),
        ]
        var generator = SeededGenerator(seed: 4)
        for distribution in distributions {
            let constants = Triangular(distribution)
            for _ in 0..<250 {
                let u = SIMD4(generator.unit(), generator.unit(), generator.unit(), generator.unit())
                let lanes = constants.draw(u)
                for lane in 0..<4 { #expect(lanes[lane] == distribution.draw(u[lane]) && constants.draw(u[lane]) == lanes[lane]) }
            }
        }
    }

    @Test("the gradient also matches on synthetic municipalities with many actions")
    func gradientOnSynthetic() throws {
        let json = try JSONSerialization.data(withJSONObject: SyntheticScenarios.make(cities: 3, seed: 5))
        for scenario in try ScenarioFile.read(json).get() {
            let engine = ScenarioEngine(scenario)
            let fast = engine.attribution(engine.modes())
            let slow = engine.attributionByEvaluation(engine.modes())
            for (a, b) in zip(fast, slow) {
                for (year, value) in a.reductionTCO2e { #expect(abs(value - b.reductionTCO2e[year]!) <= 1e-7 * max(1, abs(value))) }
            }
        }
    }

    @Test("draws: the same seed gives the same output, p5 ≤ p50 ≤ p95, more draws converge")
    func uncertainty() throws {
        let data = try Data(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../examples/kranj.json"))
        let scenario = try ScenarioFile.read(data).get()[0]
        let engine = ScenarioEngine(scenario)
        let a = engine.run(draws: 500, seed: 7, threads: 2)
        let b = engine.run(draws: 500, seed: 7, threads: 1)
        #expect(a == b, "the same seed gives the same output whatever the threads")
        #expect(engine.run(draws: 500, seed: 8, threads: 2) != a)
        for year in a.years {
            #expect(year.grossP5! <= year.grossP50! && year.grossP50! <= year.grossP95!)
            #expect(year.netP5! <= year.netP50! && year.netP50! <= year.netP95!)
        }
        let deterministic = engine.run()
        #expect(deterministic.years[0].grossP5 == nil && deterministic.target.probabilityMeetsReduction == nil)
        // More draws: the median settles (two large runs with different seeds agree closely).
        let x = engine.run(draws: 2000, seed: 1, threads: 2).years.last!.grossP50!
        let y = engine.run(draws: 2000, seed: 2, threads: 2).years.last!.grossP50!
        #expect(abs(x - y) / x < 0.01)
    }

    @Test("percentiles interpolate between order statistics like numpy")
    func percentiles() {
        let values = [1.0, 2, 3, 4, 10]
        #expect(Percentile.of(sorted: values, 50) == 3)
        #expect(Self.close(Percentile.of(sorted: values, 95), 4 + 6 * 0.8))  // position 3.8
        #expect(Self.close(Percentile.of(sorted: values, 5), 1 + 0.2))  // position 0.2
    }

    @Test("p5, p50 and p95 by selection are the sorted percentiles", arguments: [1, 2, 63, 64, 65, 100, 601, 1000, 10_000])
    func percentilesBySelection(count: Int) {
        var generator = SeededGenerator(seed: UInt64(count))
        for kind in ["uniform", "ties", "constant", "sorted", "reversed"] {
            var values = (0..<count).map { _ in generator.unit() }
            switch kind {
            case "ties": values = values.map { ($0 * 7).rounded() }
            case "constant": values = values.map { _ in 42 }
            case "sorted": values.sort()
            case "reversed": values.sort(by: >)
            default: break
            }
            let sorted = values.sorted()
            let spread = values.withUnsafeMutableBufferPointer { Percentile.spread($0) }
            #expect(spread.p5 == Percentile.of(sorted: sorted, 5), "\(kind) \(count)")
            #expect(spread.p50 == Percentile.of(sorted: sorted, 50), "\(kind) \(count)")
            #expect(spread.p95 == Percentile.of(sorted: sorted, 95), "\(kind) \(count)")
        }
    }

    @Test("Gauss–Legendre integrates polynomials exactly")
    func quadrature() {
        for n in 1...12 {
            let nodes = GaussLegendre.unitInterval(points: n)
            // ∫₀¹ y^k dy = 1/(k+1) for every k ≤ 2n − 1.
            for k in 0...(2 * n - 1) {
                let sum = nodes.reduce(0.0) { $0 + $1.weight * pow($1.x, Double(k)) }
                #expect(Self.close(sum, 1 / Double(k + 1)), "n=\(n) k=\(k)")
            }
        }
    }

    @Test("a bad file: every problem at once, each with its JSON path")
    func badInput() {
        let text = """
            { "city": "x", "baseline_year": 2020, "horizon": 2030, "target": { "year": 2040, "reduction": 1.5 }, "colour": "red",
              "activities": [
                { "gpc": "I.9.9", "emissions_tco2e": 1 },
                { "gpc": "I.1.1", "carrier": "kryptonite", "amount": 1, "unit": "MWh" },
                { "gpc": "I.1.1", "carrier": "diesel", "amount": 1, "unit": "m3" },
                { "gpc": "I.1.1", "carrier": "natural_gas", "amount": -1, "unit": "MWh" },
                { "gpc": "I.1.2", "carrier": "electricity", "amount": 1, "unit": "MWh" },
                { "gpc": "I.1.1", "carrier": "heating_oil", "amount": 10, "unit": "MWh" }
              ],
              "actions": [
                { "id": "A", "kind": "reduce_activity", "target": { "gpc": "I" }, "fraction": 1.2 },
                { "id": "A", "kind": "reduce_direct", "fraction": { "min": 0.5, "mode": 0.2, "max": 0.6 } },
                { "id": "C", "kind": "reduce_activity", "fraction": 0.1, "start": 2027, "full": 2025 },
                { "id": "D", "kind": "reduce_activity", "fraction": 0.1, "start": 2035 },
                { "id": "S1", "kind": "switch_carrier", "target": { "gpc": "I.1" }, "from": "heating_oil", "to": "wood", "share": 0.7 },
                { "id": "S2", "kind": "switch_carrier", "target": { "gpc": "I.1.1" }, "from": "heating_oil", "to": "wood", "share": { "min": 0.1, "mode": 0.2, "max": 0.4 } },
                { "id": "E", "kind": "explode" }
              ] }
            """
        guard case .failure(let errors) = ScenarioFile.read(Data(text.utf8)) else {
            Issue.record("a bad file was accepted")
            return
        }
        let paths = Set(errors.problems.map(\.location.description))
        for path in [
            "target.year", "target.reduction", "colour", "activities[0]", "activities[1]", "activities[2]", "activities[3]",
            "activities[4]",
            "actions[0].fraction", "actions[1].id", "actions[1].fraction", "actions[2].start", "actions[3].start", "actions[5].share",
            "actions[6].kind",
        ] {
            #expect(paths.contains(path), "no problem reported at \(path): \(errors.problems)")
        }
        #expect(errors.problems.first { $0.location == .path("activities[4]") }?.message.contains("grid carrier electricity") == true)
    }

    @Test("factors, growth and ratios beyond what a city can have are refused with their path")
    func limits() {
        let text = """
            { "city": "x", "baseline_year": 2020, "horizon": 2030, "target": { "year": 2030, "reduction": 0.5 },
              "factors": { "electricity": { "2020": 1e300 } },
              "growth": { "I": { "min": 0, "mode": 0.1, "max": 1e300 } },
              "activities": [{ "gpc": "I.1.1", "carrier": "heating_oil", "amount": 10, "unit": "MWh" }],
              "actions": [
                { "id": "S", "kind": "switch_carrier", "target": { "gpc": "I.1.1" }, "from": "heating_oil", "to": "wood", "share": 0.5,
                  "ratio": 1e300 }
              ] }
            """
        guard case .failure(let errors) = ScenarioFile.read(Data(text.utf8)) else {
            Issue.record("a file with numbers beyond every limit was accepted")
            return
        }
        #expect(
            errors.problems.map(\.description).sorted() == [
                "actions[0].ratio: must be at most 100.0 (is 1e+300)", "factors.electricity.2020: must be at most 100.0 (is 1e+300)",
                "growth.I: must be at most 1.0 (is 1e+300)",
            ], "\(errors.problems)")
    }

    @Test("an array of scenarios gives an array, paths carry the index")
    func array() throws {
        let one = Self.scenario(activities: #"[{ "gpc": "III.1.2", "emissions_tco2e": 1000 }]"#)
        #expect(try ScenarioFile.read(Data("[\(one), \(one)]".utf8)).get().count == 2)
        guard case .failure(let errors) = ScenarioFile.read(Data("[\(one), { \"city\": \"y\" }]".utf8)) else {
            Issue.record("accepted")
            return
        }
        #expect(errors.problems.allSatisfy { $0.location.description.hasPrefix("[1].") })
        // Checked on several threads: the same problems, in file order.
        let many = "[" + (0..<9).map { $0 % 3 == 1 ? "{ \"city\": \"y\" }" : one }.joined(separator: ", ") + "]"
        guard case .failure(let serial) = ScenarioFile.read(Data(many.utf8), threads: 1),
            case .failure(let parallel) = ScenarioFile.read(Data(many.utf8), threads: 3)
        else {
            Issue.record("accepted")
            return
        }
        #expect(serial == parallel)
        #expect(
            serial.problems.map { $0.location.description.prefix(3) }.reduce(into: [Substring]()) { if $0.last != $1 { $0.append($1) } }
                == ["[1]", "[4]", "[7]"])
    }
}
