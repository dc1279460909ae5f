import Fluent
import SQLKit

/// Sign-in records are read per account (the account page) and pruned by
/// age at every sign-in: both need an index.
package struct M0030_IndexLoginAttempts: AsyncMigration {
    package var name: String { "0030-index-login-attempts" }

    package func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase  // both drivers are SQL databases
        try await sql.create(index: "login_attempts_email_at").on(LoginAttempt.schema).column("email").column("at").run()
        try await sql.create(index: "login_attempts_at").on(LoginAttempt.schema).column("at").run()
    }

    package func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "login_attempts_email_at").run()
        try await sql.drop(index: "login_attempts_at").run()
    }
}
