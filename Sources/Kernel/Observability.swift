import Fluent
import Foundation
import Metrics
import Prometheus
import SQLKit
import Vapor

/// Health, metrics and request ids: what operators need to run Zaveza.
package enum Observability {
    /// The process-wide Prometheus registry. swift-metrics allows one backend per
    /// process, so every application built in this process (tests build many)
    /// shares it; Vapor reports `http_requests_total` and the
    /// `http_request_duration_seconds` histogram into it by route and status.
    package static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
            .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
            .seconds(1), .milliseconds(2500), .seconds(5), .seconds(10),
        ]
        MetricsSystem.bootstrap(factory)
        return registry
    }()

    package static func register(_ routes: any RoutesBuilder, metricsToken: String?) {
        _ = registry
        routes.get(.healthz) { request async -> Response in
            struct Health: Content {
                let status: String
                let database: String
            }
            do {
                if let sql = request.db as? any SQLDatabase {
                    try await sql.raw("SELECT 1").run()
                }
                return try await Health(status: "ok", database: "ok").encodeResponse(status: .ok, for: request)
            } catch {
                request.logger.error("health check: database unreachable: \(String(reflecting: error))")
                let response = Response(status: .serviceUnavailable)
                try? response.content.encode(Health(status: "unavailable", database: "unreachable"))
                return response
            }
        }
        routes.get(.metrics) { request async throws -> Response in
            // Metrics say what the site is doing: for the operator only.
            if let metricsToken {
                guard let sent = request.headers.bearerAuthorization?.token, Secrets.equal(sent, metricsToken) else {
                    throw AppError.unauthorized
                }
            } else if !isLoopback(request.clientAddress) || isForwarded(request) {
                // Without a token, only this machine: not a visitor whom a
                // proxy on this machine passes on (it says so in a header,
                // even when it is not named in ZAVEZA_TRUSTED_PROXIES).
                throw AppError.notFound
            }
            var buffer: [UInt8] = []
            buffer.reserveCapacity(16 * 1024)
            registry.emit(into: &buffer)
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
            return Response(status: .ok, headers: headers, body: .init(data: Data(buffer)))
        }
    }
}

/// Whether a proxy passed the request on.
package func isForwarded(_ request: Request) -> Bool {
    ["X-Forwarded-For", "Forwarded", "X-Real-IP"].contains { request.headers.first(name: $0) != nil }
}

/// Whether an address is this machine's own.
package func isLoopback(_ address: String) -> Bool {
    ["127.0.0.0/8", "::1"].compactMap(AddressRange.init).contains { $0.contains(address) }
}

/// Returns the request id (taken from an incoming `X-Request-Id`, else made
/// by Vapor) in the `X-Request-Id` response header, so a user's report can be
/// matched with the logs.
package struct RequestIdMiddleware: AsyncMiddleware {
    package init() {}

    package func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: .xRequestId, value: request.id)
        return response
    }
}
