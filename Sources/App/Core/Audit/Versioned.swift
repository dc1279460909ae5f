import Fluent
import Foundation
import Plot
import SQLKit

/// A record that people change in forms and machines through the API: its
/// version goes up with every change, and a change made to an older version
/// is refused, so of two people saving the same record one does not silently
/// undo the other (a lost update).
package protocol Versioned: Audited, AnyObject {
    var version: Int { get set }
}

private struct VersionRow: Decodable {
    let version: Int
}

/// The record was changed by someone else since `expected` was read.
package struct EditConflict: Error, Sendable {
    package let expected: Int
}

extension Audit {
    /// `update`, if the record is still at version `expected` (`nil`: at
    /// whatever version it is). The check and the new version are one
    /// conditional statement, so of two saves of one version exactly one
    /// succeeds, with any number of server processes.
    /// - Throws: `EditConflict` when the version moved on.
    package static func update<M: Versioned>(
        _ model: M, expecting expected: Int?, by actor: Actor, on database: any Database,
        _ change: @escaping @Sendable (M) throws -> Void
    ) async throws {
        let id = try model.requireID()
        try await database.transaction { database in
            let sql = database as! any SQLDatabase
            var statement: SQLQueryString = "UPDATE \(ident: M.schema) SET version = version + 1 WHERE id = \(bind: id)"
            if let expected { statement = statement + " AND version = \(bind: expected)" }
            guard let row = try await sql.raw(statement + " RETURNING version").first(decoding: VersionRow.self) else {
                throw EditConflict(expected: expected ?? model.version)
            }
            model.version = row.version
            try await save(model, by: actor, on: database, bumpingVersion: false, change)
        }
    }

    /// The version a form or an `If-Match` header says it was read at.
    package static func expectedVersion(_ text: String?) -> Int? {
        guard let text = text?.trimmingCharacters(in: CharacterSet(charactersIn: "\" W/")), !text.isEmpty else { return nil }
        return Int(text)
    }
}

extension FormState {
    /// After an `EditConflict`: each field whose stored value now differs from
    /// what was sent gets the stored value as its message; the form keeps what
    /// the person typed, so they see both and choose by sending again.
    package mutating func changedMeanwhile(stored: [String: String], _ t: Localizer) {
        for (field, value) in stored.sorted(by: { $0.key < $1.key })
        where values[field].map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) })
            != value.trimmingCharacters(in: .whitespacesAndNewlines)
        {
            fail(field, t(CoreText.changedMeanwhileField, ["value": value.isEmpty ? "—" : value]))
        }
        if isValid { fail("version", t(CoreText.changedMeanwhile)) }
    }
}

extension Form {
    /// The version the form was read at, sent back with it.
    package static func version(_ version: Int?) -> Node<HTML.FormContext> {
        guard let version else { return .empty }
        return .input(.type(.hidden), .name("version"), .value(String(version)))
    }
}
