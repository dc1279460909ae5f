import Plot

/// What the user typed and what was wrong with it, so that a form shown again
/// after an error keeps every value and says what is wrong next to each field.
package struct FormState: Sendable {
    package var values: [String: String] = [:]
    /// Field name → the message for it, in the user's language.
    package var errors: [String: String] = [:]
    /// The order the errors are listed in at the top of the form.
    package var errorOrder: [String] = []

    package init(values: [String: String] = [:]) {
        self.values = values
    }

    package mutating func fail(_ field: String, _ message: String) {
        if errors[field] == nil { errorOrder.append(field) }
        errors[field] = message
    }

    package var isValid: Bool { errors.isEmpty }

    package subscript(_ field: String) -> String { values[field] ?? "" }
}

/// Pieces every form is built from: the CSRF field, labelled inputs with their
/// errors tied to them (`aria-describedby`, `aria-invalid`), an error summary.
package enum Form {
    /// A checkbox that sends "on", with the id its label names (`field-NAME`);
    /// `more` are attributes of its own (escaped here).
    package static func checkbox<Context: HTML.BodyContext>(_ name: String, checked: Bool, _ more: [(String, String)] = [])
        -> Node<Context>
    {
        var attributes: [Attribute<Context>] = [
            Attribute(name: "type", value: "checkbox"), Attribute(name: "id", value: "field-\(name)".attributeEscaped),
            Attribute(name: "name", value: name.attributeEscaped), Attribute(name: "value", value: "on"),
        ]
        attributes += more.map { Attribute(name: $0.0, value: $0.1.attributeEscaped) }
        if checked { attributes.append(Attribute(name: "checked", value: "checked")) }
        return .selfClosedElement(named: "input", attributes: attributes)
    }

    package static func csrf(_ token: String) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name(CSRFMiddleware.fieldName), .value(token.attributeEscaped))
    }

    /// The list of problems at the top of a form, each linking to its field.
    package static func errorSummary<Context: HTML.BodyContext>(_ state: FormState, title: String) -> Node<Context> {
        guard !state.isValid else { return .empty }
        return .div(
            .class("error-summary"), .attribute(named: "role", value: "alert"),
            .h2(.text(title)),
            .ul(.forEach(state.errorOrder) { field in .li(.a(.href("#field-\(field)"), .text(state.errors[field] ?? ""))) })
        )
    }

    package enum Kind {
        case text, email, password, number, date, url
        case textarea
        case select([(value: String, label: String)])
    }

    /// A labelled field. `autocomplete` follows the HTML tokens (`email`, `current-password`…).
    package static func field<Context: HTML.BodyContext>(
        _ name: String, label: String, kind: Kind = .text, state: FormState, hint: String? = nil,
        required: Bool = false, autocomplete: String? = nil, step: String? = nil
    ) -> Node<Context> {
        let id = "field-\(name)"
        let error = state.errors[name]
        var described: [String] = []
        if hint != nil { described.append("\(id)-hint") }
        if error != nil { described.append("\(id)-error") }
        var attributes: [(String, String)] = [("id", id), ("name", name)]
        if required { attributes.append(("required", "required")) }
        if let autocomplete { attributes.append(("autocomplete", autocomplete)) }
        if !described.isEmpty { attributes.append(("aria-describedby", described.joined(separator: " "))) }
        if error != nil { attributes.append(("aria-invalid", "true")) }

        let control: Node<Context>
        switch kind {
        case .textarea:
            control = .element(
                named: "textarea",
                nodes: attributes.map { Node<Context>.safeAttribute(named: $0.0, value: $0.1) } + [
                    .attribute(named: "rows", value: "5"), .text(state[name]),
                ])
        case .select(var options):
            // A stored value the list does not offer stays chosen, so saving does not change it unseen.
            if !state[name].isEmpty, !options.contains(where: { $0.value == state[name] }) { options.append((state[name], state[name])) }
            control = .element(
                named: "select",
                nodes: attributes.map { Node<Context>.safeAttribute(named: $0.0, value: $0.1) }
                    + options.map { option in
                        .element(
                            named: "option",
                            nodes: [
                                .safeAttribute(named: "value", keepingEmpty: option.value),
                                .if(option.value == state[name], .attribute(named: "selected", value: "selected")),
                                .text(option.label),
                            ])
                    })
        default:
            let type: String =
                switch kind {
                case .email: "email"
                case .password: "password"
                case .number: "number"
                case .date: "date"
                case .url: "url"
                default: "text"
                }
            attributes.append(("type", type))
            if case .password = kind {} else { attributes.append(("value", state[name])) }
            if let step { attributes.append(("step", step)) }
            control = .selfClosedElement(
                named: "input",
                attributes: attributes.map { Attribute<Context>(name: $0.0, value: $0.1.attributeEscaped, ignoreIfValueIsEmpty: false) })
        }
        return .div(
            .class(error == nil ? "field" : "field field-error"),
            .label(.for(id), .text(label)),
            .unwrap(hint) { .p(.id("\(id)-hint"), .class("hint"), .text($0)) },
            .unwrap(error) { .p(.id("\(id)-error"), .class("error-message"), .text($0)) },
            control
        )
    }

    package static func submit<Context: HTML.BodyContext>(_ label: String, secondary: Bool = false) -> Node<Context> {
        .button(.type(.submit), .class(secondary ? "button button-secondary" : "button"), .text(label))
    }

    /// A one-button form that POSTs (delete, revoke, restore, sign out).
    package static func action(_ route: SiteRoute, label: String, csrf token: String, secondary: Bool = true) -> Node<HTML.BodyContext> {
        .form(
            .class("inline-form"), .method(.post), .action(route.path),
            csrf(token),
            .button(.type(.submit), .class(secondary ? "button button-secondary" : "button"), .text(label))
        )
    }
}

extension Form {
    /// A page that is one form: title, lead, error summary, fields, button,
    /// and links under it (sign in, register, forgot password…).
    package static func page(
        title: String, lead: String?, action: SiteRoute, state: FormState, submit: String, csrf token: String, t: Localizer,
        fields: [Node<HTML.FormContext>], after: [Node<HTML.BodyContext>] = [], breadcrumbs: [Page.Crumb] = [], description: String? = nil
    ) -> Page {
        Page(
            title: title, description: description ?? lead, breadcrumbs: breadcrumbs,
            content: .div(
                .class("form-page"),
                .h1(.text(title)),
                .unwrap(lead) { .p(.class("lead"), .text($0)) },
                errorSummary(state, title: t(CoreText.formErrorsTitle)),
                .form(
                    .method(.post), .action(action.path), .attribute(named: "novalidate", value: "novalidate"),
                    csrf(token),
                    .group(fields),
                    Form.submit(submit)
                ),
                .group(after)
            )
        )
    }
}
