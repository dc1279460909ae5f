import ClimateWorkspace
import Fluent
import Foundation
import Kernel
import SQLKit

/// The database questions of replications. A replication counts while its
/// link and its action live: a city that deletes the action (reversibly) no
/// longer counts, and counts again when the action comes back.
enum Replications {
    /// The links `r` with their actions `a`, both live: what every question below asks from.
    static let liveLinks: SQLQueryString = """
        FROM \(ident: PracticeReplication.schema) r JOIN \(ident: CityAction.schema) a ON a.id = r.action_id \
        WHERE r.deleted_at IS NULL AND a.deleted_at IS NULL
        """

    /// The live replications of the practice `column` names, as a subquery.
    static func live(practice column: String) -> SQLQueryString {
        "SELECT 1 " + liveLinks + " AND r.practice_id = \(unsafeRaw: column)"
    }

    /// How many cities replicated each of `ids`.
    static func counts(of ids: [UUID], on database: any Database) async throws -> [UUID: Int] {
        guard !ids.isEmpty, let sql = database as? any SQLDatabase else { return [:] }
        let list = SQLList(ids.map { SQLBind($0) })
        let rows = try await sql.raw(
            "SELECT r.practice_id AS id, COUNT(*) AS n " + liveLinks + " AND r.practice_id IN (\(list)) GROUP BY r.practice_id"
        ).all()
        return Dictionary(
            uniqueKeysWithValues: try rows.map { (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "n", as: Int.self)) })
    }

    /// One replication as readers see it: the link and the action as it stands.
    struct Shown {
        let replication: PracticeReplication
        let action: ActionAdoption.Standing
    }

    /// The live replications of `practiceIDs` (all practices when nil), by city name.
    static func shown(
        of practiceIDs: [UUID]?, cities: [UUID: (slug: String, name: String)], on database: any Database, memory: WorkspaceMemory?
    )
        async throws -> [Shown]
    {
        var query = PracticeReplication.query(on: database)
        if let practiceIDs { query = query.filter(\.$practice.$id ~~ practiceIDs) }
        let links = try await query.sort(\.$createdAt).all()
        let actions = try await ActionAdoption.standing(of: links.map(\.actionID), on: database, memory: memory)
        return links.compactMap { link in actions[link.actionID].map { Shown(replication: link, action: $0) } }
            .sorted { (cities[$0.replication.$city.id]?.name ?? "") < (cities[$1.replication.$city.id]?.name ?? "") }
    }

    /// Whether the city has a live replication of the practice.
    static func exists(practice: UUID, city: UUID, on database: any Database) async throws -> Bool {
        guard let sql = database as? any SQLDatabase else { return false }
        return try await sql.raw("SELECT 1 AS one " + liveLinks + " AND r.practice_id = \(bind: practice) AND r.city_id = \(bind: city)")
            .first() != nil
    }
}
