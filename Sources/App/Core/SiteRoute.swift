import Foundation
import Vapor

/// Every address of the site, typed. Routes are registered from these values
/// and every link is built from them, so no URL is written as a string literal
/// anywhere else.
package enum SiteRoute: Sendable, Equatable {
    case home
    case cities(membership: MembershipFilter? = nil)
    case city(slug: String)
    case language(Language, back: String)
    case stylesheet
    case healthz
    case metrics
    case openAPIYAML
    case openAPIJSON
    case apiCities
    case apiCity(slug: String)

    /// Which cities a list shows.
    package enum MembershipFilter: String, Sendable, CaseIterable {
        case members
        case others
    }

    /// Names of path parameters, shared by registration and handlers.
    package enum Parameter {
        package static let slug = "slug"
        package static let language = "language"
    }

    /// The prefix of the JSON API; the OpenAPI document's `servers` entry.
    package static let apiPrefix = "/api/v1"

    private enum Component {
        case constant(String)
        case parameter(name: String, value: String)
    }

    private var components: [Component] {
        switch self {
        case .home: []
        case .cities: [.constant("cities")]
        case .city(let slug): [.constant("cities"), .parameter(name: Parameter.slug, value: slug)]
        case .language(let language, _): [.constant("language"), .parameter(name: Parameter.language, value: language.rawValue)]
        case .stylesheet: [.constant("static"), .constant("style.css")]
        case .healthz: [.constant("healthz")]
        case .metrics: [.constant("metrics")]
        case .openAPIYAML: [.constant("api"), .constant("v1"), .constant("openapi.yaml")]
        case .openAPIJSON: [.constant("api"), .constant("v1"), .constant("openapi.json")]
        case .apiCities: [.constant("api"), .constant("v1"), .constant("cities")]
        case .apiCity(let slug): [.constant("api"), .constant("v1"), .constant("cities"), .parameter(name: Parameter.slug, value: slug)]
        }
    }

    private var query: [(String, String)] {
        switch self {
        case .cities(let membership?): [("membership", membership.rawValue)]
        case .language(_, let back): [("back", back)]
        default: []
        }
    }

    /// The address to link to: path and query, percent-encoded.
    package var path: String {
        let path =
            "/"
            + components.map { component in
                switch component {
                case .constant(let text): text
                case .parameter(_, let value): value.addingPercentEncoding(withAllowedCharacters: .urlPathSegmentAllowed) ?? value
                }
            }.joined(separator: "/")
        guard !query.isEmpty else { return path }
        return path + "?"
            + query.map { name, value in
                "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? value)"
            }.joined(separator: "&")
    }

    /// The pattern to register a handler on: parameters become `:name`; the
    /// values of this instance's parameters and query are ignored.
    package var pattern: [PathComponent] {
        components.map { component in
            switch component {
            case .constant(let text): .constant(text)
            case .parameter(let name, _): .parameter(name)
            }
        }
    }
}

extension CharacterSet {
    fileprivate static let urlPathSegmentAllowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))
    fileprivate static let urlQueryValueAllowed = CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+?#"))
}

extension RoutesBuilder {
    /// Registers a GET handler on a typed route.
    @discardableResult
    package func get<Response: AsyncResponseEncodable>(
        _ route: SiteRoute,
        use handler: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        self.on(.GET, route.pattern, use: handler)
    }
}

extension Request {
    /// A path parameter that the route pattern guarantees.
    package func parameter(_ name: String) throws -> String {
        try parameters.require(name)
    }
}
