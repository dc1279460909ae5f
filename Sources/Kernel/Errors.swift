import Foundation
import Vapor

/// One problem in a request, said in the request's language, with the field
/// (a parameter, a JSON path or a CSV line) it concerns.
package struct Problem: Sendable {
    package let field: String?
    package let message: @Sendable (Localizer) -> String

    package init(field: String?, message: @escaping @Sendable (Localizer) -> String) {
        self.field = field
        self.message = message
    }
}

/// The errors the application raises on purpose. Each becomes the same
/// answer everywhere: an HTML page for pages, `{ "error": … }` under `/api`.
package enum AppError: Error, Sendable {
    case notFound
    /// No one is signed in (pages send to the login page; the API answers 401).
    case unauthorized
    case forbidden
    /// Too many tries; `retryAfter` seconds until the next one is allowed.
    case tooManyRequests(retryAfter: Int)
    case badRequest([Problem])
    case methodNotAllowed(method: HTTPMethod, allowed: [HTTPMethod])
    /// The body is larger than the route takes (bytes).
    case payloadTooLarge(limit: Int)
    /// The record changed since the version the change was based on (`If-Match`).
    case preconditionFailed

    package var status: HTTPResponseStatus {
        switch self {
        case .notFound: .notFound
        case .unauthorized: .unauthorized
        case .forbidden: .forbidden
        case .tooManyRequests: .tooManyRequests
        case .badRequest: .badRequest
        case .methodNotAllowed: .methodNotAllowed
        case .payloadTooLarge: .payloadTooLarge
        case .preconditionFailed: .preconditionFailed
        }
    }

    /// A stable code for machines.
    package var code: String {
        switch self {
        case .notFound: "not_found"
        case .unauthorized: "unauthorized"
        case .forbidden: "forbidden"
        case .tooManyRequests: "too_many_requests"
        case .badRequest: "bad_request"
        case .methodNotAllowed: "method_not_allowed"
        case .payloadTooLarge: "payload_too_large"
        case .preconditionFailed: "changed_meanwhile"
        }
    }
}

extension AppError {
    /// A whole-number parameter outside its range.
    package static func outOfRange(_ name: String, min: Int, max: Int) -> AppError {
        .badRequest([
            Problem(field: name) { t in
                t(CoreText.parameterOutOfRange, ["name": name, "min": t.integer(min), "max": t.integer(max)])
            }
        ])
    }
}

extension AppError {
    /// A refused form as the API answers it: one problem per field, in the
    /// form's order; `name` gives a field's name in the API.
    package static func badRequest(_ state: FormState, name: (String) -> String = { $0 }) -> AppError {
        .badRequest(
            state.errorOrder.map { field in
                let message = state.errors[field] ?? ""
                return Problem(field: name(field)) { _ in message }
            })
    }
}

extension Optional {
    /// The value, or a 404: a record deleted between two reads of one
    /// request (someone else deleted it meanwhile) is gone, not a crash.
    package func orNotFound() throws -> Wrapped {
        guard let self else { throw AppError.notFound }
        return self
    }
}

/// The query parameters of the API that the generated code takes as they come.
package enum QueryCheck {
    /// A city's slug (`^[a-z0-9]+(-[a-z0-9]+)*$`, at most 64), or nothing.
    package static func slug(_ name: String, _ value: String?) throws -> String? {
        guard let value else { return nil }
        guard value.count <= 64, value.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil else {
            throw AppError.badRequest([Problem(field: name) { t in t(CoreText.parameterNotSlug, ["name": name]) }])
        }
        return value
    }

    /// Words of a search, at most `max` characters, or nothing.
    package static func words(_ name: String, _ value: String?, max: Int = 100) throws -> String? {
        guard let value else { return nil }
        guard value.count <= max else {
            throw AppError.badRequest([Problem(field: name) { t in t(CoreText.parameterTooLong, ["name": name, "max": t.integer(max)]) }])
        }
        return value
    }
}
