import Foundation

/// Synthetic national scenario files for benchmarks: `n` municipalities of
/// realistic sizes, each with 20–60 actions, some uncertain. The numbers are
/// invented (per-capita use of each carrier scaled around Slovenian orders of
/// magnitude) and say nothing about any real municipality.
public enum SyntheticScenarios {
    public static func make(cities: Int, seed: UInt64) -> [[String: Any]] {
        var random = SeededGenerator(seed: seed)
        func uniform(_ low: Double, _ high: Double) -> Double { low + (high - low) * random.unit() }
        func pick<T>(_ list: [T]) -> T { list[Int(random.unit() * Double(list.count)) % list.count] }
        func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
        /// A fraction (at most 1) or an amount, uncertain half of the time.
        func maybeUncertain(_ mode: Double, fraction: Bool = true) -> Any {
            guard random.unit() < 0.5 else { return rounded(mode) }
            let max = fraction ? Swift.min(1, mode * 1.5) : mode * 1.5
            return ["min": rounded(mode * 0.5), "mode": rounded(mode), "max": rounded(max)]
        }

        // (gpc, carrier, MWh per inhabitant and year)
        let energy: [(String, String, Double)] = [
            ("I.1.1", "natural_gas", 2.0), ("I.1.1", "heating_oil", 0.8), ("I.1.1", "wood", 1.5), ("I.1.2", "electricity", 1.7),
            ("I.1.2", "district_heat", 1.0), ("I.2.1", "natural_gas", 1.0), ("I.2.2", "electricity", 1.9), ("I.3.1", "natural_gas", 1.6),
            ("I.3.2", "electricity", 2.3), ("II.1.1", "diesel", 3.7), ("II.1.1", "gasoline", 1.6), ("II.2.2", "electricity", 0.1),
        ]
        var scenarios: [[String: Any]] = []
        for index in 0..<cities {
            // Most municipalities are small; a few are large (a long-tailed size).
            let population = Double(Int(2000 * exp(uniform(0, 5))))
            var activities: [[String: Any]] = energy.map { gpc, carrier, perCapita in
                ["gpc": gpc, "carrier": carrier, "amount": (population * perCapita * uniform(0.6, 1.4)).rounded(), "unit": "MWh"]
            }
            activities.append(["gpc": "III.1.2", "emissions_tco2e": (population * uniform(0.1, 0.3)).rounded()])
            activities.append(["gpc": "III.4.1", "emissions_tco2e": (population * uniform(0.02, 0.06)).rounded()])
            activities.append(["gpc": "I.7.1", "notation_key": "NO"])

            var actions: [[String: Any]] = []
            for number in 0..<Int(uniform(20, 61)) {
                let start = 2021 + Int(uniform(0, 6))
                let full = start + Int(uniform(0, 7))
                var action: [String: Any] = ["id": "A\(number + 1)", "start": start, "full": full]
                switch number % 6 {
                case 0, 1:
                    let (gpc, carrier, _) = pick(energy)
                    action["kind"] = "reduce_activity"
                    action["target"] = [
                        "gpc": String(gpc.prefix(gpc.hasPrefix("II") ? 4 : 3)), "carrier": random.unit() < 0.3 ? "*" : carrier,
                    ]
                    action["fraction"] = maybeUncertain(uniform(0.01, 0.08))
                case 2:
                    action["kind"] = "switch_carrier"
                    action["target"] = ["gpc": "I.1.1"]
                    action["from"] = pick(["natural_gas", "heating_oil"])
                    action["to"] = "electricity"
                    action["to_gpc"] = "I.1.2"
                    action["share"] = maybeUncertain(uniform(0.01, 0.04))
                    action["ratio"] = 0.33
                case 3:
                    action["kind"] = "reduce_factor"
                    action["target"] = ["carrier": pick(["electricity", "district_heat"])]
                    action["fraction"] = maybeUncertain(uniform(0.01, 0.06))
                case 4:
                    action["kind"] = "reduce_direct"
                    action["target"] = ["gpc": "III"]
                    action["fraction"] = maybeUncertain(uniform(0.01, 0.08))
                default:
                    action["kind"] = "removal"
                    action["tco2e"] = maybeUncertain(population * uniform(0.001, 0.01), fraction: false)
                }
                actions.append(action)
            }
            scenarios.append([
                "city": "municipality-\(index + 1)", "baseline_year": 2020, "horizon": 2050,
                "target": ["year": 2030, "reduction": 0.55], "gwp": "AR5", "coverage": "BASIC",
                "factors": ["electricity": ["2020": 0.25, "2030": 0.12, "2050": 0.02], "district_heat": ["2020": 0.3, "2040": 0.1]],
                "growth": ["II": ["min": 0.0, "mode": 0.005, "max": 0.012], "III": -0.01],
                "activities": activities, "actions": actions,
            ])
        }
        return scenarios
    }
}
