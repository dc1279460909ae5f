import Fluent
import Vapor

/// Finds who is making the request: a session cookie for pages, an
/// `Authorization: Bearer` token for the API.
package struct AuthenticationMiddleware: AsyncMiddleware {
    package init() {}

    package static let sessionCookie = "zaveza_session"
    /// A session lasts this long after it was last used.
    package static let sessionLifetime: TimeInterval = 14 * 24 * 3600
    /// `last_seen_at` is written at most this often, to spare the database.
    package static let touchInterval: TimeInterval = 300

    package func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let authorization = request.headers.bearerAuthorization, request.url.path != SiteRoute.metrics.path {
            request.principal = try await Self.principal(forToken: authorization.token, on: request.db)
            guard request.principal != nil else { throw AppError.unauthorized }
        } else if let secret = request.cookies[Self.sessionCookie]?.string {
            request.principal = try await Self.principal(forSession: secret, on: request.db)
            // A one-time password must be replaced before anything else: a
            // page leads to the account page, and no form but the new
            // password's (or signing out) is taken.
            if case .user(_, _, _, true) = request.principal?.kind {
                if request.method == .GET || request.method == .HEAD {
                    if ![SiteRoute.account.path, SiteRoute.stylesheet.path].contains(request.url.path) {
                        return request.redirect(to: SiteRoute.account.path, redirectType: .normal)
                    }
                } else if ![SiteRoute.accountPassword.path, SiteRoute.logout.path].contains(request.url.path) {
                    throw AppError.forbidden
                }
            }
        }
        return try await next.respond(to: request)
    }

    package static func principal(forSession secret: String, on database: any Database) async throws -> Principal? {
        guard
            let session = try await UserSession.query(on: database).filter(\.$tokenHash == Secrets.hash(secret))
                .with(\.$user).first()
        else { return nil }
        let now = Date()
        guard session.expiresAt > now else {
            try await session.delete(on: database)
            return nil
        }
        if now.timeIntervalSince(session.lastSeenAt) > touchInterval {
            session.lastSeenAt = now
            session.expiresAt = now.addingTimeInterval(sessionLifetime)
            try await session.save(on: database)
        }
        return try await Principal.load(user: session.user, on: database)
    }

    package static func principal(forToken secret: String, on database: any Database) async throws -> Principal? {
        guard
            let token = try await APIToken.query(on: database).filter(\.$tokenHash == Secrets.hash(secret))
                .filter(\.$revokedAt == nil).first()
        else { return nil }
        let now = Date()
        if token.lastUsedAt.map({ now.timeIntervalSince($0) > 60 }) ?? true {
            token.lastUsedAt = now
            try await token.save(on: database)
        }
        return Principal(
            kind: .token(id: try token.requireID(), name: token.name, cityID: token.$city.id, canWrite: token.canWrite),
            grants: []
        )
    }

    /// Starts a new session for `user` (a new secret every sign-in, so a
    /// session id known before signing in is worth nothing after it).
    package static func signIn(_ user: User, request: Request, response: Response) async throws {
        if let old = request.cookies[sessionCookie]?.string {
            try await UserSession.query(on: request.db).filter(\.$tokenHash == Secrets.hash(old)).delete()
        }
        let secret = Secrets.make()
        let session = UserSession()
        session.tokenHash = Secrets.hash(secret)
        session.$user.id = try user.requireID()
        session.lastSeenAt = Date()
        session.expiresAt = Date().addingTimeInterval(sessionLifetime)
        try await session.create(on: request.db)
        response.cookies[sessionCookie] = cookie(secret, maxAge: Int(sessionLifetime), request)
    }

    package static func signOut(request: Request, response: Response) async throws {
        if let secret = request.cookies[sessionCookie]?.string {
            try await UserSession.query(on: request.db).filter(\.$tokenHash == Secrets.hash(secret)).delete()
        }
        response.cookies[sessionCookie] = cookie("", maxAge: 0, request)
    }

    /// HttpOnly, SameSite=Lax, Secure when the site is served over TLS.
    package static func cookie(_ value: String, maxAge: Int, _ request: Request) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: value, maxAge: maxAge, path: "/", isSecure: request.isSecure, isHTTPOnly: true, sameSite: .lax)
    }
}
