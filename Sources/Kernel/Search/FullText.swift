import Foundation
import Plot
import SQLKit

/// What a person typed into a search box, as the full-text indexes of both
/// databases read it: words (a letter or digit run; every other character
/// separates), each found as the start of a word, all of them required, and
/// "quoted words" as a phrase. Nothing typed is ever passed on as search
/// syntax, so quotes left open, `AND`, `*`, `-`, `:` or `(` can't make a
/// query fail: they are read as separators or as plain words.
package struct FullTextQuery: Sendable, Equatable {
    /// Each part is one word or a phrase of several, in the order typed.
    package let parts: [[String]]

    /// At most this many words are searched; more are left out.
    package static let maximumWords = 12
    /// A longer word is cut to this many characters.
    package static let maximumWordLength = 40

    /// `nil` when `text` holds no word at all.
    package init?(_ text: String?) {
        guard let text else { return nil }
        var parts: [[String]] = []
        var count = 0
        // Odd pieces (between quotes) are phrases; an unclosed quote's piece is read as words.
        let pieces = text.split(separator: "\"", omittingEmptySubsequences: false)
        for (index, piece) in pieces.enumerated() {
            let words = Self.words(piece).prefix(max(0, Self.maximumWords - count))
            guard !words.isEmpty else { continue }
            count += words.count
            let quoted = index % 2 == 1 && index < pieces.count - 1
            if quoted { parts.append(Array(words)) } else { parts += words.map { [$0] } }
        }
        guard !parts.isEmpty else { return nil }
        self.parts = parts
    }

    /// The words of `text` in lower case, split where a character is neither a letter nor a digit.
    package static func words(_ text: some StringProtocol) -> [String] {
        text.split { !($0.isLetter || $0.isNumber) }.map { String($0.lowercased().prefix(maximumWordLength)) }
    }

    /// `text` in lower case and without diacritics (č → c), as the indexes compare words.
    package static func fold(_ text: some StringProtocol) -> String {
        String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// Every word, folded: what a snippet marks.
    package var foldedWords: [String] { parts.flatMap { $0.map(Self.fold) } }

    /// SQLite FTS5's MATCH expression, limited to `column` if given:
    /// `{title} : ("toplotna"* AND "crpalka"*)`. Words are quoted, so no
    /// word is read as an operator; the tokenizer folds case and diacritics.
    package func fts5(column: String? = nil) -> String {
        let terms = parts.map { "\"" + $0.joined(separator: " ") + "\"*" }.joined(separator: " AND ")
        guard let column else { return terms }
        return "{\(column)} : (\(terms))"
    }

    /// PostgreSQL's `to_tsquery` text, limited to the lexemes of `weight` if
    /// given: `toplotna:* & crpalka:*`, a phrase as `toplotna <-> crpalka:*`.
    /// Words hold only letters and digits, so none is tsquery syntax.
    package func tsquery(weight: String = "") -> String {
        parts.map { words in
            words.enumerated().map { index, word in
                index == words.count - 1 ? "\(word):*\(weight)" : weight.isEmpty ? word : "\(word):\(weight)"
            }
            .joined(separator: " <-> ")
        }.joined(separator: " & ")
    }
}

/// The full-text index of one table, on both databases: an FTS5 table kept by
/// triggers on SQLite, a stored `tsvector` with a GIN index on PostgreSQL.
/// Its first column (the title) ranks above the rest.
package struct FullTextIndex: Sendable {
    /// The indexed table.
    package let table: String
    /// The title column: a hit there ranks first.
    package let title: String
    /// The other columns searched.
    package let body: [String]

    package init(table: String, title: String, body: [String]) {
        self.table = table
        self.title = title
        self.body = body
    }

    /// The FTS5 table of SQLite.
    package var ftsTable: String { table + "_search" }
    /// The `tsvector` column of PostgreSQL.
    package static let vectorColumn = "search"

    private func bodyText(of row: String = "") -> String {
        body.map { "coalesce(\(row)\($0), '')" }.joined(separator: " || ' ' || ")
    }

    /// Creates the index and fills it from the table's rows.
    package func create(on sql: any SQLDatabase) async throws {
        if sql.dialect.name == "sqlite" {
            try await sql.raw(
                """
                CREATE VIRTUAL TABLE \(unsafeRaw: ftsTable) USING fts5(
                    row_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')
                """
            ).run()
            let insert = "INSERT INTO \(ftsTable) (row_id, title, body) VALUES (new.id, new.\(title), \(bodyText(of: "new.")))"
            try await sql.raw(
                "CREATE TRIGGER \(unsafeRaw: ftsTable)_insert AFTER INSERT ON \(unsafeRaw: table) BEGIN \(unsafeRaw: insert); END"
            )
            .run()
            try await sql.raw(
                """
                CREATE TRIGGER \(unsafeRaw: ftsTable)_update AFTER UPDATE OF \(unsafeRaw: ([title] + body).joined(separator: ", "))
                ON \(unsafeRaw: table) BEGIN DELETE FROM \(unsafeRaw: ftsTable) WHERE row_id = old.id; \(unsafeRaw: insert); END
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER \(unsafeRaw: ftsTable)_delete AFTER DELETE ON \(unsafeRaw: table)
                BEGIN DELETE FROM \(unsafeRaw: ftsTable) WHERE row_id = old.id; END
                """
            ).run()
            try await sql.raw(
                """
                INSERT INTO \(unsafeRaw: ftsTable) (row_id, title, body)
                SELECT id, \(unsafeRaw: title), \(unsafeRaw: bodyText()) FROM \(unsafeRaw: table)
                """
            ).run()
        } else {
            // ASCII punctuation becomes a space first, so that PostgreSQL's parser
            // splits words where FTS5's tokenizer does (1.5, www.kranj.si, CO2-emisije).
            func vector(_ text: String, _ weight: String) -> String {
                "setweight(to_tsvector('\(FullTextSearch.configuration)', regexp_replace(\(text), '[[:punct:]]+', ' ', 'g')), '\(weight)')"
            }
            try await sql.raw(
                """
                ALTER TABLE \(unsafeRaw: table) ADD COLUMN \(unsafeRaw: Self.vectorColumn) tsvector
                GENERATED ALWAYS AS (\(unsafeRaw: vector("coalesce(\(title), '')", "A")) || \(unsafeRaw: vector(bodyText(), "B"))) STORED
                """
            ).run()
            try await sql.raw("CREATE INDEX \(unsafeRaw: table)_search ON \(unsafeRaw: table) USING gin (\(unsafeRaw: Self.vectorColumn))")
                .run()
        }
    }

    /// Removes the index.
    package func drop(on sql: any SQLDatabase) async throws {
        if sql.dialect.name == "sqlite" {
            for trigger in ["insert", "update", "delete"] {
                try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: ftsTable)_\(unsafeRaw: trigger)").run()
            }
            try await sql.raw("DROP TABLE IF EXISTS \(unsafeRaw: ftsTable)").run()
        } else {
            try await sql.raw("ALTER TABLE \(unsafeRaw: table) DROP COLUMN IF EXISTS \(unsafeRaw: Self.vectorColumn)").run()
        }
    }

    /// The pieces of a query over the table (as `alias`) that finds the rows holding every part of `query`.
    package struct Clauses {
        /// What follows `FROM table alias`: the FTS5 table joined on SQLite, nothing on PostgreSQL.
        package let join: SQLQueryString
        /// The condition for the WHERE clause.
        package let condition: SQLQueryString
        /// 1 where the title holds every part, else 0: title hits sort first.
        package let inTitle: SQLQueryString
        /// How well a row matches, larger is better: FTS5's bm25 (the title ten times the
        /// rest) or PostgreSQL's ts_rank (the title's weight A ten times B's).
        package let rank: SQLQueryString
    }

    package func clauses(_ query: FullTextQuery, alias: String, on sql: any SQLDatabase) -> Clauses {
        if sql.dialect.name == "sqlite" {
            return Clauses(
                join: "JOIN \(unsafeRaw: ftsTable) ON \(unsafeRaw: ftsTable).row_id = \(unsafeRaw: alias).id",
                condition: "\(unsafeRaw: ftsTable) MATCH \(bind: query.fts5())",
                inTitle:
                    "(CASE WHEN \(unsafeRaw: alias).id IN (SELECT row_id FROM \(unsafeRaw: ftsTable) WHERE \(unsafeRaw: ftsTable) MATCH \(bind: query.fts5(column: "title"))) THEN 1 ELSE 0 END)",
                rank: "(-bm25(\(unsafeRaw: ftsTable), 0, 10.0, 1.0))")
        }
        let vector = "\(alias).\(Self.vectorColumn)"
        let configuration = FullTextSearch.configuration
        return Clauses(
            join: "",
            condition: "\(unsafeRaw: vector) @@ to_tsquery('\(unsafeRaw: configuration)', \(bind: query.tsquery()))",
            inTitle:
                "(CASE WHEN \(unsafeRaw: vector) @@ to_tsquery('\(unsafeRaw: configuration)', \(bind: query.tsquery(weight: "A"))) THEN 1 ELSE 0 END)",
            rank:
                "ts_rank('{0.1, 0.1, 0.1, 1.0}', \(unsafeRaw: vector), to_tsquery('\(unsafeRaw: configuration)', \(bind: query.tsquery())))"
        )
    }
}

/// Shared setup of full-text search.
package enum FullTextSearch {
    /// PostgreSQL's text search configuration: `simple` (no stemming, no stop
    /// words, as FTS5's unicode61) with `unaccent` before it, so č, š, ž match c, s, z.
    package static let configuration = "zaveza_search"
}

/// A few words of a long text around the first word a search found, the
/// found words marked, as a hit in a list of results shows them.
package enum Snippet {
    /// The text around the first hit in `texts` (the first text's start if none holds one), about `length` words.
    package static func around<Context>(_ texts: [String], _ query: FullTextQuery, length: Int = 28) -> Node<Context> {
        guard let window = window(texts, query, length) else { return .empty }
        return .group(
            .if(window.before, .text("… ")),
            .group(window.pieces.map { $0.isWord && hit($0.text, window.terms) ? .element(named: "mark", text: $0.text) : .text($0.text) }),
            .if(window.after, .text(" …")))
    }

    /// The plain text of `around` (for the API).
    package static func plain(_ texts: [String], _ query: FullTextQuery, length: Int = 28) -> String {
        guard let window = window(texts, query, length) else { return "" }
        return (window.before ? "… " : "") + window.pieces.map(\.text).joined() + (window.after ? " …" : "")
    }

    /// `text` with the words that `query` found marked (a title in the list of results).
    package static func marked<Context>(_ text: String, _ query: FullTextQuery?) -> Node<Context> {
        guard let query else { return .text(text) }
        let terms = query.foldedWords
        return .group(tokens(text).map { $0.isWord && hit($0.text, terms) ? .element(named: "mark", text: $0.text) : .text($0.text) })
    }

    private static func window(_ texts: [String], _ query: FullTextQuery, _ length: Int)
        -> (pieces: ArraySlice<Piece>, before: Bool, after: Bool, terms: [String])?
    {
        let terms = query.foldedWords
        let pieces = texts.lazy.map(tokens).first { $0.contains { $0.isWord && hit($0.text, terms) } } ?? tokens(texts.first ?? "")
        let words = pieces.indices.filter { pieces[$0].isWord }
        guard !words.isEmpty else { return nil }
        let first = words.firstIndex { hit(pieces[$0].text, terms) } ?? 0
        let from = max(0, first - length / 3)
        let to = min(words.count - 1, from + length - 1)
        return (pieces[words[from]...words[to]], from > 0, to < words.count - 1, terms)
    }

    private struct Piece {
        let text: String
        let isWord: Bool
    }

    /// `text` cut into words and what lies between them, every character kept.
    private static func tokens(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var current = ""
        var inWord = false
        for character in text {
            let word = character.isLetter || character.isNumber
            if word != inWord, !current.isEmpty {
                pieces.append(Piece(text: current, isWord: inWord))
                current = ""
            }
            inWord = word
            current.append(character)
        }
        if !current.isEmpty { pieces.append(Piece(text: current, isWord: inWord)) }
        return pieces
    }

    private static func hit(_ word: String, _ terms: [String]) -> Bool {
        let folded = FullTextQuery.fold(word)
        return terms.contains { folded.hasPrefix($0) }
    }
}
