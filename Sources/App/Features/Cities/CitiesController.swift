import Fluent
import Vapor

/// The pages of the Cities feature: home, the list of cities, a city.
enum CitiesController {
    static func register(_ routes: any RoutesBuilder) {
        routes.get(.home, use: home)
        routes.get(.cities(), use: list)
        routes.get(.city(slug: ""), use: show)
    }

    @Sendable static func home(_ request: Request) async throws -> HTMLResponse {
        let model = try await HomePage.Model.load(on: request.db)
        return HTMLResponse(html: Layout.render(HomePage.page(model, request.t), PageContext(request)))
    }

    @Sendable static func list(_ request: Request) async throws -> HTMLResponse {
        let filter = try request.query.get(String?.self, at: "membership").map { value in
            guard let filter = SiteRoute.MembershipFilter(rawValue: value) else {
                throw AppError.badRequest([
                    Problem(field: "membership") { t in
                        t(
                            CoreText.parameterNotAllowed,
                            [
                                "name": "membership", "value": value,
                                "allowed": SiteRoute.MembershipFilter.allCases.map(\.rawValue).joined(separator: ", "),
                            ])
                    }
                ])
            }
            return filter
        }
        let model = try await CityList.Model.load(filter: filter, on: request.db)
        return HTMLResponse(html: Layout.render(CityList.page(model, request.t), PageContext(request)))
    }

    @Sendable static func show(_ request: Request) async throws -> HTMLResponse {
        let slug = try request.parameter(SiteRoute.Parameter.slug)
        guard let city = try await CitiesQuery.city(slug: slug, on: request.db) else { throw AppError.notFound }
        let canEdit = request.principal?.can(.editCity(try city.requireID())) ?? false
        let pathway = try await Pathway.snapshot(for: city, on: request.db)
        var dashboard = PathwayDashboard.section(city, pathway, request.t)
        if case .failure(.noInventory) = pathway, city.membershipStatus != .member { dashboard = .empty }
        let page = CityShow.page(
            CityShow.Model(city), canEdit: canEdit, signedIn: request.principal?.userID != nil, pathway: dashboard, request.t)
        return HTMLResponse(html: Layout.render(page, PageContext(request)))
    }
}

extension SiteRoute.MembershipFilter {
    var statuses: [MembershipStatus] {
        switch self {
        case .members: [.member]
        case .others: [.applicant, .notMember]
        }
    }
}
