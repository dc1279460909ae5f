import Plot
import Vapor

/// A rendered HTML page as a Vapor response.
package struct HTMLResponse: AsyncResponseEncodable {
    package var status: HTTPResponseStatus = .ok
    package let html: HTML
    /// Content already rendered, put where the page holds `contentMarker`:
    /// a large piece (a city's kept page) is then copied once, not once for
    /// every element around it as Plot renders.
    package var content: String? = nil

    /// Where `content` goes, as the page's content node.
    package static let contentMarker = "<!--zaveza:content-->"

    package init(status: HTTPResponseStatus = .ok, html: HTML, content: String? = nil) {
        self.status = status
        self.html = html
        self.content = content
    }

    /// The whole page as text.
    package var text: String {
        let layout = html.render()
        // Found in the UTF-8 bytes: Foundation's `range(of:)` bridges the whole page to an NSString.
        guard let content, let marker = layout.utf8.firstRange(of: Self.contentMarker.utf8) else { return layout }
        var text = String()
        text.reserveCapacity(layout.utf8.count + content.utf8.count)
        text += layout[..<marker.lowerBound]
        text += content
        text += layout[marker.upperBound...]
        return text
    }

    /// A response of a page already rendered.
    package static func response(html: String, status: HTTPResponseStatus) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        // Pages may show personal data: never keep them in a shared cache.
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(string: html))
    }

    package func encodeResponse(for request: Request) async throws -> Response {
        let response = Self.response(html: text, status: status)
        // The notice has been shown on this page: forget it.
        if request.notice != nil { response.forgetNotice(of: request) }
        return response
    }
}
