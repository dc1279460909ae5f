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
        // Pages may show personal data: never keep them in a shared cache.
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        let response = Response(status: status, headers: headers, body: .init(string: html.render()))
        if request.notice != nil {
            // The notice has been shown on this page: forget it.
            response.cookies[Notice.cookieName] = HTTPCookies.Value(string: "", maxAge: 0, path: "/", isHTTPOnly: true, sameSite: .lax)
        }
        return response
    }
}
