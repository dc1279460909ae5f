import Plot

extension String {
    /// This text made safe inside a double-quoted HTML attribute. Plot escapes
    /// text nodes but writes attribute values as they are, so every value that
    /// may hold user input goes through here (`Node.safe…` below).
    package var attributeEscaped: String {
        var result = ""
        result.reserveCapacity(count)
        for character in self {
            switch character {
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(character)
            }
        }
        return result
    }
}

extension Node {
    /// An attribute whose value is escaped (for any value that is not a constant).
    package static func safeAttribute(named name: String, value: String) -> Node {
        .attribute(named: name, value: value.attributeEscaped)
    }

    /// The same, kept when empty (an option's `value=""` means "none chosen").
    package static func safeAttribute(named name: String, keepingEmpty value: String) -> Node {
        .attribute(Attribute(name: name, value: value.attributeEscaped, ignoreIfValueIsEmpty: false))
    }
}

extension Node where Context: HTML.BodyContext {
    /// A link to an address that may come from data (escaped; never `javascript:`
    /// because callers pass typed routes, `mailto:`/`tel:` or `safeWebAddress`).
    package static func safeLink(_ address: String, _ nodes: Node<HTML.AnchorContext>...) -> Node {
        .element(named: "a", nodes: [Node<HTML.AnchorContext>.attribute(named: "href", value: address.attributeEscaped)] + nodes)
    }
}
