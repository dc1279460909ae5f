import Vapor

/// At most `limit` of one kind of heavy work (a model run a visitor asks
/// for) at once in this process; the next ones wait their turn, and beyond
/// `queue` waiting a request is told to come back (429), so a flood of
/// requests cannot hold every core. Waiting suspends the task, never a thread.
package actor ComputeGate {
    private let limit: Int
    private let queue: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    package init(limit: Int, queue: Int) {
        self.limit = limit
        self.queue = queue
    }

    private func enter() async throws {
        if running < limit {
            running += 1
            return
        }
        guard waiting.count < queue else { throw AppError.tooManyRequests(retryAfter: 1) }
        // `leave` hands its place over: `running` stays as it is.
        await withCheckedContinuation { waiting.append($0) }
    }

    private func leave() {
        if waiting.isEmpty { running -= 1 } else { waiting.removeFirst().resume() }
    }

    /// Runs `work` when its turn comes.
    package func run<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
        try await enter()
        do {
            let value = try await work()
            leave()
            return value
        } catch {
            leave()
            throw error
        }
    }
}

extension Application {
    private struct GatesKey: StorageKey {
        typealias Value = Gates
    }

    /// The gates of this application, by the kind of work.
    package final class Gates: Sendable {
        /// A visitor's what-if: two model runs at once (the cores), sixteen waiting.
        package let whatIf = ComputeGate(limit: 2, queue: 16)
        /// The partnership's overview worked out anew: one at a time, the others then find it kept.
        package let overview = ComputeGate(limit: 1, queue: 64)
    }

    package var gates: Gates {
        if let gates = storage[GatesKey.self] { return gates }
        let gates = Gates()
        storage[GatesKey.self] = gates
        return gates
    }
}
