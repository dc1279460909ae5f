import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import Kernel
@testable import Partnership

/// The same table runs on SQLite (FTS5) and on PostgreSQL (tsvector with
/// unaccent) when the suite runs there: both must find the same practices.
@Suite("Searching good practices: without diacritics or capitals, by word starts, title hits first, the same on both databases")
struct PracticeSearchTests {
    /// Practices with words chosen for the cases below; one draft and one deleted, which no search finds.
    static func corpus(_ app: Application) async throws {
        try await GoodPractice.query(on: app.db).withDeleted().delete(force: true)
        let city = try #require(try await City.query(on: app.db).filter(\.$slug == "kranj").first())
        let author = try #require(try await User.query(on: app.db).first())
        func add(
            _ title: String, summary: String, challenge: String = "", solution: String = "", results: [PracticeResult] = [],
            status: PracticeStatus = .published, deleted: Bool = false
        ) async throws {
            let practice = GoodPractice()
            practice.$city.id = try city.requireID()
            practice.$author.id = try author.requireID()
            practice.title = title
            practice.summary = summary
            practice.field = .buildings
            practice.purpose = .mitigation
            practice.challenge = challenge
            practice.solution = solution
            practice.results = results
            practice.status = status
            try await practice.save(on: app.db)
            if deleted { try await practice.delete(on: app.db) }
        }
        try await add(
            "Toplotna črpalka za vrtec", summary: "Vrtec ogreva zemeljska sonda.",
            solution: "CO2-emisije so padle za 1.5 t; več na www.kranj.si.")
        try await add(
            "Prenova šole", summary: "Stara šola je dobila novo fasado in toplotno črpalko.", challenge: "Cesta ob šoli je bila prometna.")
        try await add(
            "Kolesarska cesta", summary: "Nova kolesarska povezava.",
            results: [PracticeResult(label: "Kolesarjev na dan", value: 1200, unit: "kolesarjev", year: 2025)])
        try await add("Sončna elektrarna", summary: "Elektrarna na strehi ČISTILNE naprave.")
        try await add("Toplotna črpalka, osnutek", summary: "Še ni objavljena.", status: .draft)
        try await add("Črpalka, izbrisana", summary: "Izbrisana toplotna črpalka.", deleted: true)
        // Written past the audit: what was kept of the lists is out of date all the same.
        for city in try await City.query(on: app.db).all() { try await Workspace.changed(cityID: city.requireID(), on: app.db) }
    }

    /// What the API finds for `q`: the titles in their order.
    static func found(_ app: Application, _ q: String, extra: String = "") async throws -> (status: HTTPStatus, titles: [String]) {
        var components = URLComponents(string: SiteRoute.apiPractices.path)!
        components.queryItems = [URLQueryItem(name: "q", value: q)]
        let response = try await TestClient.api(app, .GET, components.percentEncodedPath + "?" + components.percentEncodedQuery! + extra)
        guard response.status == .ok else { return (response.status, []) }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
        let items = try #require(json["items"] as? [[String: Any]])
        return (response.status, items.compactMap { $0["title"] as? String })
    }

    /// For each query: the practices found by their title (first), then those found in the rest only.
    static let cases: [(query: String, title: Set<String>, rest: Set<String>)] = [
        ("crpalka", ["Toplotna črpalka za vrtec"], []),
        ("crpalk", ["Toplotna črpalka za vrtec"], ["Prenova šole"]),
        ("ČRPALK", ["Toplotna črpalka za vrtec"], ["Prenova šole"]),
        ("sola", [], ["Prenova šole"]),
        ("CESTA", ["Kolesarska cesta"], ["Prenova šole"]),
        ("kolesar", ["Kolesarska cesta"], []),
        ("kolesarjev", [], ["Kolesarska cesta"]),
        ("1200", [], ["Kolesarska cesta"]),
        ("co2", [], ["Toplotna črpalka za vrtec"]),
        ("CO2-emisije", [], ["Toplotna črpalka za vrtec"]),
        ("kranj", [], ["Toplotna črpalka za vrtec"]),
        ("1.5", [], ["Toplotna črpalka za vrtec"]),
        ("\"toplotna crpalka\"", ["Toplotna črpalka za vrtec"], []),
        ("\"toplotno črpalk\"", [], ["Prenova šole"]),
        ("\"crpalka toplotna\"", [], []),
        ("toplotna vrtec", ["Toplotna črpalka za vrtec"], []),
        ("cistilne", [], ["Sončna elektrarna"]),
        ("sončna elektrarna", ["Sončna elektrarna"], []),
        ("toplot", ["Toplotna črpalka za vrtec"], ["Prenova šole"]),
        ("osnutek", [], []),
        ("izbrisana", [], []),
        ("zelenjava", [], []),
        ("AND", [], []),
        ("\"crpalka", ["Toplotna črpalka za vrtec"], []),
        ("crpalka\" OR \"", [], []),
        ("NEAR(crpalka vrtec)", [], []),
        ("crpalka*^:(-)", ["Toplotna črpalka za vrtec"], []),
    ]

    @Test("each query finds the same practices, title hits first")
    func table() async throws {
        try await withTestApp { app in
            try await Self.corpus(app)
            for entry in Self.cases {
                let (status, titles) = try await Self.found(app, entry.query)
                #expect(status == .ok, "\(entry.query)")
                let split = titles.prefix(entry.title.count)
                #expect(Set(split) == entry.title, "title hits of \(entry.query): \(titles)")
                #expect(Set(titles.dropFirst(entry.title.count)) == entry.rest, "other hits of \(entry.query): \(titles)")
            }
        }
    }

    @Test("queries of operators, quotes or nothing but signs never fail; a query of no word lists every practice")
    func hostileQueries() async throws {
        try await withTestApp { app in
            try await Self.corpus(app)
            for query in ["\"", "\"\"", "*", "(", ")", "NOT", "-", "'", "\\", "%", "_", "{title}:x", "a AND", "💥", "\u{0}", " ", "^"] {
                let (status, titles) = try await Self.found(app, query)
                #expect(status == .ok, "\(query.debugDescription)")
                if FullTextQuery(query) == nil { #expect(titles.count == 4, "\(query.debugDescription): \(titles)") }
            }
            let long = String(repeating: "črpalka ", count: 20)
            #expect(try await Self.found(app, long).status == .badRequest, "more than 100 characters is a clear error in the API")
            let visitor = TestClient(app)
            for query in ["\"", "NEAR(", "*", long, "{x}"] {
                var components = URLComponents(string: SiteRoute.practices().path)!
                components.queryItems = [URLQueryItem(name: "q", value: query)]
                #expect(try await visitor.get(components.string!).status == .ok, "\(query)")
            }
        }
    }

    @Test("the page marks the words found in the title and in a snippet; filters and paging keep the search")
    func pageShowsSnippets() async throws {
        try await withTestApp { app in
            try await Self.corpus(app)
            let visitor = TestClient(app)
            let page = try await visitor.get(SiteRoute.practices(.init(search: "crpalk")).path)
            #expect(page.status == .ok)
            #expect(page.text.contains("<mark>črpalka</mark>"), "the title's word is marked")
            #expect(page.text.contains("novo fasado in toplotno <mark>črpalko</mark>"), "the snippet shows the words around the hit")
            #expect(page.text.contains("2 dobri praksi vsebujeta »crpalk«"))
            #expect(page.text.contains(#"name="q" value="crpalk""#))
            let filtered = try await visitor.get(SiteRoute.practices(.init(field: .mobility, search: "crpalk")).path)
            #expect(filtered.text.contains("Nobena objavljena dobra praksa ne vsebuje »crpalk«"))
            #expect(filtered.text.contains("q=crpalk"), "the filter links keep the search")
            let english = try await TestClient(app, headers: ["Accept-Language": "en"]).get(
                SiteRoute.practices(.init(search: "kolesar")).path)
            #expect(english.text.contains("1 good practice holds “kolesar”"))
            let (_, apiTitles) = try await Self.found(app, "crpalk", extra: "&city=kranj")
            #expect(apiTitles.count == 2)
            let api = try await TestClient.api(app, .GET, SiteRoute.apiPractices.path + "?q=fasado")
            #expect(api.text.contains(#""snippet":"Stara šola je dobila novo fasado"#))
        }
    }

    @Test("a change, a deletion and a restore are searched at once")
    func indexFollowsChanges() async throws {
        try await withTestApp { app in
            try await Self.corpus(app)
            let practice = try #require(try await GoodPractice.query(on: app.db).filter(\.$title == "Sončna elektrarna").first())
            // As the pages and the API change them: recorded, so what was kept of the list is out of date.
            try await Audit.update(practice, by: .system, on: app.db) {
                $0.title = "Vetrna elektrarna"
                $0.solution = "Veter poganja turbino."
            }
            #expect(try await Self.found(app, "sončna").titles.isEmpty)
            #expect(try await Self.found(app, "vetrn turbin").titles == ["Vetrna elektrarna"])
            try await Audit.delete(practice, by: .system, on: app.db)
            #expect(try await Self.found(app, "vetrna").titles.isEmpty)
            try await Audit.restore(practice, by: .system, on: app.db)
            #expect(try await Self.found(app, "vetrna").titles == ["Vetrna elektrarna"])
        }
    }

    @Test("the synthetic practices of the benchmarks are found and paged like any others, the same for the same seed")
    func synthetic() async throws {
        try await withTestApp { app in
            let author = try #require(try await User.query(on: app.db).first()?.id)
            func total() async throws -> Int {
                let found = try await TestClient.api(app, .GET, SiteRoute.apiPractices.path + "?q=crpalk&per_page=1")
                let json = try #require(try JSONSerialization.jsonObject(with: Data(found.text.utf8)) as? [String: Any])
                return try #require((json["metadata"] as? [String: Any])?["total"] as? Int)
            }
            let before = try await total()
            let pumpsBefore = try await GoodPractice.query(on: app.db).filter(\.$title =~ "Toplotna črpalka").count()
            #expect(try await PracticesSynthetic.load(count: 120, seed: 7, author: author, on: app.db) == 120)
            let pumps = try await GoodPractice.query(on: app.db).filter(\.$title =~ "Toplotna črpalka").count() - pumpsBefore
            let after = try await total()
            #expect(pumps > 0 && after == before + pumps, "each synthetic heat pump is found without its diacritics")
            let titles = try await GoodPractice.query(on: app.db).sort(\.$title).all().map(\.title)
            #expect(try await PracticesSynthetic.load(count: 120, seed: 7, author: author, on: app.db) == 120)
            let twice = try await GoodPractice.query(on: app.db).sort(\.$title).all().map(\.title)
            #expect(twice.count == titles.count + 120 && Set(twice) == Set(titles), "the same seed, the same practices")
        }
    }

    @Test("a query is read as words and phrases, never as search syntax")
    func queryWords() {
        #expect(FullTextQuery("  ") == nil && FullTextQuery("\"*\"") == nil && FullTextQuery(nil) == nil)
        let query = try! #require(FullTextQuery("Toplotna \"ČRPALKA na\" AND (x"))
        #expect(query.parts == [["toplotna"], ["črpalka", "na"], ["and"], ["x"]])
        #expect(query.fts5() == #""toplotna"* AND "črpalka na"* AND "and"* AND "x"*"#)
        #expect(query.tsquery() == "toplotna:* & črpalka <-> na:* & and:* & x:*")
        #expect(query.tsquery(weight: "A") == "toplotna:*A & črpalka:A <-> na:*A & and:*A & x:*A")
        #expect(FullTextQuery(String(repeating: "a ", count: 50))!.parts.count == FullTextQuery.maximumWords)
    }
}
