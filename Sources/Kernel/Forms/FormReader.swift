import Foundation
import Vapor

/// Reads a submitted form field by field, each as what it is: text with a
/// longest length, a whole number, a year, a decimal or an amount of money in
/// the reader's number habits (`250.000,5` in Slovenian, `250,000.5` in
/// English), a date, one choice of an enum, a set of checkboxes. Every
/// problem lands on its field, in the reader's language, and the form shown
/// again keeps what was typed (`state`).
///
/// Pages read their body with `request.form()`, the JSON API builds the same
/// `FormFields` from its typed body (numbers that are numbers stay numbers);
/// both go through one reader, so a rule is written once.
package struct FormReader: Sendable {
    package private(set) var state: FormState
    package private(set) var fields: FormFields
    package let t: Localizer

    /// - Parameter shown: the fields the form shows again (all when `nil`).
    package init(_ fields: FormFields, _ t: Localizer, shown: [String]? = nil) {
        self.fields = fields
        self.t = t
        let values = shown.map { names in fields.text.filter { names.contains($0.key) } } ?? fields.text
        state = FormState(values: values)
    }

    package var isValid: Bool { state.isValid }

    /// Whether the field was sent at all (a `PATCH` leaves absent fields alone).
    package func has(_ name: String) -> Bool { fields.text[name] != nil || fields.numbers[name] != nil }

    /// Whether the field already has a problem.
    package func failed(_ name: String) -> Bool { state.errors[name] != nil }

    package mutating func fail(_ name: String, _ message: String) { state.fail(name, message) }

    /// Reads the field as if it had not been sent (it belongs to another
    /// choice on the form); the form shown again still holds what was typed.
    package mutating func ignore(_ name: String) {
        fields.text[name] = nil
        fields.numbers[name] = nil
    }

    /// The field's text as sent, trimmed; `nil` when empty or absent.
    package func raw(_ name: String) -> String? {
        (fields.text[name]?.trimmingCharacters(in: .whitespacesAndNewlines)).nonEmpty
    }

    /// Fails a required field that was left empty; `true` when it is empty.
    private mutating func missing(_ name: String, _ required: Bool, _ message: String?) -> Bool {
        guard raw(name) == nil, fields.numbers[name] == nil else { return false }
        if required { fail(name, message ?? t(CoreText.required)) }
        return true
    }

    /// Text, trimmed, at most `max` characters (the same limits as
    /// openapi.yaml's `maxLength`); `nil` when empty.
    package mutating func text(_ name: String, max: Int, required: Bool = false, missing message: String? = nil) -> String? {
        if missing(name, required, message) { return nil }
        let text = raw(name) ?? ""
        guard text.count <= max else {
            fail(name, t(CoreText.tooLong, ["max": t.integer(max), "length": t.integer(text.count)]))
            return nil
        }
        return text
    }

    /// An e-mail address as typed, trimmed; `nil` when empty.
    package mutating func email(_ name: String, required: Bool = false, missing message: String? = nil) -> String? {
        guard let address = text(name, max: Accounts.emailLimit, required: required, missing: message) else { return nil }
        guard Accounts.isValidEmail(address) else {
            fail(name, t(CoreText.emailAddress))
            return nil
        }
        return address
    }

    /// A password or other secret, exactly as typed (never trimmed, never shown again).
    package func secret(_ name: String) -> String { fields.text[name] ?? "" }

    /// A whole number in `range`, grouped as the reader groups thousands
    /// (`57.000` or `57 000` in Slovenian, `57,000` in English); a number
    /// with the reader's decimal separator (`57,000` in Slovenian) is not
    /// whole, whatever its digits, so it is never read 1,000 times too small.
    package mutating func integer(
        _ name: String, in range: ClosedRange<Int>, required: Bool = false, message: String? = nil
    ) -> Int? {
        if missing(name, required, message) { return nil }
        let point: Character = t.language == .sl ? "," : "."
        let read =
            fields.numbers[name] ?? raw(name).flatMap { $0.contains(point) ? nil : NumberInput.decimal($0, language: t.language) }
        guard let read, read == read.rounded(), read >= Double(range.lowerBound), read <= Double(range.upperBound) else {
            fail(name, message ?? t(CoreText.wholeNumber, ["min": t.integer(range.lowerBound), "max": t.integer(range.upperBound)]))
            return nil
        }
        return Int(read)
    }

    /// The years a city plans in.
    package static let years = 1990...2100

    /// A year from 1990 to 2100, written plainly (`2030`).
    package mutating func year(_ name: String, required: Bool = false, message: String? = nil) -> Int? {
        if missing(name, required, message) { return nil }
        let read = fields.numbers[name].flatMap { $0 == $0.rounded() && abs($0) < 1e6 ? Int($0) : nil } ?? raw(name).flatMap { Int($0) }
        guard let read, Self.years.contains(read) else {
            fail(name, message ?? t(CoreText.year))
            return nil
        }
        return read
    }

    /// A decimal in `range` in the reader's habits; a number that came as a
    /// number (the JSON API) is taken as it is. Every number a person or a
    /// machine enters has a sane range for what it is, so no stored value is
    /// beyond what a page can show.
    package mutating func decimal(
        _ name: String, in range: ClosedRange<Double>, required: Bool = false, message: String? = nil
    ) -> Double? {
        if missing(name, required, message) { return nil }
        let read = fields.numbers[name] ?? raw(name).flatMap { NumberInput.decimal($0, language: t.language) }
        guard let read, read.isFinite, range.contains(read) else {
            fail(name, message ?? t.numberBetween(range))
            return nil
        }
        return read
    }

    /// An amount of euros up to `max`, to the cent.
    package mutating func money(_ name: String, max: Double, required: Bool = false) -> Double? {
        decimal(name, in: 0...max, required: required).map { (($0 * 100).rounded()) / 100 }
    }

    /// A date as Slovenes write it, `1. 3. 2025`, or as ISO 8601,
    /// `2025-03-01` (or `YYYY-MM` and `YYYY` unless `day` is required).
    package mutating func date(_ name: String, required: Bool = false, day: Bool = false) -> CalendarDate? {
        if missing(name, required, t(CoreText.isoDate)) { return nil }
        guard let date = raw(name).flatMap(Self.date), !day || date.day != nil else {
            fail(name, t(CoreText.isoDate))
            return nil
        }
        return date
    }

    /// `1. 3. 2025` (spaces optional) or ISO 8601.
    static func date(_ text: String) -> CalendarDate? {
        if let match = text.wholeMatch(of: #/([0-9]{1,2})\.\s*([0-9]{1,2})\.\s*([0-9]{4})/#) {
            return CalendarDate(year: Int(match.3)!, month: Int(match.2)!, day: Int(match.1)!)
        }
        return CalendarDate(iso: text)
    }

    /// One of an enum's values by its raw value.
    package mutating func choice<Value: RawRepresentable>(
        _ name: String, _ type: Value.Type = Value.self, required: Bool = true
    ) -> Value? where Value.RawValue == String {
        if missing(name, required, t(CoreText.choose)) { return nil }
        guard let value = raw(name).flatMap(Value.init(rawValue:)) else {
            fail(name, t(CoreText.choose))
            return nil
        }
        return value
    }

    /// The checkboxes that were ticked, of those the form offered (a name
    /// the form did not offer counts for nothing).
    package func checked<Key: Hashable>(_ offered: [(name: String, key: Key)]) -> Set<Key> {
        Set(offered.compactMap { fields.text[$0.name] == nil ? nil : $0.key })
    }
}

extension Request {
    /// The fields of a submitted form, read from the body once and kept for
    /// the rest of the request (the CSRF check, the handler, a form shown again).
    package func form() throws -> FormFields {
        if let fields = storage[FormFieldsKey.self] { return fields }
        let fields = FormFields(try content.decode([String: String].self))
        storage[FormFieldsKey.self] = fields
        return fields
    }

    /// A reader of the submitted form, in the reader's language.
    package func formReader(shown: [String]? = nil) throws -> FormReader {
        FormReader(try form(), t, shown: shown)
    }
}

private enum FormFieldsKey: StorageKey {
    typealias Value = FormFields
}
