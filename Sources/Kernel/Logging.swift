import Foundation
import Logging

/// Writes each log record as one JSON object per line on standard error:
/// `{"time","level","label","message","metadata":{…},"source"}` — for log
/// collectors. Vapor adds `request-id` to the metadata of request loggers.
package struct JSONLogHandler: LogHandler {
    package var metadata: Logger.Metadata = [:]
    package var logLevel: Logger.Level
    package let label: String

    package init(label: String, level: Logger.Level) {
        self.label = label
        self.logLevel = level
    }

    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    package func log(event: LogEvent) {
        FileHandle.standardError.write(line(for: event, at: Date()))
    }

    /// The JSON line written for one record.
    package func line(for event: LogEvent, at moment: Date) -> Data {
        var fields = metadata
        if let extra = event.metadata { fields.merge(extra) { $1 } }
        var object: [String: Any] = [
            "time": Self.timestamp(moment),
            "level": event.level.rawValue,
            "label": label,
            "message": "\(event.message)",
            "source": event.source,
        ]
        if !fields.isEmpty { object["metadata"] = fields.mapValues(Self.plain) }
        var data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        data.append(0x0A)
        return data
    }

    private static func plain(_ value: Logger.Metadata.Value) -> Any {
        switch value {
        case .string(let text): text
        case .stringConvertible(let value): value.description
        case .array(let values): values.map(plain)
        case .dictionary(let values): values.mapValues(plain)
        }
    }

    private static func timestamp(_ moment: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: moment)
    }
}

/// Credentials and one-time secrets never reach the logs: bearer tokens,
/// API tokens, session and CSRF cookies and the secrets of one-time links are
/// replaced, wherever they appear in a message or its metadata (an error's
/// description may carry the whole request).
package enum Redaction {
    private static let patterns: [(NSRegularExpression, String)] = [
        (#"(?i)(bearer\s+)[^\s",;\]\)]+"#, "$1[redacted]"),
        (#"zv_[A-Za-z0-9_-]{8,}"#, "zv_[redacted]"),
        (#"(zaveza_(?:session|csrf)=)[^;\s",\]\)]+"#, "$1[redacted]"),
        (##"(/password/reset/|/register/confirm/)[^/?\s"#,\]\)]+"##, "$1[secret]"),
    ].map { (try! NSRegularExpression(pattern: $0.0), $0.1) }

    package static func redact(_ text: String) -> String {
        var text = text
        for (expression, template) in patterns {
            text = expression.stringByReplacingMatches(
                in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
        }
        return text
    }

    /// The text with each one-time link (path or full address) replaced by `replacement`.
    package static func hidingLinks(_ text: String, with replacement: String) -> String {
        let template = NSRegularExpression.escapedTemplate(for: replacement)
        return oneTimeLink.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    private static let oneTimeLink = try! NSRegularExpression(
        pattern: #"(?:https?://[^\s/]+)?/(?:password/reset|register/confirm)/[A-Za-z0-9_-]+"#)

    package static func redact(_ value: Logger.Metadata.Value) -> Logger.Metadata.Value {
        switch value {
        case .string(let text): .string(redact(text))
        case .stringConvertible(let value): .string(redact(value.description))
        case .array(let values): .array(values.map(redact))
        case .dictionary(let values): .dictionary(values.mapValues(redact))
        }
    }
}

/// A log handler that redacts (`Redaction`) every record before another writes it.
package struct RedactingLogHandler<Inner: LogHandler>: LogHandler {
    package var inner: Inner

    package init(_ inner: Inner) {
        self.inner = inner
    }

    package var metadata: Logger.Metadata {
        get { inner.metadata }
        set { inner.metadata = newValue }
    }

    package var logLevel: Logger.Level {
        get { inner.logLevel }
        set { inner.logLevel = newValue }
    }

    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { inner[metadataKey: key] }
        set { inner[metadataKey: key] = newValue }
    }

    package func log(event: LogEvent) {
        var event = event
        event.message = "\(Redaction.redact(event.message.description))"
        event.metadata = event.metadata?.mapValues(Redaction.redact)
        inner.log(event: event)
    }
}
