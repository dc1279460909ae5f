import Foundation
import Vapor
import Yams

/// Serves the API contract as written (`openapi.yaml`) and as JSON, read and
/// converted once at start-up.
package enum OpenAPIDocumentRoutes {
    package static func register(_ app: Application) throws {
        let yaml = try AppResources.text("openapi.yaml")
        let json = try jsonText(fromYAML: yaml)
        app.get(.openAPIYAML) { _ async in
            Response(status: .ok, headers: ["Content-Type": "application/yaml; charset=utf-8"], body: .init(string: yaml))
        }
        app.get(.openAPIJSON) { _ async in
            Response(status: .ok, headers: ["Content-Type": "application/json; charset=utf-8"], body: .init(string: json))
        }
    }

    package static func jsonText(fromYAML yaml: String) throws -> String {
        let object = try Yams.load(yaml: yaml)
        let data = try JSONSerialization.data(
            withJSONObject: jsonCompatible(object as Any), options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// Yams gives Swift values JSONSerialization accepts, except that keys that
    /// look like numbers (`'200'`) may come back as Int: make every key a string.
    private static func jsonCompatible(_ value: Any) -> Any {
        switch value {
        case let dictionary as [AnyHashable: Any]:
            var result: [String: Any] = [:]
            for (key, value) in dictionary { result["\(key.base)"] = jsonCompatible(value) }
            return result
        case let array as [Any]:
            return array.map(jsonCompatible)
        default:
            return value
        }
    }
}
