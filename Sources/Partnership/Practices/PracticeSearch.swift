import Fluent
import Foundation
import Kernel
import SQLKit

/// The published practices a list or the API shows, a page at a time, in the
/// database: filtered by field, purpose and city, and, when words are
/// searched, found by the full-text index with title hits first, then by rank.
struct PracticeSearch {
    var filter: SiteRoute.PracticeFilter
    var words: FullTextQuery?

    /// One page of the practices found, and how many there are in all.
    struct Found {
        var practices: [GoodPractice]
        var total: Int
    }

    func run(offset: Int, limit: Int, on database: any Database) async throws -> Found {
        guard let sql = database as? any SQLDatabase else { throw AppError.notFound }
        var conditions: [SQLQueryString] = ["p.status = \(bind: PracticeStatus.published.rawValue)", "p.deleted_at IS NULL"]
        if let field = filter.field { conditions.append("p.field = \(bind: field.rawValue)") }
        if let purpose = filter.purpose { conditions.append("p.purpose = \(bind: purpose.rawValue)") }
        if let slug = filter.city {
            guard let city = try await City.query(on: database).filter(\.$slug == slug).first(), let id = city.id else {
                return Found(practices: [], total: 0)
            }
            conditions.append("(p.city_id = \(bind: id) OR p.partners LIKE \(bind: "%" + id.uuidString + "%"))")
        }
        if let replicated = filter.replicated {
            let not: SQLQueryString = replicated ? "" : "NOT "
            conditions.append(not + "EXISTS (" + Replications.live(practice: "p.id") + ")")
        }
        var join: SQLQueryString = ""
        var order: SQLQueryString = "p.title, p.id"
        if let words {
            let search = GoodPractice.searchIndex.clauses(words, alias: "p", on: sql)
            join = search.join
            conditions.append(search.condition)
            order = "\(search.inTitle) DESC, \(search.rank) DESC, " + order
        }
        let from: SQLQueryString = "FROM \(ident: GoodPractice.schema) p \(join) WHERE \(conditions.joined(separator: " AND "))"
        let total = try await sql.raw("SELECT COUNT(*) AS total " + from).first()?.decode(column: "total", as: Int.self) ?? 0
        guard total > offset else { return Found(practices: [], total: total) }
        let ids = try await sql.raw("SELECT p.id AS id " + from + " ORDER BY \(order) LIMIT \(literal: limit) OFFSET \(literal: offset)")
            .all().map { try $0.decode(column: "id", as: UUID.self) }
        let practices = Dictionary(
            uniqueKeysWithValues: try await GoodPractice.query(on: database).filter(\.$id ~~ ids).all().map { ($0.id!, $0) })
        return Found(practices: ids.compactMap { practices[$0] }, total: total)
    }
}
