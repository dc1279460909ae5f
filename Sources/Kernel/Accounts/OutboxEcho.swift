import Fluent
import Foundation

/// Until the outbox is delivered through a mail server, a development server
/// prints each message put in it, links included, on its own console (not
/// the log: the log is redacted and may be collected), so whoever runs
/// `zaveza serve` on their machine can follow an invitation, a password
/// reset or a registration link. Production and tests print nothing.
package struct OutboxEcho: AsyncModelMiddleware {
    package init() {}

    package typealias Model = OutboxMessage

    package func create(model: OutboxMessage, on db: any Database, next: any AnyAsyncModelResponder) async throws {
        try await next.create(model, on: db)
        let rule = String(repeating: "─", count: 60)
        let text = "\(rule)\n✉ \(model.toEmail) · \(model.subject)\n\n\(model.body)\n\(rule)\n"
        FileHandle.standardOutput.write(Data(text.utf8))  // unbuffered: seen at once
    }
}
