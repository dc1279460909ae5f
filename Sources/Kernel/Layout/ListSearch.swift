import Plot

/// The search of a long list: a GET form, so the address can be shared,
/// that keeps the list's other choices (its filters, its order).
package enum ListSearch {
    package static func form(
        action: SiteRoute, label: String, keeping: [(String, String)], search: String?, _ t: Localizer
    ) -> Node<HTML.BodyContext> {
        .form(
            .class("search"), .method(.get), .action(action.path), .attribute(named: "role", value: "search"),
            // Plot writes attribute values as they are: the reader's words are escaped here.
            .forEach(keeping.filter { $0.0 != "q" && $0.0 != "page" }) { name, value in
                .input(.type(.hidden), .name(name.attributeEscaped), .value(value.attributeEscaped))
            },
            .label(.for("field-q"), .text(label)),
            .input(
                .type(.search), .id("field-q"), .name("q"), .value((search ?? "").attributeEscaped),
                .attribute(named: "maxlength", value: "100")),
            Form.submit(t(CoreText.searchButton), secondary: true))
    }
}
