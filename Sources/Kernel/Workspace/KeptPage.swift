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
    /// The drawn content, with `csrfMarker` where the reader's token goes.
    package let content: String

    static let csrfMarker = "\u{1}zaveza-csrf\u{1}"
}

extension Request {
    /// The page `make` draws for the city, kept until the city's data change.
    /// Only for reads whose content depends on nothing but the city's data,
    /// the address (with its query), the language and what the reader may do.
    package func kept(_ city: City, _ make: () async throws -> Page) async throws -> HTMLResponse {
        let cityID = try city.requireID()
        guard method == .GET || method == .HEAD else { return HTMLResponse(html: Layout.render(try await make(), PageContext(self))) }
        let token = try await Workspace.token(cityID: cityID, on: db)
        let permissions: [Permission] = [
            .readCityWorkspace(cityID), .editCity(cityID), .manageCityPeople(cityID), .reopenInventory(cityID), .restoreCityRecords(cityID),
        ]
        let may = permissions.map { principal?.can($0) == true ? "1" : "0" }.joined()
        let key = "kept-page:\(url.path)?\(url.query ?? ""):\(language.rawValue):\(may)"
        let memory = application.workspaceMemory
        let kept: KeptPage
        if let found = memory.value(key, token: token, as: KeptPage.self) {
            kept = found
        } else {
            let page = try await make()
            var content = page.content.render()
            if !csrfToken.isEmpty { content = content.replacingOccurrences(of: csrfToken, with: KeptPage.csrfMarker) }
            kept = KeptPage(
                title: page.title, description: page.description, section: page.section, breadcrumbs: page.breadcrumbs,
                lead: page.workspace?.lead, content: content)
            memory.keep(kept, key, token: token)
        }
        var page = Page(
            title: kept.title, description: kept.description, section: kept.section, breadcrumbs: kept.breadcrumbs,
            content: .raw(HTMLResponse.contentMarker))
        page.workspace = WorkspaceFrame(slug: city.slug, cityID: cityID, lead: kept.lead, principal: principal)
        return HTMLResponse(
            html: Layout.render(page, PageContext(self)),
            content: kept.content.replacingOccurrences(of: KeptPage.csrfMarker, with: csrfToken))
    }
}
