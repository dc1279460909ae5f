import Foundation

/// A translated text: a plain string, or one string per CLDR plural category.
/// `{n}` in a plural stands for the count; `{name}` placeholders are filled from
/// the arguments given to `Localizer`.
package enum Message: Sendable, Equatable {
    case text(String)
    case plural([PluralCategory: String])

    /// A plural with the four Slovenian forms.
    package static func sl(one: String, two: String, few: String, other: String) -> Message {
        .plural([.one: one, .two: two, .few: few, .other: other])
    }

    /// A plural with the two English forms.
    package static func en(one: String, other: String) -> Message {
        .plural([.one: one, .other: other])
    }
}

/// A catalogue of typed keys; each feature has its own, and every key must have
/// a message in every language (a test walks all catalogues).
package protocol TextCatalogue: CaseIterable, Sendable, RawRepresentable where RawValue == String {
    func message(in language: Language) -> Message
}

/// A catalogue written as two exhaustive switches, one per language, so the
/// compiler refuses a key that lacks either.
package protocol BilingualCatalogue: TextCatalogue {
    var slovenian: Message { get }
    var english: Message { get }
}

extension BilingualCatalogue {
    package func message(in language: Language) -> Message {
        switch language {
        case .sl: slovenian
        case .en: english
        }
    }
}

/// Turns typed keys, numbers and dates into text in one language.
package struct Localizer: Sendable {
    package let language: Language

    package init(_ language: Language) {
        self.language = language
    }

    /// The text of a key, with `{name}` placeholders filled in.
    package func callAsFunction<Key: TextCatalogue>(_ key: Key, _ arguments: [String: String] = [:]) -> String {
        switch key.message(in: language) {
        case .text(let text):
            return Self.fill(text, arguments)
        case .plural(let forms):
            return Self.fill(forms[.other] ?? key.rawValue, arguments)
        }
    }

    /// The plural form of a key for `count`; `{n}` becomes the formatted count.
    package func callAsFunction<Key: TextCatalogue>(_ key: Key, count: Int, _ arguments: [String: String] = [:]) -> String {
        var arguments = arguments
        arguments["n"] = integer(count)
        switch key.message(in: language) {
        case .text(let text):
            return Self.fill(text, arguments)
        case .plural(let forms):
            let category = PluralCategory.of(count, in: language)
            return Self.fill(forms[category] ?? forms[.other] ?? key.rawValue, arguments)
        }
    }

    private static func fill(_ text: String, _ arguments: [String: String]) -> String {
        guard !arguments.isEmpty, text.contains("{") else { return text }
        var result = text
        for (name, value) in arguments {
            result = result.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return result
    }

    /// The reader's locale, for sorting names in their alphabet (č after c, ž after z).
    package var locale: Locale { Locale(identifier: language == .sl ? "sl_SI" : "en_GB") }

    // MARK: Numbers (CLDR: sl "1.234,5" with "−" for minus; en "1,234.5")

    private var groupSeparator: Character { language == .sl ? "." : "," }
    private var decimalSeparator: Character { language == .sl ? "," : "." }
    private var minusSign: String { language == .sl ? "\u{2212}" : "-" }

    /// A whole number with grouping: 295.000 (sl), 295,000 (en).
    package func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        return (value < 0 ? minusSign : "") + grouped(digits)
    }

    /// A number rounded to a whole one, with grouping. Total: a value beyond
    /// what an `Int` holds is written in powers of ten, one that is not a
    /// number at all as "—", so no stored value can stop a page.
    package func integer(rounding value: Double) -> String {
        decimal(value, fractionDigits: 0)
    }

    /// A decimal number rounded to `fractionDigits` (half away from zero).
    /// Total, like `integer(rounding:)`: from 10¹⁵ on (where a `Double` no
    /// longer holds every whole number) it is "1,2 × 10²⁰".
    /// Euros as Slovenes write them: "18.000.000 €", "1.250,50 €" (cents only when there are some).
    package func money(_ euros: Double) -> String {
        decimal(euros, fractionDigits: euros == euros.rounded() ? 0 : 2) + "\u{00A0}€"
    }

    package func decimal(_ value: Double, fractionDigits: Int = 1) -> String {
        let fractionDigits = min(max(fractionDigits, 0), 6)
        guard value.isFinite else { return "—" }
        guard abs(value) < 1e15 else { return scientific(value) }
        let scale = pow(10, Double(fractionDigits))
        let rounded = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        let whole = Int((rounded / scale).rounded(.down))
        var text = grouped(String(whole))
        if fractionDigits > 0 {
            let fraction = Int(rounded - Double(whole) * scale)
            let fractionText = String(fraction)
            text.append(decimalSeparator)
            text += String(repeating: "0", count: fractionDigits - fractionText.count) + fractionText
        }
        return (value < 0 && rounded > 0 ? minusSign : "") + text
    }

    /// A very large (finite) number as mantissa × 10 to a power: "1,2 × 10²⁰".
    private func scientific(_ value: Double) -> String {
        var exponent = Int(log10(abs(value)).rounded(.down))
        var mantissa = (abs(value) / pow(10, Double(exponent)) * 10).rounded() / 10
        if mantissa >= 10 {
            mantissa /= 10
            exponent += 1
        }
        let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let power = String(String(exponent).compactMap { $0.wholeNumberValue.map { superscripts[$0] } })
        return (value < 0 ? minusSign : "") + decimal(mantissa, fractionDigits: 1) + "\u{00A0}×\u{00A0}10" + power
    }

    /// Items in a sentence: "A, B in C" (sl), "A, B and C" (en).
    package func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (language == .sl ? " in " : " and ") + items.last!
    }

    /// A most likely fraction with its range, if it has one: "0,5 % (0 % do 1,2 %)".
    package func percent(exactly mode: Double, min: Double?, max: Double?) -> String {
        guard let min, let max else { return percent(exactly: mode) }
        return self(CoreText.percentRange, ["mode": percent(exactly: mode), "min": percent(exactly: min), "max": percent(exactly: max)])
    }

    /// A fraction as a percentage with as many decimals as it has (0.125 → "12,5 %", 0.07 → "7 %").
    package func percent(exactly fraction: Double) -> String {
        // Nine decimals at most: 0.07 × 100 is 7.000000000000001 in binary.
        percentSign(NumberInput.text((fraction * 100 * 1e9).rounded() / 1e9, language))
    }

    /// A fraction as a percentage: 0.8 → "80 %" (sl, with a no-break space), "80%" (en).
    package func percent(_ fraction: Double, fractionDigits: Int = 0) -> String {
        percentSign(decimal(fraction * 100, fractionDigits: fractionDigits))
    }

    /// "80 %" (sl, with a no-break space), "80%" (en).
    private func percentSign(_ number: String) -> String {
        language == .sl ? number + "\u{00A0}%" : number + "%"
    }

    private func grouped(_ digits: String) -> String {
        guard digits.count > 3 else { return digits }
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(groupSeparator) }
            result.append(digit)
        }
        return result
    }

    // MARK: Dates (sl "30. 11. 2026", en "30 November 2026")

    /// A calendar date at its own precision: a day, a month or a year.
    package func date(_ date: CalendarDate) -> String {
        switch (date.month, date.day, language) {
        case (let month?, let day?, .sl):
            return "\(day). \(month). \(date.year)"
        case (let month?, let day?, .en):
            return "\(day) \(Self.englishMonths[month - 1]) \(date.year)"
        case (let month?, nil, .sl):
            return "\(Self.slovenianMonths[month - 1]) \(date.year)"
        case (let month?, nil, .en):
            return "\(Self.englishMonths[month - 1]) \(date.year)"
        default:
            return String(date.year)
        }
    }

    /// A moment as the date and the time of day in Ljubljana:
    /// sl "30. 11. 2026, 14:05", en "30 November 2026, 14:05".
    package func dateTime(_ moment: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Self.ljubljana
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: moment)
        let day = CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
        return date(day) + String(format: ", %02d:%02d", parts.hour!, parts.minute!)
    }

    /// The partnership's time zone; events and timestamps are shown in it.
    package static let ljubljana = TimeZone(identifier: "Europe/Ljubljana") ?? TimeZone(secondsFromGMT: 3600)!

    private static let slovenianMonths = [
        "januar", "februar", "marec", "april", "maj", "junij",
        "julij", "avgust", "september", "oktober", "november", "december",
    ]
    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}
