import ClimateModel
import Vapor

/// Every JSON answer (the API, report files) writes its numbers with what
/// they mean: no more than twelve significant digits (`JSONText.meaningfulNumbers`).
package struct JSONNumbersMiddleware: AsyncMiddleware {
    package init() {}

    package func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        guard let type = response.headers.contentType, type.type == "application", type.subType.hasSuffix("json"),
            var buffer = response.body.buffer, let bytes = buffer.readBytes(length: buffer.readableBytes),
            let rounded = JSONText.meaningfulNumbers(bytes)
        else { return response }
        response.body = .init(buffer: ByteBuffer(bytes: rounded))
        return response
    }
}
