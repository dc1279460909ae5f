import Fluent
import Foundation
import Plot

/// A part of a city's workspace, as a feature registers it: its place in
/// the tabs, its title, its address and who sees it.
package struct WorkspaceTab: Sendable {
    package let order: Int
    package let title: @Sendable (Localizer) -> String
    package let route: @Sendable (_ slug: String) -> SiteRoute
    /// Whether the principal sees the tab of the city with this id (the
    /// shell shows tabs only to those who may read the city's workspace).
    package let visible: @Sendable (Principal, UUID) -> Bool

    package init(
        order: Int, title: @escaping @Sendable (Localizer) -> String, route: @escaping @Sendable (_ slug: String) -> SiteRoute,
        visible: @escaping @Sendable (Principal, UUID) -> Bool = { _, _ in true }
    ) {
        self.order = order
        self.title = title
        self.route = route
        self.visible = visible
    }
}

/// The frame of every page of a city's workspace: breadcrumbs (home, cities,
/// the city, then the page's own), the heading, the workspace's tabs the
/// principal may see, and a lead; the layout draws it around the content.
package struct WorkspaceFrame: Sendable {
    package let slug: String
    package let cityID: UUID
    package let lead: String
    package let principal: Principal?
}

extension Page {
    /// A page of a city's workspace. Public pages of the workspace (actions,
    /// submitted inventories) pass the visitor's principal, which may be none.
    package static func workspace(
        _ city: City, title: String, lead: String, _ principal: Principal?, _ t: Localizer, _ content: Node<HTML.BodyContext>...
    ) throws -> Page {
        try workspace(city, title: title, lead: lead, principal, t, content: content)
    }

    package static func workspace(
        _ city: City, title: String, lead: String, _ principal: Principal?, _ t: Localizer, content: [Node<HTML.BodyContext>],
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
    package static func content(_ page: Page, _ frame: WorkspaceFrame, tabs: [WorkspaceTab], _ t: Localizer) -> Node<HTML.BodyContext> {
        .group(
            .h1(.text(page.title)),
            navigation(frame, tabs: tabs, t),
            .p(.class("lead"), .text(frame.lead)),
            page.content
        )
    }

    /// Links between the parts of a city's workspace the principal may see.
    package static func navigation(_ frame: WorkspaceFrame, tabs: [WorkspaceTab], _ t: Localizer) -> Node<HTML.BodyContext> {
        guard let principal = frame.principal, principal.can(.readCityWorkspace(frame.cityID)) else { return .empty }
        let links = tabs.filter { $0.visible(principal, frame.cityID) }
        return .nav(
            .class("filters"), .ariaLabel(t(CoreText.workspace)),
            .ul(.forEach(links) { tab in .li(.a(.href(tab.route(frame.slug).path), .text(tab.title(t)))) })
        )
    }
}
