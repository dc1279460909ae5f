import ClimateModel
import Fluent
import Foundation
import SQLKit

/// One change to one record: who, when, what, before and after. Entries are
/// only ever added; no route changes or deletes them.
package final class AuditEntry: Model, @unchecked Sendable {
    package static let schema = "audit_entries"

    package enum Action: String, Codable, Sendable, CaseIterable {
        case create, update, delete, restore
    }

    @ID(key: .id) package var id: UUID?
    @Field(key: "at") package var at: Date
    @OptionalField(key: "actor_user_id") package var actorUserID: UUID?
    @OptionalField(key: "actor_token_id") package var actorTokenID: UUID?
    /// The person's e-mail or the token's name, as it was at the time.
    @Field(key: "actor_label") package var actorLabel: String
    @Field(key: "action") package var action: Action
    @Field(key: "record_type") package var recordType: String
    @Field(key: "record_id") package var recordID: UUID
    @OptionalField(key: "city_id") package var cityID: UUID?
    /// JSON object of the record's fields before the change (none for create).
    @OptionalField(key: "before") package var before: String?
    /// JSON object of the record's fields after the change (none for delete).
    @OptionalField(key: "after") package var after: String?

    package init() {}

    /// The fields of `before` or `after`, decoded, with `nil` for empty.
    package static func optionalFields(_ json: String) -> [String: String?] {
        guard let data = json.data(using: .utf8), let object = try? JSONDecoder().decode([String: String?].self, from: data) else {
            return [:]
        }
        return object
    }

    /// The fields of `before` or `after`, decoded.
    package static func fields(_ json: String?) -> [String: String] {
        guard let json, let data = json.data(using: .utf8),
            let object = try? JSONDecoder().decode([String: String?].self, from: data)
        else { return [:] }
        return object.mapValues { $0 ?? "" }
    }
}

/// A record that can be written many at a time with one statement: its
/// columns and, for each record, its values in that order.
package protocol BulkInsertable: Model {
    static var bulkColumns: [String] { get }
    var bulkValues: [any Encodable & Sendable] { get throws }
}

extension AuditEntry: BulkInsertable {
    package static let bulkColumns = [
        "id", "at", "actor_user_id", "actor_token_id", "actor_label", "action", "record_type", "record_id", "city_id", "before", "after",
    ]
    package var bulkValues: [any Encodable & Sendable] {
        get throws {
            [try requireID(), at, actorUserID, actorTokenID, actorLabel, action.rawValue, recordType, recordID, cityID, before, after]
        }
    }
}

/// A record whose changes are kept in the audit trail.
package protocol Audited: Model where IDValue == UUID {
    /// The name of the kind of record in the trail, such as `city`.
    static var auditType: String { get }
    /// The city the record belongs to, so the city's admins see its history.
    var auditCityID: UUID? { get }
    /// The fields a person can change, as text.
    var auditFields: [String: String?] { get }
}

/// Who made a change: a person, or a machine with an API token.
package struct Actor: Sendable {
    package let userID: UUID?
    package let tokenID: UUID?
    package let label: String

    package static func user(_ id: UUID, email: String) -> Actor { Actor(userID: id, tokenID: nil, label: email) }
    package static func token(_ id: UUID, name: String) -> Actor { Actor(userID: nil, tokenID: id, label: "token: \(name)") }
    /// The command line (`zaveza user create`, demo data).
    package static let system = Actor(userID: nil, tokenID: nil, label: "zaveza")
}

/// Every write of an audited record goes through here, so the record, its
/// audit entry and the new token of the city's data (`Workspace`) are
/// written in one transaction or not at all.
package enum Audit {
    package static func create<M: Audited>(_ model: M, by actor: Actor, on database: any Database) async throws {
        try await database.transaction { database in
            try await model.create(on: database)
            try await entry(.create, model, before: nil, after: model.auditFields, by: actor, on: database)
        }
    }

    /// Inserts `batch` rows to a statement without Fluent's per-record
    /// reflection (`BulkInsertable`); imports use it through `staging`.
    package static func insert<M: BulkInsertable>(_ models: [M], into table: String, on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        var statement = sql.insert(into: table).columns(M.bulkColumns)
        for model in models { statement = statement.values(try model.bulkValues.map { SQLBind($0) }) }
        try await statement.run()
    }

    /// Many soft deletes at once, likewise: one statement a batch.
    package static func deleteAll<M: Audited>(_ models: [M], by actor: Actor, on database: any Database, batch: Int = 500)
        async throws
    {
        guard !models.isEmpty else { return }
        try await database.transaction { database in
            for start in stride(from: 0, to: models.count, by: batch) {
                let slice = Array(models[start..<min(start + batch, models.count)])
                try await M.query(on: database).filter(\._$id ~~ slice.map { try $0.requireID() }).delete()
                try await entries(.delete, slice, by: actor) { ($0.auditFields, nil) }.create(on: database)
            }
            try await changed(models, on: database)
        }
    }

    package static func entries<M: Audited>(
        _ action: AuditEntry.Action, _ models: [M], by actor: Actor, _ fields: (M) -> ([String: String?]?, [String: String?]?)
    ) throws -> [AuditEntry] {
        let now = Date()
        return try models.map { model in
            let (before, after) = fields(model)
            return try entry(action, model, before: before, after: after, by: actor, at: now)
        }
    }

    private static func changed<M: Audited>(_ models: [M], on database: any Database) async throws {
        for cityID in Set(models.compactMap(\.auditCityID)) { try await Workspace.changed(cityID: cityID, on: database) }
    }

    /// Saves `model` after `change` has been applied to it; records nothing
    /// when no audited field changed. A `Versioned` record's version goes up
    /// (`update(_:expecting:…)` also checks it).
    package static func update<M: Audited>(
        _ model: M, by actor: Actor, on database: any Database, _ change: (M) throws -> Void
    ) async throws {
        try await save(model, by: actor, on: database, bumpingVersion: true, change)
    }

    package static func save<M: Audited>(
        _ model: M, by actor: Actor, on database: any Database, bumpingVersion: Bool, _ change: (M) throws -> Void
    ) async throws {
        let before = model.auditFields
        try change(model)
        let after = model.auditFields
        // A change only to fields the trail does not show (a cache, a
        // timestamp) is still saved; the trail gets an entry when what it
        // shows changed.
        guard before != after || model.hasChanges else { return }
        try await database.transaction { database in
            if bumpingVersion, let versioned = model as? any Versioned {
                versioned.version = try await nextVersion(of: versioned, expecting: nil, on: database)
            }
            try await model.save(on: database)
            if before != after { try await entry(.update, model, before: before, after: after, by: actor, on: database) }
        }
    }

    /// A soft delete: the record keeps its data and can be restored.
    package static func delete<M: Audited>(_ model: M, by actor: Actor, on database: any Database) async throws {
        try await database.transaction { database in
            try await model.delete(on: database)
            try await entry(.delete, model, before: model.auditFields, after: nil, by: actor, on: database)
        }
    }

    /// Changes a record's links (`links`, each pointing at another record by
    /// `other`) as a form's boxes say: only what its reader changed since the
    /// form was drawn (a link someone else made meanwhile stays), and only
    /// among the records it offered (a link to one in the deleted records
    /// stays, for when it is restored). Each link removed or added is recorded.
    package static func sync<Link: Audited>(
        _ links: [Link], to choice: LinkChoice.Choice, offered: Set<UUID>, other: KeyPath<Link, UUID>, make: (UUID) -> Link,
        by actor: Actor, on database: any Database
    ) async throws {
        let existing = Set(links.map { $0[keyPath: other] })
        let removed = (choice.shown ?? existing).subtracting(choice.checked).intersection(offered)
        let added = choice.checked.subtracting(choice.shown ?? []).intersection(offered).subtracting(existing)
        for link in links where removed.contains(link[keyPath: other]) { try await delete(link, by: actor, on: database) }
        for id in added { try await create(make(id), by: actor, on: database) }
    }

    package static func restore<M: Audited>(_ model: M, by actor: Actor, on database: any Database) async throws {
        try await database.transaction { database in
            try await model.restore(on: database)
            try await entry(.restore, model, before: nil, after: model.auditFields, by: actor, on: database)
        }
    }

    private static func entry<M: Audited>(
        _ action: AuditEntry.Action, _ model: M, before: [String: String?]?, after: [String: String?]?,
        by actor: Actor, at moment: Date = Date()
    ) throws -> AuditEntry {
        let entry = AuditEntry()
        entry.id = UUID()
        entry.at = moment
        entry.actorUserID = actor.userID
        entry.actorTokenID = actor.tokenID
        entry.actorLabel = actor.label
        entry.action = action
        entry.recordType = M.auditType
        entry.recordID = try model.requireID()
        entry.cityID = model.auditCityID
        entry.before = before.map(json)
        entry.after = after.map(json)
        return entry
    }

    private static func entry<M: Audited>(
        _ action: AuditEntry.Action, _ model: M, before: [String: String?]?, after: [String: String?]?,
        by actor: Actor, on database: any Database
    ) async throws {
        try await entry(action, model, before: before, after: after, by: actor).create(on: database)
        // In the same transaction: whatever was worked out from the city's data is now out of date.
        if let cityID = model.auditCityID { try await Workspace.changed(cityID: cityID, on: database) }
    }

    private static func json(_ fields: [String: String?]) -> String { JSONText.object(fields) }
}
