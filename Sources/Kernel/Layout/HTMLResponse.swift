import Foundation
import Plot
import Vapor

/// A rendered HTML page as a Vapor response.
package struct HTMLResponse: AsyncResponseEncodable {
    package var status: HTTPResponseStatus = .ok
    package let html: HTML
    /// Content already rendered, put where the page holds `contentMarker`:
    /// a large piece (a city's kept page) is then copied once, not once for
    /// every element around it as Plot renders.
    package var content: String? {
        get { pieces.isEmpty ? nil : pieces.joined() }
        set { pieces = newValue.map { [$0] } ?? [] }
    }
    /// The content in pieces, written one after the other (a kept page and
    /// each reader's form token between its pieces): nothing large is joined.
    package var pieces: [String] = []

    /// Where `content` goes, as the page's content node.
    package static let contentMarker = "<!--zaveza:content-->"

    /// The layout already rendered (kept), in place of `html`.
    package var layout: String? = nil

    package init(status: HTTPResponseStatus = .ok, html: HTML, content: String? = nil) {
        self.status = status
        self.html = html
        self.pieces = content.map { [$0] } ?? []
    }

    package init(status: HTTPResponseStatus = .ok, html: HTML, pieces: [String]) {
        self.status = status
        self.html = html
        self.pieces = pieces
    }

    /// A page whose layout was rendered before (with `contentMarker` where `content` goes).
    package init(status: HTTPResponseStatus = .ok, layout: String, pieces: [String]) {
        self.status = status
        self.html = HTML()
        self.layout = layout
        self.pieces = pieces
    }

    /// The whole page as text.
    package var text: String {
        var buffer = body
        return buffer.readString(length: buffer.readableBytes) ?? ""
    }

    /// The whole page as the bytes of the answer: the layout, with the
    /// content written where its marker is (found in the layout's bytes, a
    /// few kilobytes; the content itself is never searched or copied twice).
    package var body: ByteBuffer {
        var layout = self.layout ?? html.render()
        var buffer = ByteBufferAllocator().buffer(capacity: layout.utf8.count + pieces.reduce(0) { $0 + $1.utf8.count })
        layout.withUTF8 { bytes in
            let marker = Array(Self.contentMarker.utf8)
            guard !pieces.isEmpty, let offset = Self.first(marker, in: bytes) else {
                buffer.writeBytes(bytes)
                return
            }
            buffer.writeBytes(UnsafeBufferPointer(rebasing: bytes[..<offset]))
            for piece in pieces { buffer.writeString(piece) }
            buffer.writeBytes(UnsafeBufferPointer(rebasing: bytes[(offset + marker.count)...]))
        }
        return buffer
    }

    /// Where `needle` first starts in `bytes`.
    static func first(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let head = needle.first, bytes.count >= needle.count else { return nil }
        var index = 0
        while index <= bytes.count - needle.count {
            if bytes[index] == head {
                var match = true
                for offset in 1..<needle.count where bytes[index + offset] != needle[offset] {
                    match = false
                    break
                }
                if match { return index }
            }
            index += 1
        }
        return nil
    }

    /// A response of a page already rendered.
    package static func response(html: String, status: HTTPResponseStatus) -> Response {
        response(body: ByteBuffer(string: html), status: status)
    }

    package static func response(body: ByteBuffer, status: HTTPResponseStatus) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        // Pages may show personal data: never keep them in a shared cache.
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: status, headers: headers, body: .init(buffer: body))
    }

    package func encodeResponse(for request: Request) async throws -> Response {
        let response = Self.response(body: body, status: status)
        // The notice has been shown on this page: forget it.
        if request.notice != nil { response.forgetNotice(of: request) }
        return response
    }
}
