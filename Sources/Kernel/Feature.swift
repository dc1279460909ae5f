import Fluent
import Foundation
import Plot
import Vapor

/// One feature as the composition root (`ZavezaApp`) builds the application
/// from it: its routes, migrations and demo data, the tabs it adds to a
/// city's workspace and the links it adds to the site's menus. Its API
/// operations are methods of `APIHandler` in its own folder; the
/// composition root declares the conformance, so the compiler checks that
/// every operation of `openapi.yaml` has its handler.
package struct Feature: Sendable {
    package var name: String
    package var migrations: [any Migration]
    package var routes: @Sendable (Application) throws -> Void
    /// Loads the feature's demo data for the demo cities (slug → id), inside
    /// the demo's one transaction, after the cities and the demo accounts.
    /// Files it attaches go to `files`.
    package var demo: (@Sendable (_ cities: [String: UUID], _ database: any Database, _ files: FileStore) async throws -> Void)?
    package var workspaceTabs: [WorkspaceTab]
    /// Links of the site's main navigation, after the kernel's own.
    package var navigation: [NavigationLink]
    /// Links of the account menu that only the partnership's coordinator sees.
    package var coordinatorLinks: [NavigationLink]
    /// The kinds of record it deletes, for the city's deleted-records page.
    package var restorables: [Restorable]
    /// How the city's history shows its kinds of record.
    package var auditShapes: [AuditShape]
    /// Sections it adds to the partnership's home page (open help requests…), in the features' order.
    package var homePanels: [HomePanel]
    /// Its public API addresses whose answers are the partnership's (every
    /// city's data): `PublicAnswerCache` keeps them under every city's token.
    package var keptAnswers: [KeptAnswer]
    /// Sections it adds to another feature's record page (an action's page
    /// says which practice it replicates), so that feature needs not know it.
    package var recordPanels: [RecordPanel]

    package init(
        name: String, migrations: [any Migration] = [], routes: @escaping @Sendable (Application) throws -> Void = { _ in },
        demo: (@Sendable (_ cities: [String: UUID], _ database: any Database, _ files: FileStore) async throws -> Void)? = nil,
        workspaceTabs: [WorkspaceTab] = [], navigation: [NavigationLink] = [], coordinatorLinks: [NavigationLink] = [],
        restorables: [Restorable] = [], auditShapes: [AuditShape] = [], homePanels: [HomePanel] = [], keptAnswers: [KeptAnswer] = [],
        recordPanels: [RecordPanel] = []
    ) {
        self.name = name
        self.migrations = migrations
        self.routes = routes
        self.demo = demo
        self.workspaceTabs = workspaceTabs
        self.navigation = navigation
        self.coordinatorLinks = coordinatorLinks
        self.restorables = restorables
        self.auditShapes = auditShapes
        self.homePanels = homePanels
        self.keptAnswers = keptAnswers
        self.recordPanels = recordPanels
    }
}

/// A section of a record's page drawn by another feature, for each request:
/// `recordType` is the record's audit type, the closure gets its id.
package struct RecordPanel: Sendable {
    package let recordType: String
    package let draw: @Sendable (Request, UUID) async throws -> Node<HTML.BodyContext>

    package init(recordType: String, draw: @escaping @Sendable (Request, UUID) async throws -> Node<HTML.BodyContext>) {
        self.recordType = recordType
        self.draw = draw
    }
}

/// A public API address whose answer depends only on the partnership's data
/// and on the query parameters named (anything else in the query changes nothing).
package struct KeptAnswer: Sendable {
    /// The address's parts after `/api/v1`; `nil` stands for a parameter.
    package let path: [String?]
    package let parameters: Set<String>

    package init(path: [String?], parameters: Set<String>) {
        self.path = path
        self.parameters = parameters
    }

    /// Whether `parts` (the address after `/api/v1`) is this one.
    package func matches(_ parts: [Substring]) -> Bool {
        parts.count == path.count && zip(parts, path).allSatisfy { part, own in own == nil || own! == part }
    }
}

/// A section of the home page, drawn for each request (so it is always current).
package typealias HomePanel = @Sendable (Request) async throws -> Node<HTML.BodyContext>

/// A link of one of the site's menus.
package struct NavigationLink: Sendable {
    /// The top-level section it leads to (marked as the current page there).
    package let section: Page.Section?
    package let title: @Sendable (Localizer) -> String
    package let route: SiteRoute

    package init(section: Page.Section? = nil, title: @escaping @Sendable (Localizer) -> String, route: SiteRoute) {
        self.section = section
        self.title = title
        self.route = route
    }
}

/// The features of the running application, as the layout, the workspace
/// shell and the demo data ask for them.
package struct Features: Sendable {
    package let all: [Feature]
    /// Gathered once, not on each page.
    package let workspaceTabs: [WorkspaceTab]
    package let navigation: [NavigationLink]
    package let coordinatorLinks: [NavigationLink]
    package let restorables: [Restorable]
    package let auditShapes: [String: AuditShape]
    package let homePanels: [HomePanel]
    package let keptAnswers: [KeptAnswer]
    package let recordPanels: [RecordPanel]

    package init(_ all: [Feature]) {
        self.all = all
        workspaceTabs = all.flatMap(\.workspaceTabs).sorted { $0.order < $1.order }
        navigation = all.flatMap(\.navigation)
        coordinatorLinks = all.flatMap(\.coordinatorLinks)
        restorables = all.flatMap(\.restorables)
        auditShapes = Dictionary(all.flatMap(\.auditShapes).map { ($0.type, $0) }, uniquingKeysWith: { a, _ in a })
        homePanels = all.flatMap(\.homePanels)
        keptAnswers = all.flatMap(\.keptAnswers)
        recordPanels = all.flatMap(\.recordPanels)
    }

    /// What other features draw on the page of the record `id` of `type`.
    package func panels(for type: String, id: UUID, _ request: Request) async throws -> Node<HTML.BodyContext> {
        var nodes: [Node<HTML.BodyContext>] = []
        for panel in recordPanels where panel.recordType == type { nodes.append(try await panel.draw(request, id)) }
        return .group(nodes)
    }
}

private enum FeaturesKey: StorageKey {
    typealias Value = Features
}

extension Application {
    /// What the composition root registered; none in an application built
    /// without it.
    package var features: Features {
        get { storage[FeaturesKey.self] ?? Features([]) }
        set { storage[FeaturesKey.self] = newValue }
    }
}
