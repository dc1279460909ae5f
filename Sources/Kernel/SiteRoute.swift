import Foundation
import Vapor

/// An address of the site, typed. Routes are registered from these values
/// and every link is built from them, so no URL is written as a string
/// literal anywhere else. The kernel declares its own addresses here; each
/// area declares its own in an extension in its folder
/// (`static func cityActions(slug:filter:) -> SiteRoute`), so a link reads
/// `.cityActions(slug: city.slug)` wherever it is.
package struct SiteRoute: Sendable, Equatable {
    /// One segment of the path: fixed, or a parameter with its value.
    package enum Component: Sendable, Equatable {
        case constant(String)
        case parameter(name: String, value: String)
    }

    package struct QueryItem: Sendable, Equatable {
        package let name: String
        package let value: String
    }

    package let components: [Component]
    package let query: [QueryItem]

    package init(_ components: [Component], query: [(String, String)] = []) {
        self.components = components
        self.query = query.map { QueryItem(name: $0.0, value: $0.1) }
    }

    /// The spreadsheet form of a CSV download (`CSVDownload`).
    package var excel: SiteRoute {
        SiteRoute(components, query: query.map { ($0.name, $0.value) } + [CSVDownload.excel])
    }

    package static let home = SiteRoute([])
    package static func cities(membership: MembershipFilter? = nil) -> SiteRoute {
        SiteRoute([.constant("cities")], query: membership.map { [("membership", $0.rawValue)] } ?? [])
    }
    package static func city(slug: String) -> SiteRoute { SiteRoute([.constant("cities"), .parameter(name: Parameter.slug, value: slug)]) }
    package static func language(_ language: Language, back: String) -> SiteRoute {
        SiteRoute([.constant("language"), .parameter(name: Parameter.language, value: language.rawValue)], query: [("back", back)])
    }
    package static let stylesheet = SiteRoute([.constant("static"), .constant("style.css")])
    package static let healthz = SiteRoute([.constant("healthz")])
    package static let metrics = SiteRoute([.constant("metrics")])
    package static let openAPIYAML = SiteRoute([.constant("api"), .constant("v1"), .constant("openapi.yaml")])
    package static let openAPIJSON = SiteRoute([.constant("api"), .constant("v1"), .constant("openapi.json")])

    // Accounts
    package static func login(next: String? = nil) -> SiteRoute {
        SiteRoute([.constant("login")], query: next.map { [("next", $0)] } ?? [])
    }
    package static let logout = SiteRoute([.constant("logout")])
    package static let register = SiteRoute([.constant("register")])
    package static func registerConfirm(token: String) -> SiteRoute {
        SiteRoute([.constant("register"), .constant("confirm"), .parameter(name: Parameter.token, value: token)])
    }
    package static let account = SiteRoute([.constant("account")])
    package static let accountPassword = SiteRoute([.constant("account"), .constant("password")])
    package static let passwordForgot = SiteRoute([.constant("password"), .constant("forgot")])
    package static func passwordReset(token: String) -> SiteRoute {
        SiteRoute([.constant("password"), .constant("reset"), .parameter(name: Parameter.token, value: token)])
    }
    package static let outbox = SiteRoute([.constant("outbox")])

    // A city's people and machine tokens
    package static func cityPeople(slug: String) -> SiteRoute { citySection(slug, "people") }
    package static func cityPeopleRemove(slug: String, id: UUID) -> SiteRoute {
        citySection(slug, "people", [.parameter(name: Parameter.id, value: id.uuidString), .constant("remove")])
    }
    package static func cityTokens(slug: String) -> SiteRoute { citySection(slug, "tokens") }

    // A city's deleted records and their restoring (`Removal`, `Restorable`)
    package static func cityDeleted(slug: String) -> SiteRoute { citySection(slug, "deleted") }
    /// `back`: the page to return to after an undo.
    package static func cityRestore(slug: String, type: String, id: UUID, back: String? = nil) -> SiteRoute {
        citySection(
            slug, "deleted",
            [.parameter(name: Parameter.type, value: type), .parameter(name: Parameter.id, value: id.uuidString), .constant("restore")],
            query: back.map { [("back", $0)] } ?? [])
    }
    package static func cityTokenRevoke(slug: String, id: UUID) -> SiteRoute {
        citySection(slug, "tokens", [.parameter(name: Parameter.id, value: id.uuidString), .constant("revoke")])
    }

    /// `/cities/{slug}/{section}` and what follows: a part of a city's workspace.
    package static func citySection(_ slug: String, _ section: String, _ rest: [Component] = [], query: [(String, String)] = [])
        -> SiteRoute
    {
        SiteRoute([.constant("cities"), .parameter(name: Parameter.slug, value: slug), .constant(section)] + rest, query: query)
    }

    /// `/api/v1/cities/{slug}/{section}` and what follows.
    package static func apiCitySection(_ slug: String, _ section: String, _ rest: [Component] = []) -> SiteRoute {
        SiteRoute(
            [.constant("api"), .constant("v1"), .constant("cities"), .parameter(name: Parameter.slug, value: slug), .constant(section)]
                + rest)
    }

    /// Which cities a list shows.
    package enum MembershipFilter: String, Sendable, CaseIterable {
        case members
        case others
    }

    /// Names of path parameters, shared by registration and handlers.
    package enum Parameter {
        package static let slug = "slug"
        package static let language = "language"
        package static let id = "id"
        package static let token = "token"
        package static let type = "type"
        package static let year = "year"
        package static let value = "value"
        package static let kind = "kind"
    }

    /// The prefix of the JSON API; the OpenAPI document's `servers` entry.
    package static let apiPrefix = "/api/v1"

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
            + query.map { item in
                "\(item.name)=\(item.value.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? item.value)"
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
    /// Registers a POST handler (a form) on a typed route.
    @discardableResult
    package func post<Response: AsyncResponseEncodable>(
        _ route: SiteRoute,
        use handler: @Sendable @escaping (Request) async throws -> Response
    ) -> Route {
        self.on(.POST, route.pattern, use: handler)
    }

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

    /// A path parameter that must be a year; anything else is a 404.
    package func yearParameter() throws -> Int {
        guard let year = Int(try parameter(SiteRoute.Parameter.year)), (1900...2200).contains(year) else { throw AppError.notFound }
        return year
    }

    /// A path parameter that must be a UUID; anything else is a 404.
    package func uuidParameter(_ name: String = SiteRoute.Parameter.id) throws -> UUID {
        guard let id = UUID(uuidString: try parameter(name)) else { throw AppError.notFound }
        return id
    }
}
