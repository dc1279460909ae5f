import Foundation
import Vapor

/// Every address of the site, typed. Routes are registered from these values
/// and every link is built from them, so no URL is written as a string literal
/// anywhere else.
package enum SiteRoute: Sendable, Equatable {
    case home
    case cities(membership: MembershipFilter? = nil)
    case factors
    case nationalFactorDelete(id: UUID)
    case city(slug: String)
    case language(Language, back: String)
    case stylesheet
    case healthz
    case metrics
    case openAPIYAML
    case openAPIJSON
    case apiCities
    case apiCity(slug: String)
    case apiCityHistory(slug: String)
    case apiCityInventories(slug: String)
    case apiCityInventory(slug: String, year: Int)
    case apiCityActions(slug: String)
    case apiCityPathway(slug: String)
    case apiCityIndicators(slug: String)
    case apiCityHazards(slug: String)

    // Accounts
    case login(next: String? = nil)
    case logout
    case register
    case registerConfirm(token: String)
    case account
    case accountPassword
    case passwordForgot
    case passwordReset(token: String)
    case outbox

    // A city's workspace
    case cityEdit(slug: String)
    case cityContacts(slug: String)
    case cityContactDelete(slug: String, id: UUID)
    case cityPeople(slug: String)
    case cityPeopleRemove(slug: String, id: UUID)
    case cityTokens(slug: String)
    case cityTokenRevoke(slug: String, id: UUID)
    /// `after`: the last entry of the page before, for paging back to older changes.
    case cityHistory(slug: String, record: UUID? = nil, after: UUID? = nil)
    case cityDeleted(slug: String)
    case cityRestore(slug: String, type: String, id: UUID)
    case cityJoin(slug: String)

    // Inventories and factors
    case cityInventories(slug: String)
    case cityInventory(slug: String, year: Int)
    case cityInventoryRows(slug: String, year: Int)
    case cityInventoryRowDelete(slug: String, year: Int, id: UUID)
    case cityInventoryRowEdit(slug: String, year: Int, id: UUID)
    case cityInventoryImport(slug: String, year: Int)
    case cityInventoryExport(slug: String, year: Int)
    case cityInventorySubmit(slug: String, year: Int)
    case cityInventoryReopen(slug: String, year: Int)
    case cityFactors(slug: String)
    case cityFactorDelete(slug: String, id: UUID)

    // Actions
    case cityActions(slug: String, filter: ActionFilter = ActionFilter())
    case cityActionNew(slug: String)
    case cityAction(slug: String, id: UUID)
    case cityActionEdit(slug: String, id: UUID)
    case cityActionDelete(slug: String, id: UUID)
    case cityActionUpdates(slug: String, id: UUID)

    // Indicators
    case cityIndicators(slug: String)
    case cityIndicator(slug: String, id: UUID)
    case cityIndicatorEdit(slug: String, id: UUID)
    case cityIndicatorDelete(slug: String, id: UUID)
    case cityIndicatorValues(slug: String, id: UUID)
    case cityIndicatorImport(slug: String, id: UUID)
    case cityIndicatorValueDelete(slug: String, id: UUID, value: UUID)

    // Reports
    case cityReports(slug: String)
    case cityReport(slug: String, kind: ReportKind)
    case cityReportFile(slug: String, kind: ReportKind, format: ReportFormat)
    case cityReportSubmit(slug: String, kind: ReportKind)
    case cityReportSnapshot(slug: String, id: UUID)
    case cityReportSnapshotFile(slug: String, id: UUID, format: ReportFormat)

    // Adaptation
    case cityHazards(slug: String)
    case cityHazardEdit(slug: String, id: UUID)
    case cityHazardDelete(slug: String, id: UUID)

    // The partnership
    case joinRequests
    case joinRequestApprove(id: UUID)
    case joinRequestDecline(id: UUID)

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

    private enum Component {
        case constant(String)
        case parameter(name: String, value: String)
    }

    private var components: [Component] {
        switch self {
        case .home: []
        case .cities: [.constant("cities")]
        case .factors: [.constant("factors")]
        case .nationalFactorDelete(let id):
            [.constant("factors"), .parameter(name: Parameter.id, value: id.uuidString), .constant("delete")]
        case .city(let slug): [.constant("cities"), .parameter(name: Parameter.slug, value: slug)]
        case .language(let language, _): [.constant("language"), .parameter(name: Parameter.language, value: language.rawValue)]
        case .stylesheet: [.constant("static"), .constant("style.css")]
        case .healthz: [.constant("healthz")]
        case .metrics: [.constant("metrics")]
        case .openAPIYAML: [.constant("api"), .constant("v1"), .constant("openapi.yaml")]
        case .openAPIJSON: [.constant("api"), .constant("v1"), .constant("openapi.json")]
        case .apiCities: [.constant("api"), .constant("v1"), .constant("cities")]
        case .apiCity(let slug): [.constant("api"), .constant("v1"), .constant("cities"), .parameter(name: Parameter.slug, value: slug)]
        case .apiCityHistory(let slug):
            [.constant("api"), .constant("v1"), .constant("cities"), .parameter(name: Parameter.slug, value: slug), .constant("history")]
        case .login: [.constant("login")]
        case .logout: [.constant("logout")]
        case .register: [.constant("register")]
        case .registerConfirm(let token): [.constant("register"), .constant("confirm"), .parameter(name: Parameter.token, value: token)]
        case .account: [.constant("account")]
        case .accountPassword: [.constant("account"), .constant("password")]
        case .passwordForgot: [.constant("password"), .constant("forgot")]
        case .passwordReset(let token): [.constant("password"), .constant("reset"), .parameter(name: Parameter.token, value: token)]
        case .outbox: [.constant("outbox")]
        case .cityEdit(let slug): Self.city(slug, "edit")
        case .cityContacts(let slug): Self.city(slug, "contacts")
        case .cityContactDelete(let slug, let id):
            Self.city(slug, "contacts") + [.parameter(name: Parameter.id, value: id.uuidString), .constant("delete")]
        case .cityPeople(let slug): Self.city(slug, "people")
        case .cityPeopleRemove(let slug, let id):
            Self.city(slug, "people") + [.parameter(name: Parameter.id, value: id.uuidString), .constant("remove")]
        case .cityTokens(let slug): Self.city(slug, "tokens")
        case .cityTokenRevoke(let slug, let id):
            Self.city(slug, "tokens") + [.parameter(name: Parameter.id, value: id.uuidString), .constant("revoke")]
        case .cityHistory(let slug, _, _): Self.city(slug, "history")
        case .cityDeleted(let slug): Self.city(slug, "deleted")
        case .cityJoin(let slug): Self.city(slug, "join")
        case .apiCityInventories(let slug): Self.api(slug, "inventories")
        case .apiCityInventory(let slug, let year): Self.api(slug, "inventories") + [.parameter(name: Parameter.year, value: String(year))]
        case .apiCityActions(let slug): Self.api(slug, "actions")
        case .apiCityPathway(let slug): Self.api(slug, "pathway")
        case .apiCityIndicators(let slug): Self.api(slug, "indicators")
        case .apiCityHazards(let slug): Self.api(slug, "hazards")
        case .cityIndicators(let slug): Self.city(slug, "indicators")
        case .cityIndicator(let slug, let id): Self.indicator(slug, id)
        case .cityIndicatorEdit(let slug, let id): Self.indicator(slug, id) + [.constant("edit")]
        case .cityIndicatorDelete(let slug, let id): Self.indicator(slug, id) + [.constant("delete")]
        case .cityIndicatorValues(let slug, let id): Self.indicator(slug, id) + [.constant("values")]
        case .cityIndicatorImport(let slug, let id): Self.indicator(slug, id) + [.constant("import")]
        case .cityIndicatorValueDelete(let slug, let id, let value):
            Self.indicator(slug, id) + [
                .constant("values"), .parameter(name: Parameter.value, value: value.uuidString), .constant("delete"),
            ]
        case .cityReports(let slug): Self.city(slug, "reports")
        case .cityReport(let slug, let kind): Self.city(slug, "reports") + [.parameter(name: Parameter.kind, value: kind.rawValue)]
        case .cityReportFile(let slug, let kind, let format):
            Self.city(slug, "reports") + [.parameter(name: Parameter.kind, value: kind.rawValue), .constant("report." + format.rawValue)]
        case .cityReportSubmit(let slug, let kind):
            Self.city(slug, "reports") + [.parameter(name: Parameter.kind, value: kind.rawValue), .constant("submit")]
        case .cityReportSnapshot(let slug, let id):
            Self.city(slug, "reports") + [.constant("snapshots"), .parameter(name: Parameter.id, value: id.uuidString)]
        case .cityReportSnapshotFile(let slug, let id, let format):
            Self.city(slug, "reports") + [
                .constant("snapshots"), .parameter(name: Parameter.id, value: id.uuidString), .constant("report." + format.rawValue),
            ]
        case .cityHazards(let slug): Self.city(slug, "hazards")
        case .cityHazardEdit(let slug, let id):
            Self.city(slug, "hazards") + [.parameter(name: Parameter.id, value: id.uuidString), .constant("edit")]
        case .cityHazardDelete(let slug, let id):
            Self.city(slug, "hazards") + [.parameter(name: Parameter.id, value: id.uuidString), .constant("delete")]
        case .cityInventories(let slug): Self.city(slug, "inventories")
        case .cityInventory(let slug, let year): Self.inventory(slug, year)
        case .cityInventoryRows(let slug, let year): Self.inventory(slug, year) + [.constant("rows")]
        case .cityInventoryRowEdit(let slug, let year, let id):
            Self.inventory(slug, year) + [.constant("rows"), .parameter(name: Parameter.id, value: id.uuidString), .constant("edit")]
        case .cityInventoryRowDelete(let slug, let year, let id):
            Self.inventory(slug, year) + [.constant("rows"), .parameter(name: Parameter.id, value: id.uuidString), .constant("delete")]
        case .cityInventoryImport(let slug, let year): Self.inventory(slug, year) + [.constant("import")]
        case .cityInventoryExport(let slug, let year): Self.inventory(slug, year) + [.constant("inventory.csv")]
        case .cityInventorySubmit(let slug, let year): Self.inventory(slug, year) + [.constant("submit")]
        case .cityInventoryReopen(let slug, let year): Self.inventory(slug, year) + [.constant("reopen")]
        case .cityFactors(let slug): Self.city(slug, "factors")
        case .cityFactorDelete(let slug, let id):
            Self.city(slug, "factors") + [.parameter(name: Parameter.id, value: id.uuidString), .constant("delete")]
        case .cityActions(let slug, _): Self.city(slug, "actions")
        case .cityActionNew(let slug): Self.city(slug, "actions") + [.constant("new")]
        case .cityAction(let slug, let id): Self.action(slug, id)
        case .cityActionEdit(let slug, let id): Self.action(slug, id) + [.constant("edit")]
        case .cityActionDelete(let slug, let id): Self.action(slug, id) + [.constant("delete")]
        case .cityActionUpdates(let slug, let id): Self.action(slug, id) + [.constant("updates")]
        case .joinRequests: [.constant("partnership"), .constant("requests")]
        case .joinRequestApprove(let id):
            [.constant("partnership"), .constant("requests"), .parameter(name: Parameter.id, value: id.uuidString), .constant("approve")]
        case .joinRequestDecline(let id):
            [.constant("partnership"), .constant("requests"), .parameter(name: Parameter.id, value: id.uuidString), .constant("decline")]
        case .cityRestore(let slug, let type, let id):
            Self.city(slug, "deleted") + [
                .parameter(name: Parameter.type, value: type), .parameter(name: Parameter.id, value: id.uuidString), .constant("restore"),
            ]
        }
    }

    private static func city(_ slug: String, _ section: String) -> [Component] {
        [.constant("cities"), .parameter(name: Parameter.slug, value: slug), .constant(section)]
    }

    private static func api(_ slug: String, _ section: String) -> [Component] {
        [.constant("api"), .constant("v1"), .constant("cities"), .parameter(name: Parameter.slug, value: slug), .constant(section)]
    }

    private static func inventory(_ slug: String, _ year: Int) -> [Component] {
        city(slug, "inventories") + [.parameter(name: Parameter.year, value: String(year))]
    }

    private static func indicator(_ slug: String, _ id: UUID) -> [Component] {
        city(slug, "indicators") + [.parameter(name: Parameter.id, value: id.uuidString)]
    }

    private static func action(_ slug: String, _ id: UUID) -> [Component] {
        city(slug, "actions") + [.parameter(name: Parameter.id, value: id.uuidString)]
    }

    private var query: [(String, String)] {
        switch self {
        case .cityActions(_, let filter): filter.query
        case .cities(let membership?): [("membership", membership.rawValue)]
        case .language(_, let back): [("back", back)]
        case .login(let next?): [("next", next)]
        case .cityHistory(_, let record, let after):
            (record.map { [("record", $0.uuidString)] } ?? []) + (after.map { [("after", $0.uuidString)] } ?? [])
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
