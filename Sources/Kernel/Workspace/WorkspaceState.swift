import Crypto
import Fluent
import Foundation
import SQLKit
import Synchronization
import Vapor

/// The version of a city's workspace data: a new random token each time its
/// inventory, actions, factors or profile change. Whatever is worked out from
/// that data (the pathway, its dashboard, the public API's answers) is kept
/// in memory under the token it was read with, so a reader asks the database
/// one small question and serves the rest from memory; every instance of the
/// application sees a change at once, as the token is in the database.
package final class WorkspaceState: Model, @unchecked Sendable {
    package static let schema = "workspace_states"

    @ID(key: .id) package var id: UUID?
    @Field(key: "city_id") package var cityID: UUID
    @Field(key: "token") package var token: UUID
    @Field(key: "changed_at") package var changedAt: Date

    package init() {}
}

package enum Workspace {
    /// The token of a city's data before its first change.
    package static let initialToken = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))

    /// Marks a city's data as changed. Call it after the change is written:
    /// a reader reads the token first, then the data. One statement, an
    /// insert that updates on conflict, so two first writes at the same
    /// moment never fail (PostgreSQL aborts a transaction on a unique-key
    /// violation; nothing here retries inside one).
    package static func changed(cityID: UUID, on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw(
            """
            INSERT INTO workspace_states (id, city_id, token, changed_at) \
            VALUES (\(bind: UUID()), \(bind: cityID), \(bind: UUID()), \(bind: Date())) \
            ON CONFLICT (city_id) DO UPDATE SET token = excluded.token, changed_at = excluded.changed_at
            """
        ).run()
    }

    /// The current token of a city's data.
    package static func token(cityID: UUID, on database: any Database) async throws -> UUID {
        try await WorkspaceState.query(on: database).filter(\.$cityID == cityID).field(\.$id).field(\.$token).first()?.token
            ?? initialToken
    }

    /// One token for every city's data together, in one question: it changes
    /// when any city's data change, or a city comes or goes (the
    /// partnership's views are kept under it).
    package static func allToken(on database: any Database) async throws -> UUID {
        guard let sql = database as? any SQLDatabase else { return UUID() }
        struct Row: Decodable {
            let id: UUID
            let token: UUID?
        }
        let rows = try await sql.raw(
            """
            SELECT c.id AS id, w.token AS token FROM cities c LEFT JOIN workspace_states w ON w.city_id = c.id \
            WHERE c.deleted_at IS NULL ORDER BY c.id
            """
        ).all(decoding: Row.self)
        var hash = SHA256()
        for row in rows {
            hash.update(data: Data(row.id.uuidString.utf8))
            hash.update(data: Data((row.token ?? initialToken).uuidString.utf8))
        }
        let bytes = Array(hash.finalize().prefix(16))
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9], bytes[10], bytes[11],
                bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }

    /// The city of a slug and its token, in one question (the public API's cache asks it on every request).
    package static func token(slug: String, on database: any Database) async throws -> (cityID: UUID, token: UUID)? {
        guard let sql = database as? any SQLDatabase else { return nil }
        struct Row: Decodable {
            let id: UUID
            let token: UUID?
        }
        let row = try await sql.raw(
            """
            SELECT c.id AS id, w.token AS token FROM cities c LEFT JOIN workspace_states w ON w.city_id = c.id \
            WHERE c.slug = \(bind: slug) AND c.deleted_at IS NULL
            """
        ).first(decoding: Row.self)
        return row.map { ($0.id, $0.token ?? initialToken) }
    }
}

/// Values worked out from a city's data, kept in memory under the data's
/// token; a value kept under an older token is never returned. One per
/// application (tests build many applications in one process).
package final class WorkspaceMemory: Sendable {
    private struct Entry {
        let token: UUID
        let value: any Sendable
        /// When it was last kept or read (a counter, not a clock).
        var used: UInt64
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var clock: UInt64 = 0
    }

    private let state = Mutex(State())
    /// Enough for every city's pages and answers in both languages; past it
    /// the half least recently used goes, so a flood of new keys cannot push
    /// out what readers keep asking for.
    package let limit: Int

    package init(limit: Int = 5000) {
        self.limit = limit
    }

    package func value<Value: Sendable>(_ key: String, token: UUID, as type: Value.Type = Value.self) -> Value? {
        state.withLock { state in
            guard let entry = state.entries[key], entry.token == token else { return nil }
            state.clock += 1
            state.entries[key]?.used = state.clock
            return entry.value as? Value
        }
    }

    package func keep(_ value: some Sendable, _ key: String, token: UUID) {
        state.withLock { state in
            if state.entries.count >= limit {
                let oldest = state.entries.sorted { $0.value.used < $1.value.used }.prefix(state.entries.count / 2)
                for (key, _) in oldest { state.entries[key] = nil }
            }
            state.clock += 1
            state.entries[key] = Entry(token: token, value: value, used: state.clock)
        }
    }
}

extension Application {
    private struct WorkspaceMemoryKey: StorageKey {
        typealias Value = WorkspaceMemory
    }

    package var workspaceMemory: WorkspaceMemory {
        if let memory = storage[WorkspaceMemoryKey.self] { return memory }
        let memory = WorkspaceMemory()
        storage[WorkspaceMemoryKey.self] = memory
        return memory
    }

    private struct SearchMemoryKey: StorageKey {
        typealias Value = WorkspaceMemory
    }

    /// What anyone's words or paging chose (a search, a later page): kept
    /// apart and in fewer entries, so a flood of different searches fills
    /// only this (at most some tens of MB) and never pushes the cities'
    /// pages and pathways out of `workspaceMemory`.
    package var searchMemory: WorkspaceMemory {
        if let memory = storage[SearchMemoryKey.self] { return memory }
        let memory = WorkspaceMemory(limit: 400)
        storage[SearchMemoryKey.self] = memory
        return memory
    }
}
