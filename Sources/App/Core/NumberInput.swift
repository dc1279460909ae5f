import Foundation

/// Numbers as people type them into forms, in Slovenian or English habits.
package enum NumberInput {
    /// "57000", "57.000" or "57 000".
    package static func integer(_ text: String) -> Int? {
        Int(
            text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: " ", with: "").replacingOccurrences(
                of: "\u{00A0}", with: ""))
    }

    /// "150,9" (Slovenian), "150.9", "1.234,5". With a comma, dots group thousands.
    package static func decimal(_ text: String) -> Double? {
        var text = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
        if text.contains(",") { text = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".") }
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

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

    /// A decimal that may be left empty: `.none` for empty, `.some(nil)` for not a number.
    package static func optionalDecimal(_ text: String?, language: Language) -> Double?? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return .none }
        return .some(decimal(text, language: language))
    }

    /// A number as a form shows it to be edited again: no grouping, the language's decimal separator.
    package static func text(_ value: Double?, _ language: Language) -> String {
        guard let value else { return "" }
        let plain = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        return language == .sl ? plain.replacingOccurrences(of: ".", with: ",") : plain
    }
}
