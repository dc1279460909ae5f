import Fluent
import Foundation
import Vapor

/// The one path by which a page deletes a record: who may, which record,
/// the soft delete with its audit entry in one transaction, and the way back
/// with a notice. Nothing is lost: the city's admin restores the record from
/// the deleted-records page (`Restorable`). A feature declares one value per
/// kind of record and registers its `handle` as the delete button's POST.
package struct Removal<M: Audited>: Sendable {
    /// The record of the address and who deletes it, or an error (not found, not allowed).
    package struct Found: Sendable {
        package let record: M
        package let principal: Principal
        /// Where the visitor goes afterwards.
        package let back: SiteRoute
        /// The answer when `allowed` refuses (a row of a submitted inventory).
        package let refused: @Sendable () async throws -> Response
        /// The city's slug, for the notice's undo button (none: no undo,
        /// as for a national factor, which only the coordinator restores).
        package let slug: String?

        package init(
            _ record: M, by principal: Principal, back: SiteRoute, slug: String? = nil,
            refused: @escaping @Sendable () async throws -> Response = { throw AppError.notFound }
        ) {
            self.record = record
            self.principal = principal
            self.back = back
            self.slug = slug
            self.refused = refused
        }
    }

    let find: @Sendable (Request) async throws -> Found
    let allowed: @Sendable (M, any Database) async throws -> Bool
    let after: @Sendable (any Database) async throws -> Void
    let notice: Notice

    /// - Parameters:
    ///   - allowed: checked in the delete's transaction, so what it checked still holds.
    ///   - after: runs in that transaction too (a national factor recalculates every city's pathway).
    package init(
        find: @escaping @Sendable (Request) async throws -> Found,
        allowed: @escaping @Sendable (M, any Database) async throws -> Bool = { _, _ in true },
        after: @escaping @Sendable (any Database) async throws -> Void = { _ in }, notice: Notice = .deleted
    ) {
        self.find = find
        self.allowed = allowed
        self.after = after
        self.notice = notice
    }

    /// A record of the city of the address, for those with `permission` there.
    package static func cityRecord(
        _ permission: @escaping @Sendable (UUID) -> Permission,
        find: @escaping @Sendable (_ request: Request, _ cityID: UUID) async throws -> M?,
        back: @escaping @Sendable (_ city: City, _ record: M) -> SiteRoute,
        allowed: @escaping @Sendable (M, any Database) async throws -> Bool = { _, _ in true },
        refused: @escaping @Sendable (_ request: Request, _ city: City, _ record: M) async throws -> Response = { _, _, _ in
            throw AppError.notFound
        },
        notice: Notice = .deleted
    ) -> Removal {
        Removal(
            find: { request in
                let (city, principal) = try await CitiesQuery.authorize(request, permission)
                guard let record = try await find(request, city.requireID()) else { throw AppError.notFound }
                return Found(
                    record, by: principal, back: back(city, record), slug: city.slug, refused: { try await refused(request, city, record) })
            }, allowed: allowed, notice: notice)
    }

    /// The delete button's POST.
    @Sendable package func handle(_ request: Request) async throws -> Response {
        let found = try await find(request)
        let (allowed, after) = (allowed, after)
        let deleted = try await request.db.transaction { database in
            guard try await allowed(found.record, database) else { return false }
            try await Audit.delete(found.record, by: found.principal.actor, on: database)
            try await after(database)
            return true
        }
        guard deleted else { return try await found.refused() }
        let undo = found.record.auditCityID.flatMap { _ in found.slug }.map {
            Undo(slug: $0, type: M.auditType, id: found.record.id!)
        }
        return request.redirect(to: found.back, notice: notice, undo: undo)
    }
}

/// A kind of record on a city's deleted-records page: how to find its
/// deleted ones and restore one. Each feature offers its own
/// (`Feature.restorables`); the page lists them all.
package struct Restorable: Sendable {
    /// One deleted record, as the page lists it.
    package struct Deleted: Sendable {
        package let type: String
        package let id: UUID
        package let label: String
        package let deletedAt: Date?
    }

    /// Of the city's records `ids`, those whose last deletion `principal`
    /// made: an officer restores what they deleted; the city admin anything.
    /// The person's deletions are asked for first, then only those of them
    /// are checked for a later deletion by someone else, a thousand at a time.
    package static func deletedBy(_ principal: Principal, cityID: UUID, ids: [UUID], on database: any Database) async throws -> Set<UUID> {
        guard let userID = principal.userID, !ids.isEmpty else { return [] }
        let mine = Set(
            try await AuditEntry.query(on: database).filter(\.$cityID == cityID).filter(\.$action == .delete)
                .filter(\.$actorUserID == userID).all().map(\.recordID)
        ).intersection(ids)
        var own: Set<UUID> = []
        let candidates = Array(mine)
        for start in stride(from: 0, to: candidates.count, by: 1000) {
            let batch = Array(candidates[start..<min(start + 1000, candidates.count)])
            let deletions = try await AuditEntry.query(on: database).filter(\.$recordID ~~ batch).filter(\.$action == .delete)
                .sort(\.$at, .descending).all()
            var last: [UUID: UUID?] = [:]
            for entry in deletions where last[entry.recordID] == nil { last[entry.recordID] = .some(entry.actorUserID) }
            own.formUnion(last.compactMap { id, actor in actor == userID ? id : nil })
        }
        return own
    }

    /// Whether `principal` may restore the city's record `id` of this kind:
    /// the kind's own permission too (a role comes back only by someone who
    /// manages the city's people).
    package func may(_ principal: Principal, restore id: UUID, cityID: UUID, on database: any Database) async throws -> Bool {
        if principal.can(.restoreCityRecords(cityID)) { return true }
        guard principal.can(permission(cityID)) else { return false }
        return try await Self.deletedBy(principal, cityID: cityID, ids: [id], on: database).contains(id)
    }

    /// What one must be allowed in the city to restore one's own deletions of this kind.
    package var permission: @Sendable (UUID) -> Permission = { .editCity($0) }

    package let type: String
    package let deleted: @Sendable (_ cityID: UUID, _ database: any Database) async throws -> [Deleted]
    /// Restores the city's record; `false` when there is none or it may not come back.
    package let restore: @Sendable (_ id: UUID, _ cityID: UUID, _ actor: Actor, _ database: any Database) async throws -> Bool

    /// A kind of record whose deleted ones `deleted` finds (the city's,
    /// deleted, deleted ones included in the query); `mayRestore` can refuse
    /// one (a row of a submitted inventory, an action whose code was given
    /// again), in the transaction that restores it, so what it checked still
    /// holds. Restoring one recalculates the city's pathway (`Audit`).
    package static func of<M: Audited>(
        _ type: M.Type, deleted query: @escaping @Sendable (UUID, any Database) -> QueryBuilder<M>,
        label: @escaping @Sendable (M) -> String, deletedAt: @escaping @Sendable (M) -> Date?,
        mayRestore: @escaping @Sendable (M, any Database) async throws -> Bool = { _, _ in true },
        permission: @escaping @Sendable (UUID) -> Permission = { .editCity($0) }
    ) -> Restorable {
        var restorable = Restorable(
            type: M.auditType,
            deleted: { cityID, database in
                try await query(cityID, database).all().map {
                    Deleted(type: M.auditType, id: try $0.requireID(), label: label($0), deletedAt: deletedAt($0))
                }
            },
            restore: { id, cityID, actor, database in
                try await database.transaction { database in
                    guard let record = try await query(cityID, database).filter(\._$id == id).first(),
                        try await mayRestore(record, database)
                    else { return false }
                    try await Audit.restore(record, by: actor, on: database)
                    return true
                }
            })
        restorable.permission = permission
        return restorable
    }
}
