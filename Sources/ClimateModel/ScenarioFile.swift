import Foundation
import Synchronization

/// Reads scenario files (MODEL.md §3): one scenario object or an array of
/// them. Every problem is reported at once with its JSON path; nothing is
/// computed from an invalid file.
public enum ScenarioFile {
    /// The scenarios of a file, or every problem found. The scenarios of an
    /// array are checked on `threads` threads; the problems come in file order.
    public static func read(_ data: Data, reference: ReferenceData = .shipped, threads: Int = 1) -> Result<[Scenario], InputProblems> {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            return .failure(
                InputProblems(problems: [InputProblem(.path("$"), .invalidJSON(detail: (error as NSError).localizedDescription))]))
        }
        var problems: [InputProblem] = []
        var scenarios: [Scenario] = []
        if let array = json as? [Any] {
            let checked = Mutex([(Scenario?, [InputProblem])?](repeating: nil, count: array.count))
            let elements = Unchecked(array)
            let next = Atomic<Int>(0)
            DispatchQueue.concurrentPerform(iterations: Swift.max(1, Swift.min(threads, array.count))) { _ in
                while true {
                    let index = next.add(1, ordering: .relaxed).oldValue
                    guard index < elements.value.count else { return }
                    var found: [InputProblem] = []
                    let scenario = read(elements.value[index], path: "[\(index)].", reference: reference, into: &found)
                    checked.withLock { $0[index] = (scenario, found) }
                }
            }
            for case (let scenario, let found)? in checked.withLock({ $0 }) {
                problems += found
                if let scenario { scenarios.append(scenario) }
            }
        } else if let scenario = read(json, path: "", reference: reference, into: &problems) {
            scenarios.append(scenario)
        }
        return problems.isEmpty ? .success(scenarios) : .failure(InputProblems(problems: problems))
    }

    /// Parsed JSON, which Foundation gives as `Any`; only read, never changed.
    private struct Unchecked: @unchecked Sendable {
        let value: [Any]
        init(_ value: [Any]) { self.value = value }
    }

    /// The largest values that make sense for a city, so that no file can
    /// push a result beyond what a number holds.
    public enum Limits {
        /// A grid factor, tCO2e per unit (coal power is about 1 per MWh).
        public static let factor = 100.0
        /// Growth of an activity a year (+100 %).
        public static let growth = 1.0
        /// Units of the new carrier per unit of the old one.
        public static let ratio = 100.0
    }

    private static let actionFields: [ActionKind: Set<String>] = [
        .reduceActivity: ["id", "kind", "target", "fraction", "start", "full"],
        .switchCarrier: ["id", "kind", "target", "from", "to", "to_gpc", "share", "ratio", "start", "full"],
        .reduceFactor: ["id", "kind", "target", "carrier", "fraction", "start", "full"],
        .reduceDirect: ["id", "kind", "target", "fraction", "start", "full"],
        .removal: ["id", "kind", "target", "tco2e", "start", "full"],
    ]

    static func read(_ json: Any, path: String, reference: ReferenceData, into problems: inout [InputProblem]) -> Scenario? {
        let before = problems.count
        func fail(_ field: String, _ reason: InputReason) { problems.append(InputProblem(.path(path + field), reason)) }
        guard let object = json as? [String: Any] else {
            fail(path.isEmpty ? "$" : String(path.dropLast()), .scenarioNotObject)
            return nil
        }
        let known: Set<String> = [
            "city", "baseline_year", "horizon", "target", "gwp", "coverage", "factors", "growth", "activities", "actions",
        ]
        for key in object.keys.sorted() where !known.contains(key) { fail(key, .unknownField) }

        let city = object["city"] as? String ?? ""
        if city.isEmpty { fail("city", .cityRequired) }
        let baselineYear = integer(object["baseline_year"], "baseline_year", fail) ?? 0
        let horizon = integer(object["horizon"], "horizon", fail) ?? baselineYear
        if horizon < baselineYear { fail("horizon", .horizonBeforeBaseline(horizon: horizon, baseline: baselineYear)) }
        if horizon - baselineYear > 200 { fail("horizon", .horizonTooFar) }
        var targetYear = horizon
        var reduction = 0.0
        if let target = object["target"] as? [String: Any] {
            targetYear = integer(target["year"], "target.year", fail) ?? horizon
            reduction = number(target["reduction"], "target.reduction", fail) ?? 0
            if !(0...1).contains(reduction) { fail("target.reduction", .reductionOutOfRange(reduction)) }
            if !(baselineYear...Swift.max(baselineYear, horizon)).contains(targetYear) {
                fail("target.year", .yearOutside(year: targetYear, first: baselineYear, last: horizon))
            }
        } else {
            fail("target", .targetRequired)
        }
        var gwp = GWPSet.ar5
        if let text = object["gwp"] {
            if let value = (text as? String).flatMap(GWPSet.init(rawValue:)) { gwp = value } else { fail("gwp", .unknownGWP) }
        }
        var coverage = Coverage.basic
        if let text = object["coverage"] {
            if let value = (text as? String).flatMap(Coverage.init(rawValue:)) {
                coverage = value
            } else {
                fail("coverage", .unknownCoverage)
            }
        }

        var factors: [String: [(year: Int, value: Double)]] = [:]
        if let raw = object["factors"] {
            if let table = raw as? [String: Any] {
                for (carrier, pointsJSON) in table.sorted(by: { $0.key < $1.key }) {
                    let field = "factors.\(carrier)"
                    if !reference.carriers.contains(carrier) { fail(field, .unknownCarrier(carrier)) }
                    guard let points = pointsJSON as? [String: Any], !points.isEmpty else {
                        fail(field, .factorPoints)
                        continue
                    }
                    var list: [(Int, Double)] = []
                    for (yearText, valueJSON) in points {
                        guard let year = Int(yearText) else {
                            fail("\(field).\(yearText)", .keyNotYear)
                            continue
                        }
                        guard let value = number(valueJSON, "\(field).\(yearText)", fail) else { continue }
                        if value < 0 { fail("\(field).\(yearText)", .negativeFactor) }
                        if value > Limits.factor { fail("\(field).\(yearText)", .aboveLimit(value: value, limit: Limits.factor)) }
                        list.append((year, value))
                    }
                    factors[carrier] = list.sorted { $0.0 < $1.0 }
                }
            } else {
                fail("factors", .notAnObject)
            }
        }

        var growth: [String: Uncertain] = [:]
        if let raw = object["growth"] {
            if let table = raw as? [String: Any] {
                for (prefix, value) in table.sorted(by: { $0.key < $1.key }) {
                    let field = "growth.\(prefix)"
                    if !reference.gpc.keys.contains(where: { Scenario.matches(prefix: prefix, $0) }) {
                        fail(field, .notGPCPrefix(prefix))
                    }
                    if let uncertain = uncertain(value, field, fail) {
                        if uncertain.min <= -1 { fail(field, .growthTooLow) }
                        if uncertain.max > Limits.growth { fail(field, .aboveLimit(value: uncertain.max, limit: Limits.growth)) }
                        growth[prefix] = uncertain
                    }
                }
            } else {
                fail("growth", .notAnObject)
            }
        }

        // Activities: the same rules as an inventory, located by JSON path.
        var activities: [Located<Activity>] = []
        if let list = object["activities"] as? [Any] {
            for (index, element) in list.enumerated() {
                let field = "activities[\(index)]"
                guard let row = element as? [String: Any] else {
                    fail(field, .notAnObject)
                    continue
                }
                let allowed: Set<String> = ["gpc", "carrier", "amount", "unit", "factor_tco2e_per_unit", "emissions_tco2e", "notation_key"]
                for key in row.keys.sorted() where !allowed.contains(key) { fail("\(field).\(key)", .unknownField) }
                var unit: ActivityUnit? = nil
                if let text = row["unit"] {
                    unit = (text as? String).flatMap(ActivityUnit.init(rawValue:))
                    if unit == nil {
                        fail("\(field).unit", .unknownUnit(nil))
                    }
                }
                var key: NotationKey? = nil
                if let text = row["notation_key"] {
                    key = (text as? String).flatMap(NotationKey.init(rawValue:))
                    if key == nil { fail("\(field).notation_key", .unknownNotationKey(nil)) }
                }
                let carrier = row["carrier"] as? String
                activities.append(
                    Located(
                        Activity(
                            gpc: row["gpc"] as? String ?? "", carrier: carrier == "*" ? nil : carrier,
                            amount: row["amount"].flatMap { number($0, "\(field).amount", fail) }, unit: unit,
                            factorTCO2ePerUnit: row["factor_tco2e_per_unit"].flatMap { number($0, "\(field).factor_tco2e_per_unit", fail) },
                            emissionsTCO2e: row["emissions_tco2e"].flatMap { number($0, "\(field).emissions_tco2e", fail) },
                            notationKey: key),
                        at: .path(field)))
            }
        } else {
            fail("activities", .activitiesRequired)
        }
        var rows: [Inventory.Row] = []
        switch Inventory.check(activities, gridFactors: factors.mapValues { _ in 0 }, reference: reference) {
        case .success(let checked): rows = checked
        case .failure(let found): problems += found.problems.map { InputProblem(.path(path + $0.location.description), $0.reason) }
        }

        // Actions.
        var actions: [ScenarioAction] = []
        var ids: [String: Int] = [:]
        for (index, element) in (object["actions"] as? [Any] ?? []).enumerated() {
            let field = "actions[\(index)]"
            guard let raw = element as? [String: Any] else {
                fail(field, .notAnObject)
                continue
            }
            let id = raw["id"] as? String ?? ""
            if id.isEmpty { fail("\(field).id", .idRequired) }
            if let first = ids[id], !id.isEmpty {
                fail("\(field).id", .duplicateID(id: id, first: path + "actions[\(first)]"))
            } else {
                ids[id] = index
            }
            guard let kind = (raw["kind"] as? String).flatMap(ActionKind.init(rawValue:)) else {
                fail("\(field).kind", .unknownKind)
                continue
            }
            for key in raw.keys.sorted() where !(actionFields[kind] ?? []).contains(key) {
                fail("\(field).\(key)", .notAFieldOf(kind: kind.rawValue))
            }
            let target = raw["target"] as? [String: Any] ?? [:]
            let gpc = target["gpc"] as? String
            if let gpc, !reference.gpc.keys.contains(where: { Scenario.matches(prefix: gpc, $0) }) {
                fail("\(field).target.gpc", .notGPCPrefix(gpc))
            }
            var carrier = (target["carrier"] as? String) ?? (raw["carrier"] as? String)
            if carrier == "*" { carrier = nil }
            if let carrier, !reference.carriers.contains(carrier) { fail("\(field).target.carrier", .unknownCarrier(carrier)) }
            let start = raw["start"].flatMap { integer($0, "\(field).start", fail) } ?? baselineYear + 1
            let full = raw["full"].flatMap { integer($0, "\(field).full", fail) } ?? start
            if start > full { fail("\(field).start", .startAfterFull(start: start, full: full)) }
            for (name, year) in [("start", start), ("full", full)] where !(baselineYear...Swift.max(baselineYear, horizon)).contains(year) {
                fail("\(field).\(name)", .yearOutside(year: year, first: baselineYear, last: horizon))
            }
            var action = ScenarioAction(id: id, kind: kind, gpc: gpc, carrier: carrier, start: start, full: full)
            switch kind {
            case .reduceActivity, .reduceFactor, .reduceDirect:
                action.fraction = fraction(raw["fraction"], "\(field).fraction", fail)
                if kind == .reduceFactor, carrier == nil {
                    fail("\(field).target.carrier", .reduceFactorNeedsCarrier)
                }
            case .switchCarrier:
                action.from = raw["from"] as? String
                action.to = raw["to"] as? String
                action.toGPC = raw["to_gpc"] as? String
                action.share = fraction(raw["share"], "\(field).share", fail)
                action.ratio = raw["ratio"].flatMap { number($0, "\(field).ratio", fail) } ?? 1
                if action.ratio < 0 { fail("\(field).ratio", .negativeRatio) }
                if action.ratio > Limits.ratio { fail("\(field).ratio", .aboveLimit(value: action.ratio, limit: Limits.ratio)) }
                for (name, value) in [("from", action.from), ("to", action.to)] {
                    guard let value else {
                        fail("\(field).\(name)", .carrierRequired)
                        continue
                    }
                    if !reference.carriers.contains(value) { fail("\(field).\(name)", .unknownCarrier(value)) }
                }
                if let to = action.to, ReferenceData.gridCarriers.contains(to), factors[to] == nil {
                    fail("\(field).to", .gridCarrierWithoutFactor(to))
                }
                if let toGPC = action.toGPC, reference.gpc[toGPC] == nil { fail("\(field).to_gpc", .unknownGPC(toGPC)) }
            case .removal:
                if let value = uncertain(raw["tco2e"], "\(field).tco2e", fail) {
                    if value.min < 0 { fail("\(field).tco2e", .negativeRemoval) }
                    if value.max > Inventory.largest {
                        fail("\(field).tco2e", .tooLarge(field: "tco2e", value: value.max, limit: Inventory.largest))
                    }
                    action.tco2e = value
                }
            }
            actions.append(action)
        }

        // The shares of all switches on one activity may not exceed 1 at full ramp (their max).
        for activity in activities {
            guard let carrier = activity.value.carrier else { continue }
            checkShares(activity.value.gpc, carrier, actions, path, &problems)
        }
        guard problems.count == before else { return nil }
        return Scenario(
            city: city, baselineYear: baselineYear, horizon: horizon, targetYear: targetYear, targetReduction: reduction, gwp: gwp,
            coverage: coverage, factors: factors, growth: growth, activities: rows, actions: actions)
    }

    private static func checkShares(
        _ gpc: String, _ carrier: String, _ actions: [ScenarioAction], _ path: String, _ problems: inout [InputProblem]
    ) {
        let switching = actions.enumerated().filter {
            $0.element.kind == .switchCarrier && $0.element.from == carrier && Scenario.matches(prefix: $0.element.gpc, gpc)
        }
        let total = switching.reduce(0.0) { $0 + ($1.element.share?.max ?? 0) }
        if total > 1 + 1e-12, let last = switching.last {
            let reason = InputReason.sharesOverOne(ids: switching.map(\.element.id), gpc: gpc, carrier: carrier, total: total)
            let problem = InputProblem(.path(path + "actions[\(last.offset)].share"), reason)
            if !problems.contains(problem) { problems.append(problem) }
        }
    }

    private static func number(_ json: Any?, _ field: String, _ fail: (String, InputReason) -> Void) -> Double? {
        guard let json else { return nil }
        if type(of: json) == Bool.self {
            fail(field, .notANumber)
            return nil
        }
        if let value = json as? NSNumber, value.doubleValue.isFinite { return value.doubleValue }
        fail(field, .notANumber)
        return nil
    }

    private static func integer(_ json: Any?, _ field: String, _ fail: (String, InputReason) -> Void) -> Int? {
        guard let json else {
            fail(field, .required)
            return nil
        }
        guard let value = number(json, field, fail) else { return nil }
        guard value == value.rounded(), abs(value) < 1e6 else {
            fail(field, .notAWholeYear)
            return nil
        }
        return Int(value)
    }

    private static func uncertain(_ json: Any?, _ field: String, _ fail: (String, InputReason) -> Void) -> Uncertain? {
        guard let json else {
            fail(field, .required)
            return nil
        }
        if let object = json as? [String: Any] {
            guard let a = number(object["min"], "\(field).min", fail), let c = number(object["mode"], "\(field).mode", fail),
                let b = number(object["max"], "\(field).max", fail)
            else {
                fail(field, .distributionIncomplete)
                return nil
            }
            guard a <= c, c <= b else {
                fail(field, .distributionOrder(min: a, mode: c, max: b))
                return nil
            }
            return .triangular(min: a, mode: c, max: b)
        }
        return number(json, field, fail).map(Uncertain.fixed)
    }

    private static func fraction(_ json: Any?, _ field: String, _ fail: (String, InputReason) -> Void) -> Uncertain? {
        guard let value = uncertain(json, field, fail) else { return nil }
        if value.min < 0 || value.max > 1 { fail(field, .fractionOutOfRange) }
        return value
    }
}
