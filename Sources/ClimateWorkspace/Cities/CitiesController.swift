import Fluent
import Kernel
import Plot
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
        var panels: [Node<HTML.BodyContext>] = []
        for panel in request.application.features.homePanels { panels.append(try await panel(request)) }
        return HTMLResponse(html: Layout.render(HomePage.page(model, panels: panels, request.t), PageContext(request)))
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

    /// A city's page as it is kept in memory: everything but the layout
    /// (which holds the visitor's own menu and form token).
    struct KeptPage: Sendable {
        let title: String
        let description: String?
        let content: String
    }

    /// The city's public page, with its dashboard. The page is the most read
    /// of all, so its content is kept in memory until the city's data change
    /// (`Workspace`): then only the layout is drawn for each visitor.
    @Sendable static func show(_ request: Request) async throws -> Response {
        let slug = try request.parameter(SiteRoute.Parameter.slug)
        guard let (cityID, token) = try await Workspace.token(slug: slug, on: request.db) else { throw AppError.notFound }
        let memory = request.application.workspaceMemory
        // A visitor who is not signed in and has no notice waiting gets the
        // same page as every such visitor: kept whole.
        let anonymous = request.principal == nil && request.notice == nil && request.url.query == nil
        let wholeKey = "city-page-whole:\(cityID):\(request.language.rawValue)"
        // Kept as the answer's bytes: each such visitor's answer shares them, uncopied.
        if anonymous, let body = memory.value(wholeKey, token: token, as: ByteBuffer.self) {
            return HTMLResponse.response(body: body, status: .ok)
        }
        let canEdit = request.principal?.can(.editCity(cityID)) ?? false
        let signedIn = request.principal?.userID != nil
        let key = "city-page:\(cityID):\(request.language.rawValue):\(canEdit):\(signedIn)"
        var kept = memory.value(key, token: token, as: KeptPage.self)
        if kept == nil {
            guard let city = try await CitiesQuery.city(slug: slug, on: request.db) else { throw AppError.notFound }
            let dashboard = try await PathwayDashboard.html(city, token: token, request)
            let page = CityShow.page(CityShow.Model(city), canEdit: canEdit, signedIn: signedIn, pathway: .raw(dashboard), request.t)
            kept = KeptPage(title: page.title, description: page.description, content: page.content.render())
            memory.keep(kept, key, token: token)
        }
        let t = request.t
        // The city's own page opens its workspace: the one menu, and for the
        // city's team what waits to be done.
        let waiting: Node<HTML.BodyContext> =
            canEdit ? try await WaitingWork.panel(cityID: cityID, slug: slug, token: token, request) : .empty
        var page = Page(
            title: kept!.title, description: kept!.description, section: .cities, breadcrumbs: CityShow.breadcrumbs(t),
            content: .raw(HTMLResponse.contentMarker))
        page.workspace = WorkspaceFrame(slug: slug, cityID: cityID, lead: nil, principal: request.principal)
        let response = request.response(page, pieces: [waiting.render(), kept!.content], layoutKey: key, token: token)
        guard anonymous else { return try await response.encodeResponse(for: request) }
        let body = response.body
        memory.keep(body, wholeKey, token: token)
        return HTMLResponse.response(body: body, status: .ok)
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
