import Foundation

/// What a long list shows, from its address: the words searched for, the
/// column it is sorted by and its page. Unknown values are ignored.
package struct ListQuery<Sort: RawRepresentable & Sendable & Equatable>: Sendable, Equatable where Sort.RawValue == String {
    /// Words every shown row must hold (at most 100 characters).
    package var search: String? = nil
    /// `nil` is the list's own order.
    package var sort: Sort? = nil
    /// From 2; `nil` is the first.
    package var page: Int? = nil

    /// Rows on a page.
    package static var pageSize: Int { 50 }

    package init(search: String? = nil, sort: Sort? = nil, page: Int? = nil) {
        self.search = search
        self.sort = sort
        self.page = page
    }

    package init(query: [String: String]) {
        search = query["q"].map { String($0.trimmingCharacters(in: .whitespacesAndNewlines).prefix(100)) }.flatMap { $0.isEmpty ? nil : $0 }
        sort = query["sort"].flatMap(Sort.init(rawValue:))
        page = query["page"].flatMap { Int($0) }.flatMap { (2...100_000).contains($0) ? $0 : nil }
    }

    package var query: [(String, String)] {
        var items: [(String, String)] = []
        if let search { items.append(("q", search)) }
        if let sort { items.append(("sort", sort.rawValue)) }
        if let page { items.append(("page", String(page))) }
        return items
    }

    /// Whether every reader sees the same for it (no search, the first page): such a list may be kept.
    package var isPlain: Bool { search == nil && page == nil }

    /// The same list sorted by `sort` (`nil`: its own order), from its first page.
    package func sorted(by sort: Sort?) -> ListQuery {
        ListQuery(search: search, sort: sort, page: nil)
    }

    /// Whether `texts` hold every searched word, in any case and with or without č, š, ž.
    package func matches(_ texts: [String]) -> Bool {
        Self.matches(search, texts)
    }

    package static func matches(_ search: String?, _ texts: [String]) -> Bool {
        let words = (search ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
        let text = texts.joined(separator: " ")
        return words.allSatisfy { text.range(of: $0, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
    }

    /// The rows of the page asked for (the last if it asks beyond), and the count of pages.
    package func page<Row>(of rows: [Row]) -> (rows: [Row], page: Int, pages: Int) {
        let size = Self.pageSize
        let pages = max(1, (rows.count + size - 1) / size)
        let page = min(self.page ?? 1, pages)
        return (Array(rows.dropFirst((page - 1) * size).prefix(size)), page, pages)
    }
}
