import Fluent
import Foundation
import Plot

/// A part of a city's workspace, as a feature registers it: its place in
/// the tabs, its title, its address and who sees it.
package struct WorkspaceTab: Sendable {
    package let order: Int
    package let title: @Sendable (Localizer) -> String
    package let route: @Sendable (_ slug: String) -> SiteRoute
    /// Whether the visitor (`nil`: not signed in) sees the tab of the city
    /// with this id; by default everyone does (the public parts of a city).
    package let visible: @Sendable (Principal?, UUID) -> Bool

    /// Only for the city's team and those who read its workspace.
    package static let team: @Sendable (Principal?, UUID) -> Bool = { principal, city in
        principal?.can(.readCityWorkspace(city)) ?? false
    }

    package init(
        order: Int, title: @escaping @Sendable (Localizer) -> String, route: @escaping @Sendable (_ slug: String) -> SiteRoute,
        visible: @escaping @Sendable (Principal?, UUID) -> Bool = { _, _ in true }
    ) {
        self.order = order
        self.title = title
        self.route = route
        self.visible = visible
    }
}

/// The frame of every page of a city's workspace and of the city's own page:
/// breadcrumbs (home, cities, the city, then the page's own), the heading,
/// one menu of the workspace's tabs the visitor may see, in one order, the
/// current one marked, and a lead; the layout draws it around the content.
package struct WorkspaceFrame: Sendable {
    package let slug: String
    package let cityID: UUID
    /// A list's introduction; detail pages have none.
    package let lead: String?
    package let principal: Principal?

    package init(slug: String, cityID: UUID, lead: String?, principal: Principal?) {
        self.slug = slug
        self.cityID = cityID
        self.lead = lead
        self.principal = principal
    }
}

extension Page {
    /// A page of a city's workspace. Public pages of the workspace (actions,
    /// submitted inventories) pass the visitor's principal, which may be none.
    package static func workspace(
        _ city: City, title: String, lead: String?, _ principal: Principal?, _ t: Localizer, _ content: Node<HTML.BodyContext>...
    ) throws -> Page {
        try workspace(city, title: title, lead: lead, principal, t, content: content)
    }

    package static func workspace(
        _ city: City, title: String, lead: String?, _ principal: Principal?, _ t: Localizer, content: [Node<HTML.BodyContext>],
        crumbs: [Page.Crumb] = []
    ) throws -> Page {
        var page = Page(
            title: title, section: .cities,
            breadcrumbs: [
                .init(title: t(CoreText.navHome), route: .home), .init(title: t(CoreText.navCities), route: .cities()),
                .init(title: city.name, route: .city(slug: city.slug)),
            ] + crumbs,
            content: .group(content))
        page.workspace = WorkspaceFrame(slug: city.slug, cityID: try city.requireID(), lead: lead, principal: principal)
        return page
    }
}

package enum WorkspaceShell {
    /// The heading, tabs and lead of a workspace page, then its content.
    package static func content(
        _ page: Page, _ frame: WorkspaceFrame, tabs: [WorkspaceTab], currentPath: String, _ t: Localizer
    ) -> Node<HTML.BodyContext> {
        .group(
            .h1(.text(page.title)),
            navigation(frame, tabs: tabs, currentPath: currentPath, t),
            .unwrap(frame.lead) { .p(.class("lead"), .text($0)) },
            page.content
        )
    }

    /// One menu of the parts of a city's workspace the visitor may see. The
    /// tab of the page itself is marked `aria-current="page"`; on a page
    /// within a part (an action of the actions), that part's tab is marked
    /// `aria-current="true"` (the tab whose address is the longest start of
    /// the page's, the overview excepted).
    package static func navigation(
        _ frame: WorkspaceFrame, tabs: [WorkspaceTab], currentPath: String, _ t: Localizer
    ) -> Node<HTML.BodyContext> {
        let links = tabs.filter { $0.visible(frame.principal, frame.cityID) }.map { ($0.route(frame.slug).path, $0.title(t)) }
        let path = String(currentPath.prefix { $0 != "?" })
        let overview = SiteRoute.city(slug: frame.slug).path
        let within = links.map(\.0).filter { $0 != overview && path.hasPrefix($0 + "/") }.max { $0.count < $1.count }
        return .nav(
            .class("workspace-menu"), .ariaLabel(t(CoreText.workspace)),
            .ul(
                .forEach(links) { route, title in
                    .li(
                        .a(
                            .href(route),
                            .if(route == path, .attribute(named: "aria-current", value: "page")),
                            .if(route == within, .attribute(named: "aria-current", value: "true")), .text(title)))
                })
        )
    }
}
