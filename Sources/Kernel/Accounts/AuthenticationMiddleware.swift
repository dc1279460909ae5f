import Fluent
import SQLKit
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
        } else if let secret = request.sentCookies[Self.sessionCookie]?.string {
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
        // One question on every signed-in request: the session, its person and their roles with their cities.
        struct Row: Decodable {
            let session_id: UUID
            let expires_at: Date
            let last_seen_at: Date
            let user_id: UUID
            let email: String
            let name: String
            let must_change_password: Bool
            let role: String?
            let city_id: UUID?
            let slug: String?
            let city_name: String?
        }
        let rows = try await (database as! any SQLDatabase).raw(
            """
            SELECT s.id AS session_id, s.expires_at, s.last_seen_at, u.id AS user_id, u.email, u.name, u.must_change_password,
            r.role, r.city_id, c.slug, c.name AS city_name
            FROM \(ident: UserSession.schema) s JOIN \(ident: User.schema) u ON u.id = s.user_id
            LEFT JOIN \(ident: RoleAssignment.schema) r ON r.user_id = u.id AND r.deleted_at IS NULL
            LEFT JOIN \(ident: City.schema) c ON c.id = r.city_id
            WHERE s.token_hash = \(bind: Secrets.hash(secret))
            """
        ).all(decoding: Row.self)
        guard let session = rows.first else { return nil }
        let now = Date()
        guard session.expires_at > now else {
            try await UserSession.query(on: database).filter(\.$id == session.session_id).delete()
            return nil
        }
        if now.timeIntervalSince(session.last_seen_at) > touchInterval {
            try await UserSession.query(on: database).filter(\.$id == session.session_id).set(\.$lastSeenAt, to: now)
                .set(\.$expiresAt, to: now.addingTimeInterval(sessionLifetime)).update()
        }
        return Principal.make(
            userID: session.user_id, email: session.email, name: session.name, mustChangePassword: session.must_change_password,
            roles: rows.map { Principal.RoleRow(role: $0.role, city_id: $0.city_id, slug: $0.slug, city_name: $0.city_name) })
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
        if let old = request.sentCookies[sessionCookie]?.string {
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
        if let secret = request.sentCookies[sessionCookie]?.string {
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
