import Fluent
import Foundation
import OpenAPIRuntime
import Vapor
import ZavezaAPI

/// The implementation of the generated `APIProtocol` (spec first: the
/// operations come from `openapi.yaml`). Each feature adds its operations in
/// an extension in its own folder.
package struct APIHandler {
    package init() {}

    /// The Vapor request being answered. The generated handlers do not pass it
    /// on, so `APIRequestMiddleware` puts it into a task-local value.
    package var request: Request {
        get throws {
            guard let request = APIRequestMiddleware.current else {
                throw Abort(.internalServerError, reason: "API handler called outside APIRequestMiddleware")
            }
            return request
        }
    }
}

/// Makes the current request available to `APIHandler` for the duration of
/// the request (a task-local value, so concurrent requests never mix).
package struct APIRequestMiddleware: AsyncMiddleware {
    @TaskLocal package static var current: Request?

    package init() {}

    package func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // Every write needs an API token, checked before the body is read: a
        // request without one learns nothing from our validation.
        if ![.GET, .HEAD].contains(request.method) {
            guard request.headers.bearerAuthorization != nil, case .token = request.principal?.kind else { throw AppError.unauthorized }
        }
        let response = try await Self.$current.withValue(request) {
            try await next.respond(to: request)
        }
        // The generated code percent-encodes header values, which an ETag's quotes may not be.
        if let version = request.storage[RecordVersionKey.self] { response.headers.replaceOrAdd(name: .eTag, value: "\"\(version)\"") }
        return response
    }
}

private enum RecordVersionKey: StorageKey {
    typealias Value = Int
}

extension Request {
    /// The version of the record an API answer is about, sent as its `ETag`.
    package var recordVersion: Int? {
        get { storage[RecordVersionKey.self] }
        set { storage[RecordVersionKey.self] = newValue }
    }
}

/// Page and per-page parameters of every list, checked against the limits
/// in `openapi.yaml` (the generated code does not enforce them).
package struct Paging: Sendable, Equatable {
    package static let maximumPerPage = 100
    package static let maximumPage = 1_000_000

    package let page: Int
    package let perPage: Int

    package init(page: Int?, perPage: Int?, defaultPerPage: Int = 20) throws {
        let page = page ?? 1
        let perPage = perPage ?? defaultPerPage
        guard (1...Self.maximumPage).contains(page) else { throw AppError.outOfRange("page", min: 1, max: Self.maximumPage) }
        guard (1...Self.maximumPerPage).contains(perPage) else {
            throw AppError.outOfRange("per_page", min: 1, max: Self.maximumPerPage)
        }
        self.page = page
        self.perPage = perPage
    }

    package var offset: Int { (page - 1) * perPage }

    package func metadata(total: Int) -> Components.Schemas.PageInfo {
        .init(page: page, perPage: perPage, total: total, totalPages: (total + perPage - 1) / perPage)
    }
}

extension APIHandler {
    /// The first lines of every write to a city: the request, the city of
    /// `slug`, and the principal of a token that holds `permission` there.
    package func writing(
        city slug: String, _ permission: (UUID) -> Permission = Permission.editCity
    ) async throws -> (Request, City, Principal) {
        let request = try request
        let city = try await CitiesQuery.require(slug: slug, on: request.db)
        return (request, city, try requireToken(permission(city.requireID())))
    }

    /// The API token's principal if it may do `action`. Writes and private
    /// reads take bearer tokens only: a browser's session cookie is never
    /// enough, so the API needs no CSRF protection.
    package func requireToken(_ action: Permission) throws -> Principal {
        let request = try request
        guard request.headers.bearerAuthorization != nil, case .token = request.principal?.kind else { throw AppError.unauthorized }
        return try request.require(action)
    }
}
