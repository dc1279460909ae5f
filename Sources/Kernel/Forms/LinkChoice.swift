import Foundation
import Plot

/// Checkboxes that link a record to records of another kind (an action to
/// the hazards it answers, to the indicators that follow it), and reading
/// them back from the submitted form.
package struct LinkChoice: Sendable {
    /// The start of each checkbox's name, before the other record's id.
    package let prefix: String
    package let legend: String
    package let hint: String?
    /// The records that may be linked, with their names.
    package let options: [(id: UUID, label: String)]
    package let choice: Choice

    /// What a form's boxes say: those checked now, and those that were
    /// checked when the form was drawn (`nil` from a form that did not say),
    /// so a save changes only what its reader changed.
    package struct Choice: Sendable, Equatable {
        package var checked: Set<UUID>
        package var shown: Set<UUID>?

        package init(checked: Set<UUID> = [], shown: Set<UUID>? = nil) {
            self.checked = checked
            self.shown = shown
        }

        /// The links as stored, to draw a form with.
        package static func stored(_ linked: Set<UUID>) -> Choice { Choice(checked: linked, shown: linked) }
    }

    package init(prefix: String, legend: String, hint: String? = nil, options: [(id: UUID, label: String)], choice: Choice) {
        self.prefix = prefix
        self.legend = legend
        self.hint = hint
        self.options = options
        self.choice = choice
    }

    package static func fieldName(_ prefix: String, _ id: UUID) -> String { "\(prefix)_\(id.uuidString)" }
    static func shownName(_ prefix: String) -> String { "\(prefix)_shown" }

    /// The boxes of a submitted form (only the ids `offered` count).
    package static func read(_ form: FormReader, prefix: String, among offered: [UUID]) -> Choice {
        let known = Set(offered)
        let shown = form.fields.text[shownName(prefix)].map { text in
            Set(text.split(separator: ",").compactMap { UUID(uuidString: String($0)) }).intersection(known)
        }
        return Choice(checked: form.checked(offered.map { (fieldName(prefix, $0), $0) }), shown: shown)
    }

    /// The fieldset; nothing when there is nothing to link.
    package var fieldset: Node<HTML.FormContext> {
        guard !options.isEmpty else { return .empty }
        let boxes: [Node<HTML.FormContext>] = options.map { option in
            let name = Self.fieldName(prefix, option.id)
            return .div(
                .class("checkbox"), Form.checkbox(name, checked: choice.checked.contains(option.id)),
                .label(.for("field-\(name)"), .text(option.label)))
        }
        return .element(
            named: "fieldset",
            nodes: [
                .class("checkboxes"), .element(named: "legend", text: legend), .unwrap(hint) { .p(.class("hint"), .text($0)) },
                .input(
                    .type(.hidden), .name(Self.shownName(prefix)),
                    .value((choice.shown ?? choice.checked).map(\.uuidString).sorted().joined(separator: ","))),
            ] + boxes)
    }
}
