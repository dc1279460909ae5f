import Fluent
import Foundation
import Vapor

/// Keeps the public API's answers about a city's workspace (its actions,
/// pathway and submitted inventories) in memory under the city's token, so
/// the same question is answered again from memory until the city's data
/// change. Each answer carries an ETag; a client that sends it back gets 304.
/// Requests with a token are never kept: they may see drafts.
package struct PublicAnswerCache: AsyncMiddleware {
    /// The parts of a city's API address whose answers depend only on the workspace data.
    package static let sections: Set<String> = ["actions", "pathway", "inventories", "indicators", "hazards", "reports", "factors"]

    private struct Kept: Sendable {
        let contentType: String
        let body: ByteBuffer
        let etag: String
    }

    package init() {}

    /// The city's slug if the address is one of the kept answers.
    package static func slug(of path: String) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        // api, v1, cities, {slug}, {section}[, {year}]
        guard (5...6).contains(parts.count), parts[0] == "api", parts[1] == "v1", parts[2] == "cities", sections.contains(String(parts[4]))
        else { return nil }
        if parts.count == 6, !["inventories", "reports"].contains(parts[4]) { return nil }
        return String(parts[3])
    }

    /// What an answer is kept under, and which query parameters make it: a
    /// city's token, or every city's for a feature's partnership answer.
    func scope(_ request: Request) async throws -> (token: UUID, parameters: Set<String>, partnership: Bool)? {
        if let slug = Self.slug(of: request.url.path) {
            return try await Workspace.token(slug: slug, on: request.db).map { ($0.token, Self.parameters, false) }
        }
        let parts = request.url.path.split(separator: "/", omittingEmptySubsequences: true)
        guard parts.count > 2, parts[0] == "api", parts[1] == "v1",
            let kept = request.application.features.keptAnswers.first(where: { $0.matches(Array(parts.dropFirst(2))) })
        else { return nil }
        return (try await Workspace.allToken(on: request.db), kept.parameters, true)
    }

    package func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .GET, request.headers.bearerAuthorization == nil,
            let (token, parameters, partnership) = try await scope(request)
        else { return try await next.respond(to: request) }
        // A query too broken to read is answered, never kept: its key could be another answer's.
        guard let key = Self.key(request, parameters: parameters) else { return try await next.respond(to: request) }
        // A partnership answer that anyone's words or paging chose is kept apart, in the smaller memory.
        let memory = partnership && !key.hasSuffix("?") ? request.application.searchMemory : request.application.workspaceMemory
        if let kept = memory.value(key, token: token, as: Kept.self) {
            if request.headers.first(name: .ifNoneMatch) == kept.etag {
                return Response(status: .notModified, headers: ["ETag": kept.etag])
            }
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .contentType, value: kept.contentType)
            headers.replaceOrAdd(name: .eTag, value: kept.etag)
            headers.replaceOrAdd(name: .contentLanguage, value: request.language.rawValue)
            return Response(status: .ok, headers: headers, body: .init(buffer: kept.body))
        }
        let response = try await next.respond(to: request)
        guard response.status == .ok, let body = try await response.body.collect(on: request.eventLoop).get() else { return response }
        // The token and the address make the tag: the same answer has the same tag on every instance.
        let etag = "\"\(token.uuidString.prefix(13))-\(String(UInt32(truncatingIfNeeded: Self.hash(key)), radix: 36))\""
        memory.keep(
            Kept(contentType: response.headers.first(name: .contentType) ?? "application/json", body: body, etag: etag), key, token: token)
        response.body = .init(buffer: body)
        response.headers.replaceOrAdd(name: .eTag, value: etag)
        return response
    }

    /// The query parameters the kept answers depend on (openapi.yaml); any
    /// other part of the query changes nothing in the answer.
    package static let parameters: Set<String> = ["page", "per_page", "field", "status", "purpose"]

    /// The answer's key: its language, path and known parameters in a fixed
    /// order, so junk in the query string cannot fill the memory and push
    /// every city's answers out; `nil` when the query cannot be read.
    package static func key(_ request: Request, parameters: Set<String> = parameters) -> String? {
        var items: [String] = []
        for pair in (request.url.query ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = String(parts[0]).removingPercentEncoding,
                let value = (parts.count > 1 ? String(parts[1]) : "").removingPercentEncoding
            else { return nil }
            if parameters.contains(name) { items.append("\(name)=\(value)") }
        }
        let query = items.sorted().joined(separator: "&")
        return "answer:\(request.language.rawValue):\(request.url.path)?\(query)"
    }

    /// FNV-1a: stable across processes, unlike `Hasher`.
    package static func hash(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}
