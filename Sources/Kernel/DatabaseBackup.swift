import Fluent
import SQLKit

/// A consistent copy of an SQLite database: `VACUUM INTO` reads one snapshot
/// inside a transaction, so the server may go on writing meanwhile (WAL).
package enum DatabaseBackup {
    package static func write(to path: String, from database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("VACUUM INTO \(bind: path)").run()
    }
}
