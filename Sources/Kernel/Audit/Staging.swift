import Fluent
import Foundation
import SQLKit

extension Audit {
    /// Creates many records (an import), and soft-deletes the ones they
    /// replace, without holding the database's write lock for long: the
    /// records and every audit entry are first written, a batch at a time, to
    /// temporary tables of one connection (SQLite keeps them in a file of its
    /// own and PostgreSQL in the session, so no one else waits for them);
    /// `body` then checks with `Staged.replaces` that what was read to be
    /// replaced is still all there is, soft-deletes it with one statement and
    /// moves the rest in with `Staged.moveIn` (two more), inside its short
    /// transaction. All or nothing: until `moveIn` commits no one sees a staged
    /// record, and whatever happens the temporary tables are emptied.
    package static func staging<M: Versioned & BulkInsertable, T: Sendable>(
        _ models: [M], replacing old: [M] = [], by actor: Actor, on database: any Database, batch: Int = 1000,
        _ body: @escaping @Sendable (any Database, Staged<M>) async throws -> T
    ) async throws -> T {
        try await database.withConnection { database in
            let sql = database as! any SQLDatabase  // both drivers are SQL databases
            for table in [M.schema, AuditEntry.schema] {
                try await sql.raw(
                    "CREATE TEMPORARY TABLE IF NOT EXISTS \(ident: Staged<M>.temporary(table)) AS SELECT * FROM \(ident: table) WHERE 1 = 0"
                ).run()
            }
            do {
                try await Staged<M>.empty(sql)
                for start in stride(from: 0, to: models.count, by: batch) {
                    let slice = Array(models[start..<min(start + batch, models.count)])
                    for model in slice where model.id == nil { model.id = UUID() }
                    try await insert(slice, into: Staged<M>.temporary(M.schema), on: database)
                    try await insert(
                        entries(.create, slice, by: actor) { (nil, $0.auditFields) }, into: Staged<M>.temporary(AuditEntry.schema),
                        on: database)
                }
                for start in stride(from: 0, to: old.count, by: batch) {
                    let slice = Array(old[start..<min(start + batch, old.count)])
                    try await insert(
                        entries(.delete, slice, by: actor) { ($0.auditFields, nil) }, into: Staged<M>.temporary(AuditEntry.schema),
                        on: database)
                }
                let staged = Staged<M>(
                    cities: Set((models + old).compactMap(\.auditCityID)),
                    replaced: Dictionary(try old.map { (try $0.requireID(), $0.version) }, uniquingKeysWith: { first, _ in first }))
                let result = try await body(database, staged)
                try await Staged<M>.empty(sql)
                return result
            } catch {
                try? await Staged<M>.empty(sql)
                throw error
            }
        }
    }

    /// Records staged by `staging`, waiting to be moved in.
    package struct Staged<M: Versioned & BulkInsertable>: Sendable {
        let cities: Set<UUID>
        /// The records to be replaced, as they were read: id and version.
        let replaced: [UUID: Int]

        /// Whether `live` (the ids and versions of the records there are now,
        /// read inside the transaction) are the ones staged to be replaced:
        /// nothing was added, changed or deleted since they were read.
        package func replaces(_ live: [UUID: Int]) -> Bool { live == replaced }

        /// Inside the caller's transaction, after it has soft-deleted the
        /// replaced records: the staged records and every audit entry go into
        /// their tables, and the cities' data changes.
        package func moveIn(on database: any Database) async throws {
            let sql = database as! any SQLDatabase
            for (table, columns) in [(M.schema, M.bulkColumns), (AuditEntry.schema, AuditEntry.bulkColumns)] {
                try await sql.raw(
                    """
                    INSERT INTO \(ident: table) (\(idents: columns, joinedBy: ", ")) \
                    SELECT \(idents: columns, joinedBy: ", ") FROM \(ident: Self.temporary(table))
                    """
                ).run()
            }
            for cityID in cities { try await Workspace.changed(cityID: cityID, on: database) }
        }

        static func temporary(_ table: String) -> String { "staged_" + table }

        static func empty(_ sql: any SQLDatabase) async throws {
            for table in [M.schema, AuditEntry.schema] { try await sql.delete(from: temporary(table)).run() }
        }
    }
}
