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

    /// A decimal that may be left empty: `.none` for empty, `.some(nil)` for not a number.
    package static func optionalDecimal(_ text: String?) -> Double?? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return .none }
        return .some(decimal(text))
    }

    /// A number as a form shows it to be edited again: no grouping, the language's decimal separator.
    package static func text(_ value: Double?, _ language: Language) -> String {
        guard let value else { return "" }
        let plain = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        return language == .sl ? plain.replacingOccurrences(of: ".", with: ",") : plain
    }
}
