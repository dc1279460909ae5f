import Vapor

/// Headers that make every answer safer in a browser: no inline script may
/// run, the site is never framed, types are not sniffed, referrers are short.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
        "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        let headers = [
            ("Content-Security-Policy", Self.contentSecurityPolicy),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "strict-origin-when-cross-origin"),
            ("X-Frame-Options", "DENY"),
            ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
        ]
        for (name, value) in headers { response.headers.replaceOrAdd(name: name, value: value) }
        if request.isSecure {
            response.headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000")
        }
        return response
    }
}

/// Protects every form POST against cross-site request forgery with a
/// double-submit token: a random value in an HttpOnly, SameSite cookie that
/// each form repeats in its `_csrf` field. A POST whose field is missing or
/// different is refused with 403 before any handler runs, so nothing is
/// written. The JSON API is exempt: it takes bearer tokens, never cookies.
struct CSRFMiddleware: AsyncMiddleware {
    static let cookieName = "zaveza_csrf"
    static let fieldName = "_csrf"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let existing = request.cookies[Self.cookieName]?.string
        let token = existing ?? Secrets.make()
        request.storage[CSRFTokenKey.self] = token
        if ![.GET, .HEAD, .OPTIONS].contains(request.method), !request.url.path.hasPrefix(SiteRoute.apiPrefix + "/") {
            // The body is not collected yet before routing; the form field is in it.
            _ = try? await request.body.collect(max: 10 * 1024 * 1024).get()
            let sent = try? request.content.get(String.self, at: Self.fieldName)
            guard let existing, let sent, Secrets.equal(existing, sent) else {
                request.logger.notice("CSRF token missing or wrong on \(request.method) \(request.url.path)")
                throw AppError.forbidden
            }
        }
        let response = try await next.respond(to: request)
        if existing == nil {
            response.cookies[Self.cookieName] = AuthenticationMiddleware.cookie(token, maxAge: 365 * 24 * 3600, request)
        }
        return response
    }
}

private enum CSRFTokenKey: StorageKey {
    typealias Value = String
}

extension Request {
    /// The value every form on this page must send back in `_csrf`.
    package var csrfToken: String { storage[CSRFTokenKey.self] ?? "" }
}
