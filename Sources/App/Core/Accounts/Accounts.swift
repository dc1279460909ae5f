import Fluent
import Vapor

/// Accounts: e-mail addresses, passwords, throttled sign-in, one-time links.
package enum Accounts {
    /// Failed sign-ins allowed per account and per address in `throttleWindow`.
    package static let throttleLimit = 5
    package static let throttleWindow: TimeInterval = 15 * 60
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

    /// Refuses a sign-in when the account or the address has failed too often
    /// lately; says how long to wait.
    package static func throttle(email: String, address: String, on database: any Database) async throws {
        let since = Date().addingTimeInterval(-throttleWindow)
        for filter in [(\LoginAttempt.$email, email), (\LoginAttempt.$address, address)] {
            let failures = try await LoginAttempt.query(on: database)
                .filter(filter.0 == filter.1).filter(\.$succeeded == false).filter(\.$at > since)
                .sort(\.$at, .ascending).all()
            if failures.count >= throttleLimit, let oldest = failures.first {
                let retry = Int(oldest.at.addingTimeInterval(throttleWindow).timeIntervalSinceNow.rounded(.up))
                throw AppError.tooManyRequests(retryAfter: max(1, retry))
            }
        }
    }

    /// Checks an e-mail and password; records the attempt for throttling.
    package static func verify(email: String, password: String, address: String, request: Request) async throws -> User? {
        let email = normalized(email)
        try await throttle(email: email, address: address, on: request.db)
        let user = try await User.query(on: request.db).filter(\.$email == email).first()
        var valid = false
        if let hash = user?.passwordHash {
            valid = try await request.password.async.verify(password, created: hash)
        }
        try await LoginAttempt(email: email, address: address, succeeded: valid, at: Date()).create(on: request.db)
        return valid ? user : nil
    }

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
    package static func validToken(_ secret: String, on database: any Database) async throws -> OneTimeToken? {
        try await OneTimeToken.query(on: database)
            .filter(\.$tokenHash == Secrets.hash(secret)).filter(\.$usedAt == nil).filter(\.$expiresAt > Date())
            .with(\.$user).first()
    }
}
