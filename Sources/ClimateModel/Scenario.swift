import Foundation

/// A number that may be uncertain: a fixed value or a triangular
/// distribution (min ≤ mode ≤ max). A deterministic run uses the mode.
public enum Uncertain: Sendable, Equatable {
    case fixed(Double)
    case triangular(min: Double, mode: Double, max: Double)

    public var mode: Double {
        switch self {
        case .fixed(let value): value
        case .triangular(_, let mode, _): mode
        }
    }

    public var max: Double {
        switch self {
        case .fixed(let value): value
        case .triangular(_, _, let max): max
        }
    }

    public var min: Double {
        switch self {
        case .fixed(let value): value
        case .triangular(let min, _, _): min
        }
    }

    public var isUncertain: Bool {
        if case .triangular = self { return true }
        return false
    }
}

/// The kinds of action of MODEL.md §4.
public enum ActionKind: String, Sendable, CaseIterable, Codable {
    case reduceActivity = "reduce_activity"
    case switchCarrier = "switch_carrier"
    case reduceFactor = "reduce_factor"
    case reduceDirect = "reduce_direct"
    case removal
}

/// One action of a scenario with its model effect (MODEL.md §4).
public struct ScenarioAction: Sendable, Equatable {
    public var id: String
    public var kind: ActionKind
    /// GPC prefix the action applies to (`I.1`, `II`); `nil` for all.
    public var gpc: String?
    /// Carrier it applies to; `nil` for all (`"*"` in the file).
    public var carrier: String?
    /// reduce_activity, reduce_factor, reduce_direct.
    public var fraction: Uncertain?
    /// switch_carrier.
    public var from: String?
    public var to: String?
    public var toGPC: String?
    public var share: Uncertain?
    public var ratio: Double = 1
    /// removal.
    public var tco2e: Uncertain?
    public var start: Int
    public var full: Int

    /// 0 before start; (t − start + 1) / (full − start + 1) from start to full; 1 after.
    public func ramp(_ year: Int) -> Double {
        if year < start { return 0 }
        if year >= full { return 1 }
        return Double(year - start + 1) / Double(full - start + 1)
    }
}

/// A scenario file's scenario (MODEL.md §3).
public struct Scenario: Sendable {
    public var city: String
    public var baselineYear: Int
    public var horizon: Int
    public var targetYear: Int
    public var targetReduction: Double
    public var gwp: GWPSet
    public var coverage: Coverage
    /// Per carrier: (year, tCO2e/MWh) points, sorted by year.
    public var factors: [String: [(year: Int, value: Double)]]
    /// Annual growth by GPC prefix; the longest matching prefix wins.
    public var growth: [String: Uncertain]
    public var activities: [Inventory.Row]
    public var actions: [ScenarioAction]

    /// Whether a GPC prefix matches a reference: equal, or followed by `.`.
    public static func matches(prefix: String?, _ reference: String) -> Bool {
        guard let prefix else { return true }
        return reference == prefix || reference.hasPrefix(prefix + ".")
    }

    /// The growth rate (mode) that applies to a reference: the longest matching prefix.
    func growthKey(for reference: String) -> String? {
        growth.keys.filter { Self.matches(prefix: $0, reference) }.max { $0.count < $1.count }
    }

    /// The factor of a carrier in a year: linear between points, flat outside.
    public static func interpolate(_ points: [(year: Int, value: Double)], _ year: Int) -> Double {
        guard let first = points.first, let last = points.last else { return 0 }
        if year <= first.year { return first.value }
        if year >= last.year { return last.value }
        for (a, b) in zip(points, points.dropFirst()) where year <= b.year {
            return a.value + (b.value - a.value) * Double(year - a.year) / Double(b.year - a.year)
        }
        return last.value
    }
}
