import AsyncKit
import FluentKit
import Foundation
import Logging
import OpenAPIRuntime
import Plot
import Vapor

/// Turns every error into an answer in the request's language: JSON
/// `{ "error": { "code", "message", "details" } }` under `/api`, an HTML page
/// elsewhere. Logs 5xx as errors and 4xx as notices. An address that exists
/// for other methods answers 405 with `Allow`.
package struct AppErrorMiddleware: AsyncMiddleware {
    package let routes: Routes
    package let showsInternalErrors: Bool

    package init(routes: Routes, showsInternalErrors: Bool) {
        self.routes = routes
        self.showsInternalErrors = showsInternalErrors
    }

    package func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return response(for: classify(error, request), error: error, request)
        }
    }

    /// What the user is told about an error.
    package struct Description {
        package var status: HTTPResponseStatus
        package var code: String
        package var title: CoreText
        package var text: CoreText
        package var textArguments: [String: String] = [:]
        /// What the API says instead of `text`, where a page's wording would not fit.
        package var apiText: CoreText? = nil
        package var details: [Problem] = []
        /// For texts with a count of minutes (plural forms).
        package var minutes: Int? = nil
        package var headers: HTTPHeaders = [:]
    }

    private func classify(_ error: any Error, _ request: Request) -> Description {
        switch error {
        case let error as AppError:
            return describe(error)
        case is EditConflict:
            return describe(.preconditionFailed)
        case let error as ServerError:
            // A generated API handler: our own error inside, or input that did
            // not match the OpenAPI document (the operation never ran).
            if let inner = error.underlyingError as? AppError { return describe(inner) }
            if error.operationInput == nil {
                let cause = "\(error.causeDescription): \(error.underlyingError)"
                return Description(
                    status: .badRequest, code: "bad_request", title: .errorBadRequestTitle, text: .errorBadRequestText,
                    details: [Problem(field: nil) { _ in cause }]
                )
            }
            return classify(error.underlyingError, request)
        case is RouteNotFound:
            let allowed = Self.allowedMethods(for: request, in: routes)
            if !allowed.isEmpty {
                return describe(.methodNotAllowed(method: request.method, allowed: allowed))
            }
            return describe(.notFound)
        case let error as any AbortError:
            switch error.status {
            case .notFound: return describe(.notFound)
            case .forbidden: return describe(.forbidden)
            case .unauthorized: return describe(.unauthorized)
            case .tooManyRequests:
                return describe(.tooManyRequests(retryAfter: Int(error.headers.first(name: "Retry-After") ?? "") ?? 60))
            case .payloadTooLarge:
                return describe(.payloadTooLarge(limit: request.bodyLimit))
            case let status where status.code < 500:
                let reason = error.reason
                return Description(
                    status: status, code: "bad_request", title: .errorBadRequestTitle, text: .errorBadRequestText,
                    details: [Problem(field: nil) { _ in reason }], headers: error.headers)
            default:
                return serverError
            }
        case let database as any DatabaseError where database.isConstraintFailure && Self.isUniqueViolation(error):
            // Two people saved the same thing at the same moment, and the
            // database let one through (a link made at most once, say). Any
            // other broken rule (a missing value, a missing record) is a fault: 500.
            request.logger.warning("unique violation, told as 409: \(String(reflecting: error))")
            return Description(
                status: .conflict, code: "conflict", title: .errorBadRequestTitle, text: .savedAtOnce, apiText: .savedAtOnce)
        case is ConnectionPoolTimeoutError:
            // Every database connection stayed taken for the pool's whole wait (many writes at
            // once on SQLite): the request stopped where it waited, and what it does in a
            // transaction is whole or not at all. Busy, not broken.
            request.logger.warning("no database connection in time, told as 503")
            return Description(
                status: .serviceUnavailable, code: "busy", title: .errorBusyTitle, text: .errorBusyText, headers: ["Retry-After": "5"])
        case is DecodingError:
            let reason = "\(error)"
            return Description(
                status: .badRequest, code: "bad_request", title: .errorBadRequestTitle, text: .errorBadRequestText,
                details: [Problem(field: nil) { _ in reason }])
        default:
            return serverError
        }
    }

    /// A unique index refused a row: SQLite's "UNIQUE constraint failed", PostgreSQL's 23505.
    static func isUniqueViolation(_ error: any Error) -> Bool {
        let text = String(reflecting: error)
        return text.contains("UNIQUE constraint failed") || text.contains("23505") || text.contains("duplicate key value")
    }

    private var serverError: Description {
        Description(status: .internalServerError, code: "internal_error", title: .errorServerTitle, text: .errorServerText)
    }

    private func describe(_ error: AppError) -> Description {
        switch error {
        case .notFound:
            Description(status: .notFound, code: error.code, title: .errorNotFoundTitle, text: .errorNotFoundText, apiText: .apiNotFound)
        case .unauthorized:
            Description(
                status: .unauthorized, code: error.code, title: .errorUnauthorizedTitle, text: .errorUnauthorizedText,
                headers: ["WWW-Authenticate": "Bearer"])
        case .forbidden:
            Description(status: .forbidden, code: error.code, title: .errorForbiddenTitle, text: .errorForbiddenText)
        case .tooManyRequests(let seconds):
            Description(
                status: .tooManyRequests, code: error.code, title: .errorTooManyRequestsTitle, text: .errorTooManyRequestsText,
                minutes: max(1, (seconds + 59) / 60),
                headers: ["Retry-After": String(seconds)])
        case .badRequest(let problems):
            Description(status: .badRequest, code: error.code, title: .errorBadRequestTitle, text: .errorBadRequestText, details: problems)
        case .preconditionFailed:
            Description(
                status: .preconditionFailed, code: error.code, title: .errorBadRequestTitle, text: .changedMeanwhile,
                apiText: .apiChangedMeanwhile)
        case .payloadTooLarge(let limit):
            Description(
                status: .payloadTooLarge, code: error.code, title: .errorTooLargeTitle, text: .errorTooLargeText,
                textArguments: ["size": limit >= 1024 * 1024 ? "\(limit / 1024 / 1024) MB" : "\(limit / 1024) KB"])
        case .methodNotAllowed(let method, let allowed):
            Description(
                status: .methodNotAllowed, code: error.code, title: .errorMethodNotAllowedTitle, text: .errorMethodNotAllowedText,
                textArguments: ["method": method.rawValue, "allowed": allowed.map(\.rawValue).joined(separator: ", ")],
                headers: ["Allow": allowed.map(\.rawValue).joined(separator: ", ")]
            )
        }
    }

    private func response(for description: Description, error: any Error, _ request: Request) -> Response {
        // /metrics is for machines too: a plain 401, not the login page.
        let isAPI =
            request.url.path.hasPrefix(SiteRoute.apiPrefix + "/") || request.url.path == SiteRoute.apiPrefix
            || request.url.path == SiteRoute.metrics.path
        if description.status == .unauthorized, !isAPI {
            // A page that needs someone signed in: go to the login form and come back.
            var back = request.url.path
            if let query = request.url.query, !query.isEmpty { back += "?" + query }
            return request.redirect(to: SiteRoute.login(next: request.method == .GET ? back : nil).path, redirectType: .normal)
        }
        if description.status.code >= 500 {
            request.logger.report(error: error)
        } else {
            request.logger.notice("\(description.status.code) \(request.method) \(request.url.path): \(String(reflecting: error))")
        }
        let t = request.t
        var headers = description.headers
        let body: Response.Body
        if isAPI {
            let message = message(description.apiText ?? description.text, description, t)
            var details = description.details.map { ErrorBody.Detail(field: $0.field, message: $0.message(t)) }
            if description.status.code >= 500, showsInternalErrors {
                details.append(.init(field: nil, message: Redaction.redact(String(reflecting: error))))
            }
            let payload = ErrorBody(error: .init(code: description.code, message: message, details: details))
            headers.contentType = .json
            body = .init(data: (try? JSONEncoder().encode(payload)) ?? Data())
        } else {
            headers.contentType = .html
            let message = message(description.text, description, t)
            let page = ErrorPage(
                title: t(description.title), message: message,
                details: description.details.map { $0.message(t) }, requestId: request.id
            )
            body = .init(string: Layout.render(page.page(t), PageContext(request)).render())
        }
        return Response(status: description.status, headers: headers, body: body)
    }

    private func message(_ key: CoreText, _ description: Description, _ t: Localizer) -> String {
        if let minutes = description.minutes { return t(key, count: minutes, description.textArguments) }
        return t(key, description.textArguments)
    }

    /// The methods registered for the request's path, if any; HEAD goes with GET.
    package static func allowedMethods(for request: Request, in routes: Routes) -> [HTTPMethod] {
        let parts = request.url.path.split(separator: "/").map(String.init)
        var methods = Set<String>()
        for route in routes.all where matches(route.path, parts) {
            methods.insert(route.method.rawValue)
            if route.method == .GET { methods.insert(HTTPMethod.HEAD.rawValue) }
        }
        return methods.sorted().map { HTTPMethod(rawValue: $0) }
    }

    private static func matches(_ pattern: [PathComponent], _ parts: [String]) -> Bool {
        for (index, component) in pattern.enumerated() {
            switch component {
            case .catchall: return parts.count >= index
            case .anything, .parameter: if index >= parts.count { return false }
            case .constant(let text): if index >= parts.count || parts[index] != text { return false }
            }
        }
        return pattern.count == parts.count
    }
}

/// The JSON body of every API error.
package struct ErrorBody: Codable {
    package struct Detail: Codable {
        package let field: String?
        package let message: String
    }
    package struct Payload: Codable {
        package let code: String
        package let message: String
        package let details: [Detail]
    }
    package let error: Payload
}

/// The page shown for 4xx and 5xx answers.
package struct ErrorPage {
    package let title: String
    package let message: String
    package let details: [String]
    package let requestId: String

    package func page(_ t: Localizer) -> Page {
        Page(
            title: title,
            content: .div(
                .class("error-page"),
                .h1(.text(title)),
                .p(.class("lead"), .text(message)),
                .if(!details.isEmpty, .ul(.forEach(details) { .li(.text($0)) })),
                .p(.class("error-code"), .text(t(CoreText.errorRequestId, ["id": requestId]))),
                .p(.a(.href(SiteRoute.home.path), .text(t(CoreText.errorBackHome))))
            )
        )
    }
}
