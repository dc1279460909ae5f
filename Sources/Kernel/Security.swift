import Vapor

/// Headers that make every answer safer in a browser: no inline script may
/// run, the site is never framed, types are not sniffed, referrers are short.
package struct SecurityHeadersMiddleware: AsyncMiddleware {
    package init() {}

    package static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
        "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    package func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
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
package struct CSRFMiddleware: AsyncMiddleware {
    package init() {}

    package static let cookieName = "zaveza_csrf"
    package static let fieldName = "_csrf"

    package func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // Only a token this site could have made counts; anything else is
        // replaced (a page kept for many readers puts each one's in).
        let sent = request.sentCookies[Self.cookieName]?.string
        let existing = sent.flatMap { Self.wellFormed($0) ? $0 : nil }
        let token = existing ?? Secrets.make()
        request.storage[CSRFTokenKey.self] = token
        if ![.GET, .HEAD, .OPTIONS].contains(request.method), !request.url.path.hasPrefix(SiteRoute.apiPrefix + "/") {
            // The body was collected by `BodyLimitMiddleware`, within its
            // route's limit. A form's fields are read once, for the handler
            // too; a file upload's parts are the handler's to read.
            let sent =
                request.headers.contentType == .urlEncodedForm
                ? (try? request.form())?.text[Self.fieldName] : try? request.content.get(String.self, at: Self.fieldName)
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

extension CSRFMiddleware {
    /// 43 characters of base64url: what `Secrets.make()` gives.
    static func wellFormed(_ token: String) -> Bool {
        token.utf8.count == 43 && token.utf8.allSatisfy { $0.isASCIIAlphanumeric || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }
}

extension UInt8 {
    fileprivate var isASCIIAlphanumeric: Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self)
    }
}

private enum CSRFTokenKey: StorageKey {
    typealias Value = String
}

extension Request {
    /// The value every form on this page must send back in `_csrf`.
    package var csrfToken: String {
        get { storage[CSRFTokenKey.self] ?? "" }
        set { storage[CSRFTokenKey.self] = newValue }
    }
}

/// Where a `back=` or `next=` may send the visitor: a path on this site only.
/// Browsers drop tabs and line breaks from addresses and read `\` as `/`, so
/// `/<TAB>/evil.example` or `/\evil.example` would leave the site; such
/// characters are removed first, then only a single leading `/` is accepted.
package enum LocalPath {
    package static func safe(_ path: String?) -> String {
        guard let path else { return SiteRoute.home.path }
        let cleaned = String(
            String.UnicodeScalarView(
                path.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) && !CharacterSet.newlines.contains($0) }))
        guard cleaned.hasPrefix("/"), !cleaned.hasPrefix("//"), !cleaned.contains("\\"),
            cleaned.count <= 2000, URLComponents(string: cleaned)?.host == nil
        else { return SiteRoute.home.path }
        // Anything outside what an address may hold is percent-encoded, so the
        // Location header and an attribute carry one plain path.
        return cleaned.addingPercentEncoding(withAllowedCharacters: allowed) ?? SiteRoute.home.path
    }

    private static let allowed = CharacterSet.urlPathAllowed.union(.urlQueryAllowed).union(CharacterSet(charactersIn: "%#"))
}

/// Serves the files under `/static/` (the stylesheet) and only those: any
/// other path goes straight to the routes, so no request makes the server
/// look at the disk, and a path too long for a file name is a plain 404
/// rather than the file system's error.
package struct StaticFilesMiddleware: AsyncMiddleware {
    package init() {}

    private let files = FileMiddleware(
        publicDirectory: AppResources.url("Public").path + "/", defaultFile: nil, advancedETagComparison: true)

    package func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let path = request.url.path
        guard path.hasPrefix("/static/"), path.utf8.count <= 255, [.GET, .HEAD].contains(request.method) else {
            return try await next.respond(to: request)
        }
        return try await files.respond(to: request, chainingTo: next)
    }
}

/// How much a request may send, checked before any of it is read: a
/// `Content-Length` above the limit of its route is refused with 413 at once,
/// and a body without one is read only up to the limit. Routes that take
/// files say so (`Route.acceptsUpTo`); every other body, on a known route or
/// an unknown one, signed in or not, gets the small default. The body is
/// collected here once, so that the CSRF check and the handlers read it
/// from memory.
package struct BodyLimitMiddleware: AsyncMiddleware {
    /// Enough for the longest form (an action with every text at its longest).
    package static let defaultLimit = 256 * 1024

    /// Read-only once built, so shared by every request.
    private final class Limits: @unchecked Sendable {
        let router = TrieRouter<Int>()
    }
    private let limits = Limits()

    /// The limits of the routes registered so far (call it after registering them).
    package init(routes: Routes) {
        for route in routes.all {
            if let bytes = route.userInfo["zaveza.body-limit"] as? Int {
                limits.router.register(bytes, at: [.constant(route.method.rawValue)] + route.path)
            }
        }
    }

    package func limit(for request: Request) -> Int {
        var parameters = Parameters()
        let path = request.url.path.split(separator: "/").map(String.init)
        return limits.router.route(path: [request.method.rawValue] + path, parameters: &parameters) ?? Self.defaultLimit
    }

    package func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard ![.GET, .HEAD, .OPTIONS].contains(request.method) else { return try await next.respond(to: request) }
        let limit = limit(for: request)
        request.storage[Limit.self] = limit
        if let length = request.headers.first(name: .contentLength).flatMap({ Int($0) }), length > limit {
            throw AppError.payloadTooLarge(limit: limit)
        }
        if request.body.data == nil {
            do {
                _ = try await request.body.collect(max: limit).get()
            } catch {
                throw AppError.payloadTooLarge(limit: limit)
            }
        }
        return try await next.respond(to: request)
    }
}

extension BodyLimitMiddleware {
    package struct Limit: StorageKey { package typealias Value = Int }
}

extension Request {
    /// The largest body this request's route takes (`BodyLimitMiddleware`).
    package var bodyLimit: Int { storage[BodyLimitMiddleware.Limit.self] ?? BodyLimitMiddleware.defaultLimit }
}

extension RoutesBuilder {
    /// A form that sends a file of up to `bytes`: read whole, within the
    /// limit, before the handler runs.
    @discardableResult
    package func upload<Answer: AsyncResponseEncodable>(
        _ route: SiteRoute, upTo bytes: Int, use handler: @escaping @Sendable (Request) async throws -> Answer
    ) -> Route {
        on(.POST, route.pattern, body: .collect(maxSize: ByteCount(value: bytes)), use: handler).acceptsUpTo(bytes)
    }
}

extension Route {
    /// This route takes bodies up to `bytes` (a file upload), not only the small default.
    @discardableResult
    package func acceptsUpTo(_ bytes: Int) -> Route {
        userInfo["zaveza.body-limit"] = bytes
        return self
    }
}

private struct SentCookiesKey: StorageKey {
    typealias Value = HTTPCookies
}

extension Request {
    /// The request's cookies, parsed once: Vapor's `cookies` parses the
    /// header again on every use, and a page asks five or six times.
    package var sentCookies: HTTPCookies {
        if let parsed = storage[SentCookiesKey.self] { return parsed }
        let parsed = cookies
        storage[SentCookiesKey.self] = parsed
        return parsed
    }
}
