import ClimateModel
import Vapor

/// A file sent with a form (`file`), or its text pasted into the form's text
/// box (`csv`): one way to take a table for every import page.
package struct Upload: Sendable {
    /// The text to read: the file's when one was chosen (UTF-8 or
    /// Windows-1250, detected), else the pasted one, without the byte-order
    /// mark a spreadsheet may start a file with.
    package let text: String
    /// What was pasted, to show again with the problems.
    package let pasted: String
}

extension Request {
    /// The upload of an import form, read from the body once.
    package func upload() throws -> Upload {
        struct Body: Content {
            var file: File?
            var csv: String?
        }
        let body = try content.decode(Body.self)
        var text = body.csv ?? ""
        if let file = body.file, file.data.readableBytes > 0 { text = CSVTable.text(decoding: Array(file.data.readableBytesView)) }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return Upload(text: text, pasted: body.csv ?? "")
    }
}
