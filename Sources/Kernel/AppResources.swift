import Foundation

/// Files shipped with the application (`Sources/App/Resources`).
package enum AppResources {
    /// The folder of the shipped resources.
    /// On Linux the bundle is a plain folder holding `Resources`; on macOS the
    /// folder sits in the bundle's resource directory.
    package static let directory: URL = {
        let candidates = [Bundle.module.bundleURL, Bundle.module.resourceURL].compactMap { $0 }
            .map { $0.appendingPathComponent("Resources", isDirectory: true) }
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("openapi.yaml").path) }
            ?? candidates[0]
    }()

    /// A shipped file by its path below `Resources`, such as `Demo/cities.csv`.
    package static func url(_ path: String) -> URL {
        directory.appendingPathComponent(path)
    }

    /// A shipped text file's contents.
    package static func text(_ path: String) throws -> String {
        try String(contentsOf: url(path), encoding: .utf8)
    }
}
