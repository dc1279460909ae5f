import Foundation

/// A date on the calendar, without time or time zone, known to the day, the
/// month or only the year (a Mission Label "awarded in May 2025" is a month).
/// Stored and exchanged as ISO 8601 text: `2025`, `2025-05`, `2025-05-06`.
package struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    package let year: Int
    package let month: Int?
    package let day: Int?

    package init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `moment` falls on in Ljubljana.
    package init(_ moment: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Localizer.ljubljana
        let parts = calendar.dateComponents([.year, .month, .day], from: moment)
        year = parts.year!
        month = parts.month!
        day = parts.day!
    }

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; anything else is `nil`.
    package init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let lengths = [4, 2, 2]
        guard (1...3).contains(parts.count),
            zip(parts, lengths).allSatisfy({ $0.count == $1 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        let numbers = parts.compactMap { Int($0) }
        self.init(year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil, day: numbers.count > 2 ? numbers[2] : nil)
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    package var iso: String {
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let day { text += String(format: "-%02d", day) }
        return text
    }

    package var description: String { iso }

    package static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
