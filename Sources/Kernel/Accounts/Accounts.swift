import Fluent
import SQLKit
import Synchronization
import Vapor

/// Accounts: e-mail addresses, passwords, throttled sign-in, one-time links.
package enum Accounts {
    package static let resetLifetime: TimeInterval = 3600
    package static let invitationLifetime: TimeInterval = 7 * 24 * 3600
    package static let registrationLifetime: TimeInterval = 24 * 3600
    /// How long sign-in records are kept (the account page shows the last ones).
    package static let signInMemory: TimeInterval = 90 * 24 * 3600
    /// The longest name a person may give themselves.
    package static let nameLimit = 200
    /// The longest e-mail address (RFC 5321's path limit).
    package static let emailLimit = 254

    package static func normalized(_ email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// A plausible address: one `@`, something before it, a dot in the domain, no spaces.
    package static func isValidEmail(_ email: String) -> Bool {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
            email.count <= emailLimit, !email.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" })
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
        let pair = signInBucket(email, address)
        let from = "signin-from:" + Secrets.hash(address)
        try await Throttle.take(pair, Throttle.signInAccountAddress, on: request.db)
        try await Throttle.take(from, Throttle.signInAddress, on: request.db)
        let user = try await User.query(on: request.db).filter(\.$email == email).first()
        var hash = user?.passwordHash
        if hash == nil { hash = try await dummyHash(request) }
        let matches = try await request.password.async.verify(password, created: hash ?? "")
        let valid = matches && user?.passwordHash != nil
        try await LoginAttempt(email: email, address: address, succeeded: valid, at: Date()).create(on: request.db)
        try await LoginAttempt.query(on: request.db).filter(\.$at < Date().addingTimeInterval(-signInMemory)).delete()
        if valid {
            try await Throttle.clear(pair, on: request.db)
            try await Throttle.giveBack(from, Throttle.signInAddress, on: request.db)
        }
        return valid ? user : nil
    }

    /// A bcrypt hash of nothing anyone knows, made once with the
    /// application's cost, to check unknown accounts against.
    package static func dummyHash(_ request: Request) async throws -> String {
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

    /// Marks a one-time link used, if no one used it first: one conditional
    /// update, so two requests with the same link never both pass, with any
    /// number of server processes.
    package static func consume(_ token: OneTimeToken, on database: any Database) async throws -> Bool {
        let sql = database as! any SQLDatabase  // both drivers are SQL databases
        let rows = try await sql.update(OneTimeToken.schema).set("used_at", to: Date()).where("id", .equal, token.requireID())
            .where("used_at", .is, SQLLiteral.null).returning("id").all()
        return rows.count == 1
    }

    /// The token behind a link, if it is still valid (not used, not expired).
    package static func validToken(_ secret: String, on database: any Database) async throws -> OneTimeToken? {
        try await OneTimeToken.query(on: database)
            .filter(\.$tokenHash == Secrets.hash(secret)).filter(\.$usedAt == nil).filter(\.$expiresAt > Date())
            .with(\.$user).first()
    }

    /// Keeps a registration until its address is confirmed; the secret of
    /// the link to send (only its hash is stored).
    package static func pendRegistration(
        email: String, name: String, passwordHash: String, language: Language, on database: any Database
    ) async throws -> String {
        // Lapsed registrations go: they hold password hashes no one confirmed.
        try await PendingRegistration.query(on: database).filter(\.$expiresAt < Date()).delete()
        let secret = Secrets.make()
        let pending = PendingRegistration()
        pending.email = normalized(email)
        pending.name = name
        pending.passwordHash = passwordHash
        pending.language = language.rawValue
        pending.tokenHash = Secrets.hash(secret)
        pending.expiresAt = Date().addingTimeInterval(registrationLifetime)
        try await pending.create(on: database)
        return secret
    }

    private static func signInBucket(_ email: String, _ address: String) -> String {
        "signin:" + Secrets.hash(normalized(email) + "|" + address)
    }

    /// Lifts the limit on an account's failed sign-ins from an address: its
    /// owner proved who they are there (a reset link from their mail).
    package static func clearSignInLimit(email: String, address: String, on database: any Database) async throws {
        try await Throttle.clear(signInBucket(email, address), on: database)
    }

    /// The last sign-in attempts to an account, newest first.
    package static func recentSignIns(of email: String, limit: Int = 10, on database: any Database) async throws -> [LoginAttempt] {
        try await LoginAttempt.query(on: database).filter(\.$email == normalized(email)).sort(\.$at, .descending).limit(limit).all()
    }

    /// The registration behind a confirmation link, while it is valid.
    package static func pendingRegistration(_ secret: String, on database: any Database) async throws -> PendingRegistration? {
        try await PendingRegistration.query(on: database)
            .filter(\.$tokenHash == Secrets.hash(secret)).filter(\.$usedAt == nil).filter(\.$expiresAt > Date()).first()
    }

    /// Makes the account of a confirmed registration, with the resident role,
    /// and uses the link up, in one transaction: `nil` when the link was used
    /// meanwhile or the address has an account by now (made some other
    /// way, such as `zaveza user create`; the unique e-mail decides a race
    /// with it).
    package static func confirm(_ pending: PendingRegistration, on database: any Database) async throws -> User? {
        do {
            return try await makeAccount(pending, on: database)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            return nil
        }
    }

    private static func makeAccount(_ pending: PendingRegistration, on database: any Database) async throws -> User? {
        try await database.transaction { database in
            // Every open registration of the address lapses in one statement,
            // this one with them: of two links confirmed at the same moment
            // only one finds its own still open (the rows are locked in the
            // same order, so the two never wait for each other).
            let sql = database as! any SQLDatabase
            let lapsed = try await sql.update(PendingRegistration.schema).set("used_at", to: Date())
                .where("email", .equal, pending.email).where("used_at", .is, SQLLiteral.null).returning("id").all()
                .map { try $0.decode(column: "id", as: UUID.self) }
            guard lapsed.contains(try pending.requireID()),
                try await User.query(on: database).filter(\.$email == pending.email).count() == 0
            else { return nil }
            let user = User(email: pending.email, name: pending.name, passwordHash: pending.passwordHash)
            try await Audit.create(user, by: .system, on: database)
            try await Audit.create(
                RoleAssignment(userID: user.requireID(), role: .resident, cityID: nil), by: .user(user.requireID(), email: user.email),
                on: database)
            return user
        }
    }
}
