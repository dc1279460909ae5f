import ClimateModel
import Fluent
import Foundation

/// How a city's history shows one kind of record: its name, and each field
/// the trail keeps with its label and its value in the reader's words (a
/// status by name, a share in percent, a date in the reader's habits, a
/// person or record by name, never an id). Each feature offers the shapes
/// of its records in its `Feature` value; the kernel has its own.
package struct AuditShape: Sendable {
    /// The record type (`Audited.auditType`).
    package let type: String
    package let name: @Sendable (Localizer) -> String
    /// The grammatical gender of the name in Slovenian, for the words that
    /// agree with it ("Vloga osebe ustvarjena", "Ukrep ustvarjen").
    package let gender: Gender
    /// The fields shown, in their order.
    package let fields: [(key: String, field: AuditField)]
    /// Fields the trail keeps that the history does not show (positions, kept internals).
    package let hidden: Set<String>
    /// Names records of this type by id, for fields elsewhere that point at them.
    package let names: (@Sendable (_ ids: [UUID], _ database: any Database, _ t: Localizer) async throws -> [UUID: String])?

    package init(
        _ type: String, name: @escaping @Sendable (Localizer) -> String, gender: Gender = .masculine, fields: [(String, AuditField)],
        hidden: Set<String> = [],
        names: (@Sendable (_ ids: [UUID], _ database: any Database, _ t: Localizer) async throws -> [UUID: String])? = nil
    ) {
        self.type = type
        self.name = name
        self.gender = gender
        self.fields = fields.map { (key: $0.0, field: $0.1) }
        self.hidden = hidden
        self.names = names
    }

    package func field(_ key: String) -> AuditField? { fields.first { $0.key == key }?.field }

    package enum Gender: Sendable {
        case masculine, feminine, neuter
    }
}

/// What a field's value is read with.
package struct AuditContext: Sendable {
    /// Names of the records that fields point at, by id.
    package let names: [UUID: String]
    /// The record's fields as kept in the same entry (before or after).
    package let record: [String: String]

    package init(names: [UUID: String], record: [String: String]) {
        self.names = names
        self.record = record
    }
}

/// One field of a record in the history: its label and how its kept text reads.
package struct AuditField: Sendable {
    package let label: @Sendable (Localizer) -> String
    /// The kept text as the reader reads it, in `context`: the names of the
    /// records pointed at, and the record's other fields as kept with it.
    package let value: @Sendable (_ text: String, _ context: AuditContext, _ t: Localizer) -> String
    /// The record type an id field points at, whose shape names it.
    package let points: String?

    package init(
        _ label: @escaping @Sendable (Localizer) -> String, points: String? = nil,
        value: @escaping @Sendable (_ text: String, _ context: AuditContext, _ t: Localizer) -> String = { text, _, _ in text }
    ) {
        self.label = label
        self.points = points
        self.value = value
    }

    /// Text as it is.
    package static func text(_ label: @escaping @Sendable (Localizer) -> String) -> AuditField { AuditField(label) }

    /// A number in the reader's habits (1.234,5), as precise as it was kept.
    package static func number(_ label: @escaping @Sendable (Localizer) -> String) -> AuditField {
        AuditField(label) { text, _, t in Double(text).map { NumberInput.text($0, t.language) } ?? text }
    }

    /// A fraction as a percentage (0.15 → 15 %).
    package static func percent(_ label: @escaping @Sendable (Localizer) -> String) -> AuditField {
        AuditField(label) { text, _, t in Double(text).map { t.percent(exactly: $0) } ?? text }
    }

    /// Euros.
    package static func money(_ label: @escaping @Sendable (Localizer) -> String) -> AuditField {
        AuditField(label) { text, _, t in
            Double(text).map(t.money) ?? text
        }
    }

    /// A day, a month or a year (ISO) in the reader's habits.
    package static func date(_ label: @escaping @Sendable (Localizer) -> String) -> AuditField {
        AuditField(label) { text, _, t in CalendarDate(iso: text).map { t.date($0) } ?? text }
    }

    /// A moment (ISO 8601) in the reader's habits.
    package static func moment(_ label: @escaping @Sendable (Localizer) -> String) -> AuditField {
        AuditField(label) { text, _, t in ISO8601DateFormatter().date(from: text).map { t.dateTime($0) } ?? text }
    }

    /// Yes or no.
    package static func flag(_ label: @escaping @Sendable (Localizer) -> String) -> AuditField {
        AuditField(label) { text, _, t in text == "true" ? t(CoreText.yes) : text == "false" ? t(CoreText.no) : text }
    }

    /// One of a choice's values by its name.
    package static func choice<Choice: RawRepresentable & Sendable>(
        _ label: @escaping @Sendable (Localizer) -> String, _: Choice.Type, _ name: @escaping @Sendable (Choice, Localizer) -> String
    ) -> AuditField where Choice.RawValue == String {
        AuditField(label) { text, _, t in Choice(rawValue: text).map { name($0, t) } ?? text }
    }

    /// A GPC reference with its name.
    package static func gpc(_ label: @escaping @Sendable (Localizer) -> String) -> AuditField {
        AuditField(label) { text, _, t in t.gpc(text) }
    }

    /// Records of another type, their ids joined by commas, by their names.
    package static func records(_ label: @escaping @Sendable (Localizer) -> String, _ type: String) -> AuditField {
        AuditField(label, points: type) { text, context, t in
            t.list(text.split(separator: ",").map { UUID(uuidString: String($0)).flatMap { context.names[$0] } ?? t(CoreText.recordGone) })
        }
    }

    /// A record of another type, by its name.
    package static func record(_ label: @escaping @Sendable (Localizer) -> String, _ type: String) -> AuditField {
        AuditField(label, points: type) { text, context, t in UUID(uuidString: text).flatMap { context.names[$0] } ?? t(CoreText.recordGone)
        }
    }
}
