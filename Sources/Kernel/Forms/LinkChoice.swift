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
    package let checked: Set<UUID>

    package init(prefix: String, legend: String, hint: String? = nil, options: [(id: UUID, label: String)], checked: Set<UUID>) {
        self.prefix = prefix
        self.legend = legend
        self.hint = hint
        self.options = options
        self.checked = checked
    }

    package static func fieldName(_ prefix: String, _ id: UUID) -> String { "\(prefix)_\(id.uuidString)" }

    /// The ids among `offered` whose boxes the form had checked (only those offered count).
    package static func read(_ form: FormReader, prefix: String, among offered: [UUID]) -> Set<UUID> {
        form.checked(offered.map { (fieldName(prefix, $0), $0) })
    }

    /// The fieldset; nothing when there is nothing to link.
    package var fieldset: Node<HTML.FormContext> {
        guard !options.isEmpty else { return .empty }
        let boxes: [Node<HTML.FormContext>] = options.map { option in
            let name = Self.fieldName(prefix, option.id)
            var attributes: [Attribute<HTML.FormContext>] = [
                Attribute(name: "type", value: "checkbox"), Attribute(name: "id", value: "field-\(name)"),
                Attribute(name: "name", value: name),
                Attribute(name: "value", value: "on"),
            ]
            if checked.contains(option.id) { attributes.append(Attribute(name: "checked", value: "checked")) }
            return .div(
                .class("checkbox"), .selfClosedElement(named: "input", attributes: attributes),
                .label(.for("field-\(name)"), .text(option.label)))
        }
        return .element(
            named: "fieldset",
            nodes: [.class("checkboxes"), .element(named: "legend", text: legend), .unwrap(hint) { .p(.class("hint"), .text($0)) }]
                + boxes)
    }
}
