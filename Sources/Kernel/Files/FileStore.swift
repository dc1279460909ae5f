import Crypto
import Foundation
import Vapor

/// A kind of file people may attach, told by its content, never by its name.
package enum FileKind: String, Codable, Sendable, CaseIterable {
    case pdf, png, jpeg, odt, docx

    package var contentType: String {
        switch self {
        case .pdf: "application/pdf"
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        case .odt: "application/vnd.oasis.opendocument.text"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        }
    }

    /// What the bytes are: a PDF, PNG or JPEG by its signature; an ODT by the
    /// `mimetype` entry an OpenDocument file starts with; a DOCX by the Word
    /// part of a ZIP package. Anything else is `nil`.
    package static func detect(_ bytes: [UInt8]) -> FileKind? {
        func starts(_ prefix: [UInt8]) -> Bool { bytes.count >= prefix.count && Array(bytes[0..<prefix.count]) == prefix }
        if starts(Array("%PDF-".utf8)) { return .pdf }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        guard starts([0x50, 0x4B, 0x03, 0x04]) else { return nil }
        // OpenDocument: the first entry is `mimetype`, stored, holding the type.
        let odt = Array("mimetypeapplication/vnd.oasis.opendocument.text".utf8)
        if bytes.count >= 30 + odt.count, Array(bytes[30..<(30 + odt.count)]) == odt { return .odt }
        // Office Open XML: a ZIP whose entries name `[Content_Types].xml` and `word/document.xml`.
        if contains(bytes, Array("[Content_Types].xml".utf8)), contains(bytes, Array("word/document.xml".utf8)) { return .docx }
        return nil
    }

    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard bytes.count >= needle.count, let first = needle.first else { return false }
        var index = 0
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}

/// Files people attach, kept on disk by the SHA-256 of their content
/// (`ab/abcdef…`): written once, never changed, so two records may share one
/// and a backup copies them as they are. The database holds the records
/// that name them.
package struct FileStore: Sendable {
    package let directory: String
    /// The largest file taken.
    package static let maximumSize = 20 * 1024 * 1024

    package init(directory: String) {
        self.directory = directory
    }

    /// Where a file of this digest lives.
    package func path(_ sha256: String) -> String {
        directory + "/" + String(sha256.prefix(2)) + "/" + sha256
    }

    /// Writes the bytes (unless a file of the same content is there) and returns their digest.
    package func store(_ bytes: [UInt8]) throws -> String {
        let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        let target = path(digest)
        let manager = FileManager.default
        if manager.fileExists(atPath: target) { return digest }
        try manager.createDirectory(atPath: directory + "/" + String(digest.prefix(2)), withIntermediateDirectories: true)
        // Written beside and moved into place: a reader never sees half a file.
        let partial = target + ".part-" + UUID().uuidString
        guard manager.createFile(atPath: partial, contents: Data(bytes)) else { throw Abort(.internalServerError) }
        do {
            try manager.moveItem(atPath: partial, toPath: target)
        } catch {
            try? manager.removeItem(atPath: partial)
            if !manager.fileExists(atPath: target) { throw error }
        }
        return digest
    }

    /// Copies every stored file into `destination` (a folder that must not exist yet), in the same layout.
    package func copy(to destination: String) throws -> Int {
        let manager = FileManager.default
        try manager.createDirectory(atPath: destination, withIntermediateDirectories: false)
        var count = 0
        guard let folders = try? manager.contentsOfDirectory(atPath: directory) else { return 0 }
        for folder in folders.sorted() where folder.count == 2 {
            try manager.createDirectory(atPath: destination + "/" + folder, withIntermediateDirectories: false)
            for file in try manager.contentsOfDirectory(atPath: directory + "/" + folder) where !file.contains(".part-") {
                try manager.copyItem(atPath: directory + "/" + folder + "/" + file, toPath: destination + "/" + folder + "/" + file)
                count += 1
            }
        }
        return count
    }

    /// A file's answer: its type, its name for the browser (RFC 6266, with
    /// the UTF-8 form for names beyond ASCII), never sniffed into another type.
    package func response(sha256: String, name: String, kind: FileKind) throws -> Response {
        guard let data = FileManager.default.contents(atPath: path(sha256)) else { throw AppError.notFound }
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: kind.contentType)
        let ascii = String(name.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 ? Character($0) : "_" })
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ascii
        let disposition = kind == .png || kind == .jpeg || kind == .pdf ? "inline" : "attachment"
        response.headers.replaceOrAdd(
            name: .contentDisposition, value: "\(disposition); filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)")
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, max-age=3600")
        return response
    }
}

/// The name a file came with, checked: no folders, no control characters, a
/// length a page can show.
package enum FileName {
    package enum Problem: Sendable { case empty, path, control, long }

    package static func check(_ name: String) -> Problem? {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .empty }
        if trimmed.contains("/") || trimmed.contains("\\") || trimmed == "." || trimmed == ".." { return .path }
        if trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format })
        {
            return .control
        }
        if trimmed.count > 200 { return .long }
        return nil
    }
}

private enum FileStoreKey: StorageKey {
    typealias Value = FileStore
}

extension Application {
    /// Where attached files are kept (set from the configuration by the composition root).
    package var files: FileStore {
        get { storage[FileStoreKey.self] ?? FileStore(directory: "./data/files") }
        set { storage[FileStoreKey.self] = newValue }
    }
}
