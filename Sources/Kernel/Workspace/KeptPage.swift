import Fluent
import Foundation
import Plot
import Vapor

/// A workspace page as it was drawn for one city's data, reader's language
/// and set of permissions: kept in memory under the city's token (which
/// every recorded change replaces, in every server process), so the next
/// reader with the same permissions gets it without asking the database for
/// its records or drawing it again. The frame (menu, heading) and the
/// layout (the reader's own menu and notice) are drawn for each request;
/// the forms' CSRF token is put in for each reader.
package struct KeptPage: Sendable {
    package let title: String
    package let description: String?
    package let section: Page.Section?
    package let breadcrumbs: [Page.Crumb]
    package let lead: String?
    /// The drawn content in the pieces between the places where the
    /// reader's form token goes (joined with it for each reader: no search
    /// through the whole page on every request).
    package let pieces: [String]

    static let csrfMarker = "zaveza-kept-page-csrf-token-of-the-reader-000"
}

extension Request {
    /// The page `make` draws for the city of `slug`, kept until the city's
    /// data change. Only for reads whose content depends on nothing but the
    /// city's data, `key` (the address, by default without its query: pass
    /// the canonical address of what the query chose), the language and what
    /// the reader may do. The city's token is read before `make` reads
    /// anything, so a change in between leaves the page kept under the old
    /// token, never the old page under the new one.
    package func kept(slug: String, key: String? = nil, keep: Bool = true, _ make: () async throws -> Page) async throws -> HTMLResponse {
        guard keep, method == .GET || method == .HEAD else { return HTMLResponse(html: Layout.render(try await make(), PageContext(self))) }
        guard let (cityID, token) = try await Workspace.token(slug: slug, on: db) else { throw AppError.notFound }
        let key = "kept-page:\(key ?? canonicalPath):\(language.rawValue):\(may(in: cityID))"
        let memory = application.workspaceMemory
        let kept: KeptPage
        if let found = memory.value(key, token: token, as: KeptPage.self) {
            kept = found
        } else {
            // Drawn with the marker as the form token, replaced for each reader.
            let own = csrfToken
            csrfToken = KeptPage.csrfMarker
            defer { csrfToken = own }
            let page = try await make()
            kept = KeptPage(
                title: page.title, description: page.description, section: page.section, breadcrumbs: page.breadcrumbs,
                lead: page.workspace?.lead, pieces: page.content.render().components(separatedBy: KeptPage.csrfMarker))
            memory.keep(kept, key, token: token)
        }
        var page = Page(
            title: kept.title, description: kept.description, section: kept.section, breadcrumbs: kept.breadcrumbs,
            content: .raw(HTMLResponse.contentMarker))
        page.workspace = WorkspaceFrame(slug: slug, cityID: cityID, lead: kept.lead, principal: principal)
        var pieces: [String] = []
        for (index, piece) in kept.pieces.enumerated() {
            if index > 0 { pieces.append(csrfToken) }
            pieces.append(piece)
        }
        return response(page, pieces: pieces, layoutKey: key, token: token)
    }

    /// The address's path as the router reads it: `/cities//kranj` is `/cities/kranj` (so no address makes a key of its own).
    package var canonicalPath: String {
        "/" + url.path.split(separator: "/", omittingEmptySubsequences: true).joined(separator: "/")
    }

    /// What the reader may do in a city, as the kept pages tell readers apart: "10100".
    func may(in cityID: UUID) -> String {
        let permissions: [Permission] = [
            .readCityWorkspace(cityID), .editCity(cityID), .manageCityPeople(cityID), .reopenInventory(cityID), .restoreCityRecords(cityID),
        ]
        return permissions.map { principal?.can($0) == true ? "1" : "0" }.joined()
    }

    /// `page` (whose content is `HTMLResponse.contentMarker`) around
    /// `pieces`, with its layout kept under `token` for the same readers:
    /// those of the same name, permissions (in `layoutKey`) and home city,
    /// on the plain address (a query would be a key of its own), with no
    /// notice to show. The reader's form token is put in for each.
    package func response(_ page: Page, pieces: [String], layoutKey: String, token: UUID) -> HTMLResponse {
        var context = PageContext(self)
        guard context.notice == nil, url.query == nil, url.path == canonicalPath else {
            return HTMLResponse(html: Layout.render(page, context), pieces: pieces)
        }
        // The workspace menu shows the tabs the reader may see: which they are is part of the key.
        let city =
            page.workspace.map { frame in
                application.features.workspaceTabs.map { $0.visible(principal, frame.cityID) ? "1" : "0" }.joined()
            } ?? ""
        let key =
            "kept-layout:\(layoutKey):\(city):\(context.userName ?? ""):\(context.isCoordinator):\(context.homeCity?.slug ?? ""):\(context.homeCity?.name ?? ""):\(url.path)"
        let memory = application.workspaceMemory
        let layout: [String]
        if let found = memory.value(key, token: token, as: [String].self) {
            layout = found
        } else {
            context.csrfToken = KeptPage.csrfMarker
            layout = Layout.render(page, context).render().components(separatedBy: KeptPage.csrfMarker)
            memory.keep(layout, key, token: token)
        }
        return HTMLResponse(layout: layout.joined(separator: csrfToken), pieces: pieces)
    }
}
