import Plot
import Vapor

/// A rendered HTML page as a Vapor response.
package struct HTMLResponse: AsyncResponseEncodable {
    package var status: HTTPResponseStatus = .ok
    package let html: HTML

    package init(status: HTTPResponseStatus = .ok, html: HTML) {
        self.status = status
        self.html = html
    }

    package func encodeResponse(for request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: html.render()))
    }
}
