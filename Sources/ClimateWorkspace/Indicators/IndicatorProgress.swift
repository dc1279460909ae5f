import Foundation
import Kernel

/// Where an indicator stands against its target.
package enum IndicatorStatus: String, Codable, Sendable, CaseIterable {
    /// No value yet.
    case noData = "no_data"
    /// Values, but no target to measure them against.
    case noTarget = "no_target"
    case achieved
    /// At least as good as the straight line from the baseline to the target.
    case onTrack = "on_track"
    case offTrack = "off_track"
}

/// An indicator's values in date order and its status (PRODUCT.md B: status against target).
package struct IndicatorProgress: Sendable, Equatable {
    package struct Point: Sendable, Equatable {
        package let date: CalendarDate
        package let value: Double

        /// The date as a year with its fraction (June is mid-year), for charts and the trajectory.
        package var year: Double {
            Double(date.year) + (date.month.map { (Double($0) - 0.5) / 12 } ?? 0.5)
        }
    }

    package let points: [Point]
    package let status: IndicatorStatus
    /// Where the straight line from the baseline to the target stands at the latest value's date.
    package let expected: Double?

    package var latest: Point? { points.last }

    package init(direction: IndicatorDirection, baseline: (year: Int, value: Double)?, target: (year: Int, value: Double)?, points: [Point])
    {
        self.points = points.sorted { $0.date < $1.date }
        guard let latest = self.points.last else {
            status = .noData
            expected = nil
            return
        }
        guard let target else {
            status = .noTarget
            expected = nil
            return
        }
        func better(_ a: Double, than b: Double) -> Bool { direction == .up ? a >= b : a <= b }
        if better(latest.value, than: target.value) {
            status = .achieved
            expected = target.value
            return
        }
        // Without a baseline the first value is where the line starts.
        let start: (year: Double, value: Double) =
            baseline.map { (Double($0.year) + 0.5, $0.value) } ?? (self.points[0].year, self.points[0].value)
        let end = Double(target.year) + 0.5
        let share = end > start.year ? min(1, max(0, (latest.year - start.year) / (end - start.year))) : 1
        let line = start.value + (target.value - start.value) * share
        expected = line
        status = better(latest.value, than: line) ? .onTrack : .offTrack
    }
}

extension Indicator {
    /// The indicator's progress from its values.
    package func progress(_ values: [IndicatorValue]) -> IndicatorProgress {
        IndicatorProgress(
            direction: direction,
            baseline: baselineYear.flatMap { year in baselineValue.map { (year, $0) } },
            target: targetYear.flatMap { year in targetValue.map { (year, $0) } },
            points: values.compactMap { value in value.date.map { IndicatorProgress.Point(date: $0, value: value.value) } })
    }
}
