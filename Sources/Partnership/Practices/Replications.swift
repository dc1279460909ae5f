import ClimateWorkspace
import Fluent
import Foundation
import Kernel
import SQLKit

/// The database questions of replications. A replication counts while its
/// link and its action live: a city that deletes the action (reversibly) no
/// longer counts, and counts again when the action comes back.
enum Replications {
    /// The live replications of the practice `column` names, as a subquery.
    static func live(practice column: String) -> SQLQueryString {
        """
        SELECT 1 FROM \(ident: PracticeReplication.schema) r JOIN \(ident: CityAction.schema) a ON a.id = r.action_id \
        WHERE r.practice_id = \(unsafeRaw: column) AND r.deleted_at IS NULL AND a.deleted_at IS NULL
        """
    }

    /// How many cities replicated each of `ids`.
    static func counts(of ids: [UUID], on database: any Database) async throws -> [UUID: Int] {
        guard !ids.isEmpty, let sql = database as? any SQLDatabase else { return [:] }
        let list = SQLList(ids.map { SQLBind($0) })
        let rows = try await sql.raw(
            """
            SELECT r.practice_id AS id, COUNT(*) AS n FROM \(ident: PracticeReplication.schema) r \
            JOIN \(ident: CityAction.schema) a ON a.id = r.action_id \
            WHERE r.practice_id IN (\(list)) AND r.deleted_at IS NULL AND a.deleted_at IS NULL GROUP BY r.practice_id
            """
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

    /// The city's live link to the practice, if it has one.
    static func of(practice: UUID, city: UUID, on database: any Database) async throws -> (PracticeReplication, ActionAdoption.Standing)? {
        guard
            let link = try await PracticeReplication.query(on: database).filter(\.$practice.$id == practice).filter(\.$city.$id == city)
                .first()
        else { return nil }
        let standing = try await ActionAdoption.standing(of: [link.actionID], on: database, memory: nil)
        return standing[link.actionID].map { (link, $0) }
    }
}
