import Foundation
import Logging

/// Everything the application reads from its environment, read once and
/// checked at once: a bad value stops start-up with every problem listed.
package struct AppConfiguration: Sendable {
    package enum DatabaseLocation: Sendable, Equatable {
        /// An SQLite file (the embedded default).
        case sqliteFile(path: String)
        /// An in-memory SQLite database (tests).
        case sqliteMemory
        /// A PostgreSQL server, by connection URL.
        case postgres(url: String)

        /// For messages: the file, or the server without its password.
        package var displayName: String {
            switch self {
            case .sqliteFile(let path):
                return "SQLite \(path)"
            case .sqliteMemory:
                return "SQLite (memory)"
            case .postgres(let url):
                guard var components = URLComponents(string: url) else { return "PostgreSQL" }
                if components.password != nil { components.password = "***" }
                return "PostgreSQL \(components.string ?? "")"
            }
        }
    }

    package enum LogFormat: String, Sendable, CaseIterable {
        case text, json
    }

    package var database: DatabaseLocation
    /// Where the SQLite file lives (and the attached files, unless `filesDirectory` says otherwise).
    package var dataDirectory: String
    /// Where attached files are kept (`ZAVEZA_FILES_DIR`); `nil`: `files` in the data directory.
    package var filesDirectory: String?
    /// Vapor's environment name: development, production or testing.
    package var environmentName: String
    package var logLevel: Logger.Level
    package var logFormat: LogFormat
    /// The language of command-line messages.
    package var cliLanguage: Language
    /// Reverse proxies whose `X-Forwarded-For` is believed (none by default).
    package var trustedProxies: [AddressRange]
    /// The search path of a PostgreSQL connection (tests give each its own schema).
    package var postgresSchema: String?
    /// The bearer token `/metrics` asks for; without one, `/metrics` answers
    /// only requests from this machine (loopback).
    package var metricsToken: String?

    package init(
        database: DatabaseLocation,
        dataDirectory: String = "./data",
        environmentName: String = "development",
        logLevel: Logger.Level = .info,
        logFormat: LogFormat = .text,
        cliLanguage: Language = .sl,
        trustedProxies: [AddressRange] = [],
        postgresSchema: String? = nil,
        metricsToken: String? = nil,
        filesDirectory: String? = nil
    ) {
        self.database = database
        self.dataDirectory = dataDirectory
        self.filesDirectory = filesDirectory
        self.environmentName = environmentName
        self.logLevel = logLevel
        self.logFormat = logFormat
        self.cliLanguage = cliLanguage
        self.trustedProxies = trustedProxies
        self.postgresSchema = postgresSchema
        self.metricsToken = metricsToken
    }

    /// The variables this reads, with what they mean (also in `.env.example`).
    package static let variables: [(name: String, meaning: String)] = [
        ("ZAVEZA_DATA_DIR", "folder of the SQLite database (default ./data)"),
        ("ZAVEZA_FILES_DIR", "folder of attached files (default: files in ZAVEZA_DATA_DIR)"),
        ("DATABASE_URL", "postgres://user:password@host:port/database — use PostgreSQL instead of SQLite"),
        ("ZAVEZA_ENV", "development (default), production or testing"),
        ("LOG_LEVEL", "trace, debug, info (default), notice, warning, error or critical"),
        ("ZAVEZA_LOG_FORMAT", "text (default) or json: one JSON object per line"),
        ("ZAVEZA_LANG", "language of command-line messages: sl (default) or en"),
        ("ZAVEZA_TRUSTED_PROXIES", "reverse proxies whose X-Forwarded-For is believed, e.g. 127.0.0.1, 10.0.0.0/8 (default: none)"),
        ("ZAVEZA_METRICS_TOKEN", "bearer token that /metrics asks for (at least 20 characters; default: /metrics answers only loopback)"),
    ]

    /// ZAVEZA_LANG, the language of command-line messages (Slovenian by
    /// default), and the problem with a value that is neither `sl` nor `en`
    /// (the messages are then Slovenian).
    package static func cliLanguage(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> (
        Language, problem: String?
    ) {
        guard let text = environment["ZAVEZA_LANG"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return (.default, nil) }
        guard let language = Language(rawValue: text) else { return (.default, "ZAVEZA_LANG: \"\(text)\" is not one of sl, en") }
        return (language, nil)
    }

    /// Reads the configuration from environment variables.
    /// - Throws: `ConfigurationError` listing every invalid variable.
    package static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> AppConfiguration {
        var problems: [String] = []
        func value(_ name: String) -> String? {
            guard let raw = environment[name]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            return raw
        }

        let dataDirectory = value("ZAVEZA_DATA_DIR") ?? "./data"
        var database = DatabaseLocation.sqliteFile(path: dataDirectory + "/zaveza.sqlite")
        if let url = value("DATABASE_URL") {
            if let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme ?? ""),
                components.host?.isEmpty == false
            {
                database = .postgres(url: url)
            } else {
                problems.append("DATABASE_URL: expected postgres://user:password@host:port/database")
            }
        }

        let environmentName = value("ZAVEZA_ENV") ?? "development"
        if !["development", "production", "testing"].contains(environmentName) {
            problems.append("ZAVEZA_ENV: \"\(environmentName)\" is not one of development, production, testing")
        }

        var logLevel = Logger.Level.info
        if let text = value("LOG_LEVEL") {
            if let level = Logger.Level(rawValue: text.lowercased()) {
                logLevel = level
            } else {
                problems.append("LOG_LEVEL: \"\(text)\" is not one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        var logFormat = LogFormat.text
        if let text = value("ZAVEZA_LOG_FORMAT") {
            if let format = LogFormat(rawValue: text) {
                logFormat = format
            } else {
                problems.append("ZAVEZA_LOG_FORMAT: \"\(text)\" is not one of text, json")
            }
        }

        let (cliLanguage, languageProblem) = Self.cliLanguage(environment)
        if let languageProblem { problems.append(languageProblem) }

        var trustedProxies: [AddressRange] = []
        if let text = value("ZAVEZA_TRUSTED_PROXIES") {
            for item in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
                if let range = AddressRange(item) {
                    trustedProxies.append(range)
                } else {
                    problems.append("ZAVEZA_TRUSTED_PROXIES: \"\(item)\" is not an IP address or a block such as 10.0.0.0/8")
                }
            }
        }

        let metricsToken = value("ZAVEZA_METRICS_TOKEN")
        if let metricsToken, metricsToken.count < 20 {
            problems.append("ZAVEZA_METRICS_TOKEN: at least 20 characters, so that it cannot be guessed")
        }

        guard problems.isEmpty else { throw ConfigurationError(problems: problems) }
        return AppConfiguration(
            database: database,
            dataDirectory: dataDirectory,
            environmentName: environmentName,
            logLevel: logLevel,
            logFormat: logFormat,
            cliLanguage: cliLanguage,
            trustedProxies: trustedProxies,
            metricsToken: metricsToken,
            filesDirectory: value("ZAVEZA_FILES_DIR")
        )
    }
}

/// Every problem found in the configuration, one line each, naming the variable.
package struct ConfigurationError: Error, CustomStringConvertible {
    package let problems: [String]
    package var description: String { problems.joined(separator: "\n") }
}

extension AppConfiguration {
    /// The folder attached files are kept in.
    package var filesFolder: String { filesDirectory ?? dataDirectory + "/files" }
}
