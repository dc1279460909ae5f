import Fluent
import Foundation
import Plot
import SQLKit

/// A record that people change in forms and machines through the API: its
/// version goes up with every change, and a change made to an older version
/// is refused, so of two people saving the same record one does not silently
/// undo the other (a lost update). Versioned records are soft-deleted
/// (`deleted_at`).
package protocol Versioned: Audited, AnyObject {
    var version: Int { get set }
}

private struct VersionRow: Decodable {
    let version: Int
}

/// The record was changed by someone else since `expected` was read.
package struct EditConflict: Error, Sendable {
    package let expected: Int

    package init(expected: Int) {
        self.expected = expected
    }
}

extension Audit {
    /// `update`, if the record is still at version `expected` (`nil`: at
    /// whatever version it is) and not deleted. The check and the new
    /// version are one conditional statement, so of two saves of one version
    /// exactly one succeeds, with any number of server processes.
    /// - Throws: `EditConflict` when the version moved on or the record was
    ///   deleted meanwhile.
    package static func update<M: Versioned>(
        _ model: M, expecting expected: Int?, by actor: Actor, on database: any Database,
        _ change: @escaping @Sendable (M) throws -> Void
    ) async throws {
        try await database.transaction { database in
            model.version = try await nextVersion(of: model, expecting: expected, on: database)
            try await save(model, by: actor, on: database, bumpingVersion: false, change)
        }
    }

    /// Moves the stored version of a live record on by one, in the database
    /// (two saves never both write the same next version), and returns it.
    package static func nextVersion(of model: some Versioned, expecting expected: Int?, on database: any Database) async throws -> Int {
        let sql = database as! any SQLDatabase
        var statement: SQLQueryString =
            "UPDATE \(ident: type(of: model).schema) SET version = version + 1 WHERE id = \(bind: try model.requireID()) AND deleted_at IS NULL"
        if let expected { statement = statement + " AND version = \(bind: expected)" }
        guard let row = try await sql.raw(statement + " RETURNING version").first(decoding: VersionRow.self) else {
            throw EditConflict(expected: expected ?? model.version)
        }
        return row.version
    }

    /// The version a form or an `If-Match` header says it was read at:
    /// `nil` when none was sent (or `*`, any version); a value that is no
    /// version (`"abc"`) matches no record, as HTTP wants of an unknown tag.
    package static func expectedVersion(_ text: String?) -> Int? {
        guard let text = text?.trimmingCharacters(in: CharacterSet(charactersIn: "\" W/")), !text.isEmpty, text != "*" else {
            return nil
        }
        return Int(text).flatMap { $0 > 0 ? $0 : nil } ?? noVersion
    }

    /// A version no record has.
    package static let noVersion = -1
}

extension FormState {
    /// The form of a record as stored, with the version it was read at.
    package init(editing values: [String: String], version: Int) {
        self.init(values: values.merging(["version": String(version)]) { $1 })
    }

    /// A refused form goes back with the version it was read at, not the
    /// stored one, so sending it again is still checked against that version.
    package mutating func keepVersion(of submitted: [String: String]) {
        values["version"] = submitted["version"]
    }

    /// After an `EditConflict`: each field whose stored value now differs from
    /// what was sent gets the stored value as its message; the form keeps what
    /// the person typed, so they see both and choose by sending again (now
    /// based on the stored `version`).
    package mutating func changedMeanwhile(stored: [String: String], version: Int, _ t: Localizer) {
        defer { values["version"] = String(version) }
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
    /// The version the form was read at (`FormState(editing:version:)`), sent back with it.
    package static func version(_ state: FormState) -> Node<HTML.FormContext> {
        guard let version = Int(state["version"]) else { return .empty }
        return .input(.type(.hidden), .name("version"), .value(String(version)))
    }
}
