import Foundation

/// Numbers as people type them into forms, in Slovenian or English habits.
package enum NumberInput {
    /// A decimal in a language's habits: Slovenian "250.000" and "1.234,5",
    /// English "250,000" and "1,234.5". A lone separator that cannot be
    /// grouping ("0.25", "0,25", "12,5") is the decimal separator either way.
    package static func decimal(_ text: String, language: Language) -> Double? {
        let plain = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
        let (group, point): (Character, Character) = language == .sl ? (".", ",") : (",", ".")
        var normal = plain
        if plain.contains(point) {
            normal = plain.replacingOccurrences(of: String(group), with: "").replacingOccurrences(of: String(point), with: ".")
        } else if plain.range(of: "^-?[1-9][0-9]{0,2}(\\\(group)[0-9]{3})+$", options: .regularExpression) != nil {
            normal = plain.replacingOccurrences(of: String(group), with: "")
        } else {
            normal = plain.replacingOccurrences(of: String(group), with: ".")
        }
        guard let value = Double(normal), value.isFinite else { return nil }
        return value
    }

    /// A percentage typed in a form as a fraction, to twelve decimals: 0,7 %
    /// is 0.007, not 0.006999999999999999, so a form saved unchanged is unchanged.
    package static func fraction(percent: Double) -> Double { (percent / 100 * 1e12).rounded() / 1e12 }

    /// Whether two numbers read from forms are the same number (to nine significant digits).
    package static func same(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= 1e-9 * max(1e-12, abs(a), abs(b))
    }

    /// A number as a form shows it to be edited again: no grouping, the language's decimal separator.
    package static func text(_ value: Double?, _ language: Language) -> String {
        guard let value else { return "" }
        let plain = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        return language == .sl ? plain.replacingOccurrences(of: ".", with: ",") : plain
    }
}

/// The fields of a form as they came: text as a person typed it (numbers in
/// the habits of their language) and, from the JSON API, numbers that are
/// numbers. Those are read as they are, never written out as text and read
/// again, so no request language can turn 12.345 into 12345.
package struct FormFields: Sendable {
    package var text: [String: String]
    package var numbers: [String: Double]

    package init(_ text: [String: String] = [:], numbers: [String: Double] = [:]) {
        self.text = text
        self.numbers = numbers
    }
}

extension Localizer {
    /// "Vpišite število od 0 do 100.000." / "Enter a number from 0 to 100,000."
    package func numberBetween(_ range: ClosedRange<Double>) -> String {
        func bound(_ value: Double) -> String {
            var digits = 0
            while digits < 6, (value * pow(10, Double(digits))).rounded() != value * pow(10, Double(digits)) { digits += 1 }
            return decimal(value, fractionDigits: digits)
        }
        return self(CoreText.numberBetween, ["min": bound(range.lowerBound), "max": bound(range.upperBound)])
    }
}

/// Amounts of money, kept exact as whole cents.
package enum Money {
    /// Euros to the nearest cent (exact for every amount below 10¹³ euros,
    /// far above the sane range of any input).
    package static func cents(_ euros: Double) -> Int64 {
        guard euros.isFinite, abs(euros) < 1e13 else { return 0 }
        return Int64((euros * 100).rounded())
    }
}
