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
    package static func table<Context: HTML.BodyContext>(
        caption: String, headings: [(String, Bool)], rows: [Node<HTML.TableContext>], id: String? = nil
    ) -> Node<Context> {
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

extension Tables {
    /// A column of a list: its heading, whether it holds numbers, and the
    /// address that sorts the list by it (`sorted`: whether it does now, and
    /// which way), so the heading is a link that says how the list is sorted.
    package struct Column: Sendable {
        package enum Order: String, Sendable {
            case ascending, descending
        }
        package let title: String
        package var numeric = false
        package var sortBy: SiteRoute? = nil
        package var sorted: Order? = nil
        /// Its order when the list is sorted by it.
        package var order: Order = .ascending

        package init(_ title: String, numeric: Bool = false, sortBy: SiteRoute? = nil, sorted: Order? = nil, order: Order = .ascending) {
            self.title = title
            self.numeric = numeric
            self.sortBy = sortBy
            self.sorted = sorted
            self.order = order
        }
    }

    /// A heading that sorts its list by `sort`. `current` is the list's
    /// order now (`nil`: its own, `own`, whose address says no order);
    /// `route` is the list's address in an order, from its first page.
    package static func sorting<Sort: Equatable>(
        _ title: String, by sort: Sort, current: Sort?, own: Sort, numeric: Bool = false, order: Column.Order = .ascending,
        route: (Sort?) -> SiteRoute
    ) -> Column {
        Column(
            title, numeric: numeric, sortBy: route(sort == own ? nil : sort), sorted: (current ?? own) == sort ? order : nil, order: order)
    }

    /// A cell of a list whose rows become cards on a phone: each cell says
    /// its column's name there (`data-label`).
    package struct Cell {
        package let content: Node<HTML.BodyContext>
        package var numeric = false
        package var lang: String? = nil

        package init(_ content: Node<HTML.BodyContext>, numeric: Bool = false, lang: String? = nil) {
            self.content = content
            self.numeric = numeric
            self.lang = lang
        }

        package static func text(_ text: String, numeric: Bool = false) -> Cell { Cell(.text(text), numeric: numeric) }
    }

    /// A list as a table with sortable headings; on a narrow screen each row
    /// is a card of its cells, each named for its column. The first cell is
    /// the row's heading.
    package static func list(caption: String, columns: [Column], rows: [[Cell]], _ t: Localizer) -> Node<HTML.BodyContext> {
        .div(
            .class("table-scroll"),
            .table(
                // The roles are the table's own: a phone's cards (display: block) would lose them.
                .class("list-cards"), .attribute(named: "role", value: "table"),
                .caption(.text(caption)),
                .thead(
                    .attribute(named: "role", value: "rowgroup"),
                    .tr(
                        .attribute(named: "role", value: "row"),
                        .forEach(columns) { column in
                            .th(
                                .if(column.numeric, .class("num")), .attribute(named: "scope", value: "col"),
                                .attribute(named: "role", value: "columnheader"),
                                .unwrap(column.sorted) { .attribute(named: "aria-sort", value: $0.rawValue) },
                                column.sortBy.map { route in
                                    Node<HTML.BodyContext>.a(
                                        .href(route.path), .text(column.title),
                                        .span(
                                            .class("sort-mark"), .attribute(named: "aria-hidden", value: "true"),
                                            .text(column.sorted == nil ? " ↕" : column.sorted == .ascending ? " ↑" : " ↓")))
                                } ?? .text(column.title))
                        })),
                .tbody(
                    .attribute(named: "role", value: "rowgroup"),
                    .forEach(rows) { cells in
                        .tr(
                            .attribute(named: "role", value: "row"),
                            .forEach(Array(zip(columns, cells).enumerated())) { index, pair in
                                let (column, cell) = pair
                                return index == 0
                                    ? .th(
                                        .attribute(named: "scope", value: "row"), .attribute(named: "role", value: "rowheader"),
                                        .attribute(named: "data-label", value: column.title),
                                        .unwrap(cell.lang) { .attribute(named: "lang", value: $0) }, cell.content)
                                    : .td(
                                        .if(cell.numeric, .class("num")), .attribute(named: "role", value: "cell"),
                                        .attribute(named: "data-label", value: column.title),
                                        .unwrap(cell.lang) { .attribute(named: "lang", value: $0) }, cell.content)
                            })
                    })
            )
        )
    }

    /// Which page of a long list, with links to the pages before and after.
    package static func pager(page: Int, pages: Int, route: (Int) -> SiteRoute, _ t: Localizer) -> Node<HTML.BodyContext> {
        guard pages > 1 else { return .empty }
        return .nav(
            .class("pager"), .ariaLabel(t(CoreText.pages)),
            .unwrap(page > 1 ? page - 1 : nil) {
                .a(.href(route($0).path), .attribute(named: "rel", value: "prev"), .text(t(CoreText.previousPage)))
            },
            .span(
                .attribute(named: "aria-current", value: "page"), .text(t(CoreText.pageOf, ["page": String(page), "pages": String(pages)]))),
            .unwrap(page < pages ? page + 1 : nil) {
                .a(.href(route($0).path), .attribute(named: "rel", value: "next"), .text(t(CoreText.nextPage)))
            })
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
