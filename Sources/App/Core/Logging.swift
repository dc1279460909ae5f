import Foundation
import Logging

/// Writes each log record as one JSON object per line on standard error:
/// `{"time","level","label","message","metadata":{…},"source"}` — for log
/// collectors. Vapor adds `request-id` to the metadata of request loggers.
package struct JSONLogHandler: LogHandler {
    package var metadata: Logger.Metadata = [:]
    package var logLevel: Logger.Level
    let label: String

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
