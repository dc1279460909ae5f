import Vapor

/// `GET /language/{sl|en}?back=/path`: remembers the choice in a cookie for a
/// year and returns to the page the visitor came from (a local path only, so
/// the switch cannot be used to send people elsewhere).
package enum LanguageSwitch {
    package static func register(_ routes: any RoutesBuilder) {
        routes.get(.language(.default, back: "")) { request async throws -> Response in
            guard let language = Language(rawValue: try request.parameter(SiteRoute.Parameter.language)) else {
                throw AppError.notFound
            }
            let back = LocalPath.safe(request.query[String.self, at: "back"])
            let response = request.redirect(to: back, redirectType: .normal)
            response.cookies[LanguageMiddleware.cookieName] = HTTPCookies.Value(
                string: language.rawValue, maxAge: 365 * 24 * 3600, path: "/",
                isSecure: request.isSecure, isHTTPOnly: true, sameSite: .lax
            )
            return response
        }
    }
}
