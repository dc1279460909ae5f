import Synchronization
import Vapor

/// The requests being answered, so that stopping the server waits for them
/// before it closes the database (a request that outlived the database would
/// crash the process on its way out).
package final class InFlightRequests: Sendable {
    private let count = Atomic<Int>(0)

    package init() {}

    package var current: Int { count.load(ordering: .relaxed) }

    package func enter() { count.add(1, ordering: .relaxed) }
    package func leave() { count.subtract(1, ordering: .relaxed) }

    /// Waits until no request is being answered, or `timeout` has passed.
    package func drained(timeout: Duration) async {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while current > 0, clock.now < deadline {
            try? await Task.sleep(for: .milliseconds(10))
        }
    }
}

/// Counts every request while it is answered; the outermost middleware.
package struct InFlightMiddleware: AsyncMiddleware {
    package let requests: InFlightRequests

    package init(requests: InFlightRequests) {
        self.requests = requests
    }

    package func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        requests.enter()
        defer { requests.leave() }
        return try await next.respond(to: request)
    }
}

extension Application {
    private struct InFlightKey: StorageKey {
        typealias Value = InFlightRequests
    }

    package var inFlightRequests: InFlightRequests {
        if let requests = storage[InFlightKey.self] { return requests }
        let requests = InFlightRequests()
        storage[InFlightKey.self] = requests
        return requests
    }

    /// Stops taking requests, lets those under way finish (up to `timeout`),
    /// then shuts the application down: the database last.
    package func stopGracefully(timeout: Duration = .seconds(10)) async throws {
        await server.shutdown()
        await inFlightRequests.drained(timeout: timeout)
    }
}
