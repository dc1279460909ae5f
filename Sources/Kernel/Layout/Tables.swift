import Plot

/// Pieces of the data tables every climate page shows.
package enum Tables {
    /// A column heading; numbers are right-aligned.
    package static func heading(_ text: String, numeric: Bool = false) -> Node<HTML.TableRowContext> {
        .th(.if(numeric, .class("num")), .attribute(named: "scope", value: "col"), .text(text))
    }

    /// A row heading.
    package static func rowHeading(_ text: String) -> Node<HTML.TableRowContext> {
        .th(.attribute(named: "scope", value: "row"), .text(text))
    }

    /// A number cell.
    package static func number(_ text: String) -> Node<HTML.TableRowContext> {
        .td(.class("num"), .text(text))
    }

    /// A table with a caption and headings, scrolling sideways on a narrow screen.
    package static func table(
        caption: String, headings: [(String, Bool)], rows: [Node<HTML.TableContext>], id: String? = nil
    ) -> Node<HTML.BodyContext> {
        .div(
            .class("table-scroll"),
            .table(
                .unwrap(id) { .id($0) },
                .caption(.text(caption)),
                .thead(.tr(.forEach(headings) { heading($0.0, numeric: $0.1) })),
                .tbody(.group(rows))
            )
        )
    }
}

/// The GPC references in their natural order (I.1.1, I.1.2 … I.10, II.1.1 …).
package enum GPCOrder {
    private static let numerals = ["I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6]

    package static func key(_ reference: String) -> [Int] {
        reference.split(separator: ".").map { part in numerals[String(part)] ?? Int(part) ?? 0 }
    }

    package static func sorted(_ references: some Sequence<String>) -> [String] {
        references.sorted { key($0).lexicographicallyPrecedes(key($1)) }
    }
}
