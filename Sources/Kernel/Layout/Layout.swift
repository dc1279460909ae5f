import Plot
import Vapor

/// One page's content for the layout: its title, where it sits in the site and
/// its main content.
package struct Page {
    /// The crumbs above the title; the page itself is added last.
    package struct Crumb: Sendable {
        package let title: String
        package let route: SiteRoute

        package init(title: String, route: SiteRoute) {
            self.title = title
            self.route = route
        }
    }

    /// The top-level section the page belongs to (marked in the navigation);
    /// a feature that adds a section declares its own.
    package struct Section: Sendable, Equatable {
        package let name: String
        package init(_ name: String) { self.name = name }

        package static let home = Section("home")
        package static let cities = Section("cities")
    }

    package var title: String
    package var description: String?
    package var section: Section?
    package var breadcrumbs: [Crumb] = []
    package var content: Node<HTML.BodyContext>
    /// A page of a city's workspace is drawn in its frame (`Page.workspace`).
    package var workspace: WorkspaceFrame?
    /// Whether the page prints on A4 landscape (its tables are wide).
    package var landscape = false

    package init(
        title: String, description: String? = nil, section: Section? = nil, breadcrumbs: [Crumb] = [], content: Node<HTML.BodyContext>
    ) {
        self.title = title
        self.description = description
        self.section = section
        self.breadcrumbs = breadcrumbs
        self.content = content
    }
}

/// What the layout needs to know of the request.
package struct PageContext: Sendable {
    package let language: Language
    /// The path and query of this page, so the language switch can come back to it.
    package let currentPath: String
    /// The signed-in person's name, if anyone is signed in.
    package var userName: String? = nil
    package var isCoordinator = false
    /// The signed-in person's own city, for "My city".
    package var homeCity: Principal.HomeCity? = nil
    package var csrfToken = ""
    package var notice: Notice? = nil
    /// The notice's own line: what the change did.
    package var noticeDetail: NoticeDetail? = nil
    /// The undo button of a "deleted" notice: where it posts.
    package var undo: SiteRoute? = nil
    /// The features' tabs and menu links.
    package var features = Features([])

    package var t: Localizer { Localizer(language) }

    package init(language: Language, currentPath: String) {
        self.language = language
        self.currentPath = currentPath
    }

    package init(_ request: Request) {
        var path = request.url.path
        if let query = request.url.query, !query.isEmpty { path += "?" + query }
        self.init(language: request.language, currentPath: path)
        if case .user(_, _, let name, _) = request.principal?.kind {
            userName = name
            isCoordinator = request.principal?.has(.coordinator) ?? false
            homeCity = request.principal?.homeCity
        }
        csrfToken = request.csrfToken
        notice = request.notice
        noticeDetail = request.noticeDetail
        if notice == .deleted || notice == .roleRemoved, let undo = request.undo {
            self.undo = .cityRestore(slug: undo.slug, type: undo.type, id: undo.id, back: currentPath)
        }
        features = request.application.features
    }
}

/// The one layout of every page: `<head>`, skip link, banner with navigation
/// and language switch, breadcrumbs, exactly one `main`, footer.
package enum Layout {
    package static func render(_ page: Page, _ context: PageContext) -> HTML {
        let t = context.t
        let siteName = t(CoreText.siteName)
        return HTML(
            .lang(context.language == .sl ? Plot.Language.slovenian : Plot.Language.english),
            .head(
                .encoding(.utf8),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // Not Plot's .title/.description: they copy the text into meta
                // attributes without escaping.
                .element(named: "title", text: page.title == siteName ? siteName : "\(page.title) · \(siteName)"),
                .unwrap(page.description) { .meta(.name("description"), .content($0.attributeEscaped)) },
                .stylesheet(SiteRoute.stylesheet.path)
            ),
            .body(
                .a(.class("skip-link"), .href("#main"), .text(t(CoreText.skipToContent))),
                .header(
                    .class("site-header"),
                    .div(
                        .class("wrap header-row"),
                        .a(
                            .class("brand"), .href(SiteRoute.home.path),
                            .span(.class("brand-name"), .text(siteName)),
                            .span(.class("brand-tagline"), .text(t(CoreText.siteTagline)))
                        ),
                        navigation(page, context),
                        accountMenu(context),
                        languageSwitch(context)
                    )
                ),
                // Every page but the home page has its way home, at least.
                .unwrap(
                    page.breadcrumbs.isEmpty
                        ? (context.currentPath.prefix { $0 != "?" } == SiteRoute.home.path
                            ? nil : [Page.Crumb(title: t(CoreText.navHome), route: .home)])
                        : page.breadcrumbs
                ) { crumbs in
                    breadcrumbs(crumbs, current: page.title, t)
                },
                .main(
                    .id("main"), .class(page.landscape ? "wrap print-landscape" : "wrap"), .attribute(named: "tabindex", value: "-1"),
                    .unwrap(context.notice) { notice in
                        .div(
                            .class("notice"), .attribute(named: "role", value: "status"), .p(.text(t(notice))),
                            .unwrap(context.noticeDetail) { .p(.class("notice-detail"), .text($0.text(t))) },
                            .unwrap(context.undo) { Form.action($0, label: t(CoreText.undo), csrf: context.csrfToken) })
                    },
                    page.workspace.map {
                        WorkspaceShell.content(page, $0, tabs: context.features.workspaceTabs, currentPath: context.currentPath, t)
                    } ?? page.content
                ),
                footer(t)
            )
        )
    }

    private static func navigation(_ page: Page, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        let items: [(Page.Section?, String, SiteRoute)] =
            [(.home, t(CoreText.navHome), .home), (.cities, t(CoreText.navCities), .cities())]
            + context.features.navigation.map { ($0.section, $0.title(t), $0.route) }
        return .nav(
            .class("site-nav"), .ariaLabel(t(CoreText.mainNavigation)),
            .ul(
                .forEach(items) { section, title, route in
                    .li(
                        .a(
                            .href(route.path), .text(title),
                            // The section's own page is the page; a page within it is only in it.
                            .if(
                                section != nil && page.section == section,
                                .attribute(
                                    named: "aria-current",
                                    value: context.currentPath.prefix { $0 != "?" } == route.path ? "page" : "true"))
                        )
                    )
                }
            )
        )
    }

    /// Sign in and register, or who is signed in with their account and sign-out.
    private static func accountMenu(_ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.t
        guard let name = context.userName else {
            return .ul(
                .class("account-menu"),
                .li(.a(.href(SiteRoute.login().path), .text(t(AccountsText.navLogin)))),
                .li(.a(.href(SiteRoute.register.path), .text(t(AccountsText.navRegister))))
            )
        }
        return .ul(
            .class("account-menu"),
            .unwrap(context.homeCity) { city in
                .li(
                    .a(
                        .href(SiteRoute.city(slug: city.slug).path), .safeAttribute(named: "title", value: city.name),
                        .text(t(AccountsText.navMyCity))))
            },
            .li(
                .a(
                    .href(SiteRoute.account.path), .safeAttribute(named: "title", value: t(AccountsText.signedInAs, ["name": name])),
                    .text(name))),
            .if(
                context.isCoordinator,
                .forEach(context.features.coordinatorLinks) { link in .li(.a(.href(link.route.path), .text(link.title(t)))) }),
            .if(context.isCoordinator, .li(.a(.href(SiteRoute.outbox.path), .text(t(AccountsText.navOutbox))))),
            .li(Form.action(.logout, label: t(AccountsText.navLogout), csrf: context.csrfToken, secondary: false))
        )
    }

    private static func languageSwitch(_ context: PageContext) -> Node<HTML.BodyContext> {
        .nav(
            .class("language-switch"), .ariaLabel(context.t(CoreText.languageSwitch)),
            .ul(
                .forEach(Language.allCases) { language in
                    .li(
                        .if(
                            language == context.language,
                            .span(
                                .attribute(named: "aria-current", value: "true"), .attribute(named: "lang", value: language.rawValue),
                                .text(language.endonym)),
                            else: .a(
                                .href(SiteRoute.language(language, back: context.currentPath).path.attributeEscaped),
                                .attribute(named: "lang", value: language.rawValue),
                                .attribute(named: "hreflang", value: language.rawValue),
                                .text(language.endonym)
                            )
                        )
                    )
                }
            )
        )
    }

    private static func breadcrumbs(_ crumbs: [Page.Crumb], current: String, _ t: Localizer) -> Node<HTML.BodyContext> {
        .nav(
            .class("breadcrumbs wrap"), .ariaLabel(t(CoreText.breadcrumb)),
            .ol(
                .forEach(crumbs) { crumb in .li(.a(.href(crumb.route.path), .text(crumb.title))) },
                .li(.attribute(named: "aria-current", value: "page"), .text(current))
            )
        )
    }

    private static func footer(_ t: Localizer) -> Node<HTML.BodyContext> {
        .footer(
            .class("site-footer"),
            .div(
                .class("wrap"),
                .p(.text(t(CoreText.footerAbout))),
                .ul(
                    .li(.a(.href(SiteRoute.openAPIJSON.path), .text(t(CoreText.footerOpenData)))),
                    .li(.text(t(CoreText.footerSource)))
                )
            )
        )
    }
}
