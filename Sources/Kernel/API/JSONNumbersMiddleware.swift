import ClimateModel
import Vapor

/// Every JSON answer of the API (and a report's JSON file) writes its
/// numbers with what they mean: no more than twelve significant digits
/// (`JSONText.meaningfulNumbers`). On the API it sits inside the public
/// answers' cache, so a kept answer is rounded once.
package struct JSONNumbersMiddleware: AsyncMiddleware {
    package init() {}

    package func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        guard let type = response.headers.contentType, type.type == "application", type.subType.hasSuffix("json") else {
            return response
        }
        // The generated API answers stream their bodies: gathered here (they are a page of JSON, not a file).
        guard var buffer = try await response.body.collect(on: request.eventLoop).get() else { return response }
        let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
        response.body = .init(buffer: ByteBuffer(bytes: JSONText.meaningfulNumbers(bytes) ?? bytes))
        return response
    }
}
