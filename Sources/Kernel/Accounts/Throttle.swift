import Fluent
import Foundation
import SQLKit

/// Limits on how often something may be tried, kept in the database so that
/// they hold across every server process on one database. Each attempt takes
/// a place in its bucket with one statement (an insert that updates on
/// conflict and returns the new count), so parallel attempts are counted one
/// by one: of 50 at the same moment, exactly `limit` pass.
package enum Throttle {
    /// A fixed window: the first attempt opens it, and it holds `limit` attempts.
    package struct Rule: Sendable {
        package let limit: Int
        package let window: TimeInterval
    }

    /// Failed sign-ins of one account from one address; the owner signing in
    /// from anywhere else is never stopped by them.
    package static let signInAccountAddress = Rule(limit: 5, window: 15 * 60)
    /// Failed sign-ins from one address, whatever the account.
    package static let signInAddress = Rule(limit: 20, window: 15 * 60)
    /// New accounts from one address.
    package static let registration = Rule(limit: 10, window: 3600)
    /// Registration messages to one e-mail address (past it, no more mail).
    package static let registrationAccount = Rule(limit: 3, window: 3600)
    /// Password-reset requests from one address, and for one account.
    package static let resetAddress = Rule(limit: 10, window: 3600)
    package static let resetAccount = Rule(limit: 3, window: 3600)

    /// Takes a place in `bucket`; throws 429 with the seconds to wait when it is full.
    package static func take(_ bucket: String, _ rule: Rule, on database: any Database) async throws {
        let (count, opened) = try await add(1, to: bucket, rule, on: database)
        if count > rule.limit {
            let wait = Int((opened + rule.window - Date().timeIntervalSince1970).rounded(.up))
            throw AppError.tooManyRequests(retryAfter: max(1, wait))
        }
    }

    /// Gives a place back (the attempt turned out not to count: a right password).
    package static func giveBack(_ bucket: String, _ rule: Rule, on database: any Database) async throws {
        _ = try await add(-1, to: bucket, rule, on: database)
    }

    /// Empties a bucket (the account's owner proved who they are).
    package static func clear(_ bucket: String, on database: any Database) async throws {
        try await (database as! any SQLDatabase).delete(from: "throttle_buckets").where("bucket", .equal, bucket).run()
    }

    private struct Row: Decodable {
        let attempts: Int
        let opened_at: Double
    }

    /// One statement on both SQLite and PostgreSQL: a window older than the
    /// rule's starts afresh.
    private static func add(_ delta: Int, to bucket: String, _ rule: Rule, on database: any Database) async throws -> (Int, Double) {
        let now = Date().timeIntervalSince1970
        let expired = now - rule.window
        let sql = database as! any SQLDatabase
        let greatest = sql.dialect.name == "sqlite" ? "MAX" : "GREATEST"
        let row = try await sql.raw(
            """
            INSERT INTO throttle_buckets (bucket, opened_at, attempts) VALUES (\(bind: bucket), \(bind: now), \(bind: max(delta, 0)))
            ON CONFLICT (bucket) DO UPDATE SET
              attempts = CASE WHEN throttle_buckets.opened_at <= \(bind: expired) THEN \(bind: max(delta, 0))
                              ELSE \(unsafeRaw: greatest)(throttle_buckets.attempts + \(bind: delta), 0) END,
              opened_at = CASE WHEN throttle_buckets.opened_at <= \(bind: expired) THEN \(bind: now) ELSE throttle_buckets.opened_at END
            RETURNING attempts, opened_at
            """
        ).first(decoding: Row.self)
        return (row?.attempts ?? 0, row?.opened_at ?? now)
    }
}
