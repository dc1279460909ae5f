import Fluent
import SQLKit
import Synchronization
import Vapor

/// Accounts: e-mail addresses, passwords, throttled sign-in, one-time links.
package enum Accounts {
    package static let resetLifetime: TimeInterval = 3600
    package static let invitationLifetime: TimeInterval = 7 * 24 * 3600

    package static func normalized(_ email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// A plausible address: one `@`, something before it, a dot in the domain, no spaces.
    package static func isValidEmail(_ email: String) -> Bool {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
            email.count <= 254, !email.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" })
        else { return false }
        return true
    }

    /// Adds the password's problem, if any, to `state` under `field`.
    package static func checkPassword(_ password: String, email: String, field: String, into state: inout FormState, _ t: Localizer) {
        switch PasswordPolicy.check(password, email: email) {
        case .tooShort: state.fail(field, t(AccountsText.errorPasswordShort))
        case .tooCommon: state.fail(field, t(AccountsText.errorPasswordCommon))
        case nil: break
        }
    }

    /// Checks an e-mail and password, throttled in the database (`Throttle`):
    /// every attempt takes a place for the account from this address and for
    /// the address, before the password is looked at; a right password gives
    /// them back. An unknown account costs the same bcrypt work as a known
    /// one, so the time of the answer does not tell which e-mails have
    /// accounts. Each attempt is recorded.
    package static func verify(email: String, password: String, address: String, request: Request) async throws -> User? {
        let email = normalized(email)
        let pair = "signin:" + Secrets.hash(email + "|" + address)
        let from = "signin-from:" + Secrets.hash(address)
        try await Throttle.take(pair, Throttle.signInAccountAddress, on: request.db)
        try await Throttle.take(from, Throttle.signInAddress, on: request.db)
        let user = try await User.query(on: request.db).filter(\.$email == email).first()
        var hash = user?.passwordHash
        if hash == nil { hash = try await dummyHash(request) }
        let matches = try await request.password.async.verify(password, created: hash ?? "")
        let valid = matches && user?.passwordHash != nil
        try await LoginAttempt(email: email, address: address, succeeded: valid, at: Date()).create(on: request.db)
        if valid {
            try await Throttle.clear(pair, on: request.db)
            try await Throttle.giveBack(from, Throttle.signInAddress, on: request.db)
        }
        return valid ? user : nil
    }

    /// A bcrypt hash of nothing anyone knows, made once with the
    /// application's cost, to check unknown accounts against.
    static func dummyHash(_ request: Request) async throws -> String {
        if let hash = dummy.withLock({ $0 }) { return hash }
        let hash = try await request.password.async.hash(Secrets.make())
        dummy.withLock { $0 = hash }
        return hash
    }

    private static let dummy = Mutex<String?>(nil)

    /// Makes a single-use link secret for `user`; only its hash is stored.
    package static func issueToken(for user: User, purpose: OneTimeToken.Purpose, on database: any Database) async throws -> String {
        let secret = Secrets.make()
        let token = OneTimeToken()
        token.$user.id = try user.requireID()
        token.purpose = purpose
        token.tokenHash = Secrets.hash(secret)
        token.expiresAt = Date().addingTimeInterval(purpose == .passwordReset ? resetLifetime : invitationLifetime)
        try await token.create(on: database)
        return secret
    }

    /// The token behind a link, if it is still valid (not used, not expired).
    /// Marks a one-time link used, if no one used it first: one conditional
    /// update, so two requests with the same link never both pass, with any
    /// number of server processes.
    package static func consume(_ token: OneTimeToken, on database: any Database) async throws -> Bool {
        let sql = database as! any SQLDatabase  // both drivers are SQL databases
        let rows = try await sql.update(OneTimeToken.schema).set("used_at", to: Date()).where("id", .equal, token.requireID())
            .where("used_at", .is, SQLLiteral.null).returning("id").all()
        return rows.count == 1
    }

    package static func validToken(_ secret: String, on database: any Database) async throws -> OneTimeToken? {
        try await OneTimeToken.query(on: database)
            .filter(\.$tokenHash == Secrets.hash(secret)).filter(\.$usedAt == nil).filter(\.$expiresAt > Date())
            .with(\.$user).first()
    }
}
