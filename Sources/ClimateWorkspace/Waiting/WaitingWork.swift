import Fluent
import Foundation
import Kernel
import Plot
import Vapor

/// What waits for a city's team when it opens its workspace: a draft
/// inventory, actions delayed or without a progress note for 90 days,
/// indicators without a value this year, reports of the current inventory
/// not yet submitted. Each item links to where it is done.
enum WaitingWork {
    struct Item: Sendable, Equatable {
        let text: String
        let route: SiteRoute
    }

    /// At most this many items of one kind; the rest are counted, with a link to their list.
    static let shownPerKind = 3

    /// How long an action in progress may go without a progress note.
    static let staleAfter: TimeInterval = 90 * 24 * 3600

    static func items(cityID: UUID, slug: String, on database: any Database, _ t: Localizer, now: Date = Date()) async throws -> [Item] {
        var items: [Item] = []
        let inventories = try await CityInventory.query(on: database).filter(\.$city.$id == cityID).sort(\.$year, .descending).all()
        for draft in inventories where !draft.isLocked {
            items.append(
                Item(text: t(WaitingText.draftInventory, ["year": String(draft.year)]), route: .cityInventory(slug: slug, year: draft.year))
            )
        }
        let actions = try await CityAction.query(on: database).filter(\.$city.$id == cityID).sort(\.$code).all()
        let updates = try await ActionUpdate.query(on: database).filter(\.$cityID == cityID).all()
        let lastNote = Dictionary(grouping: updates, by: { $0.$action.id }).mapValues { $0.map(\.dateText).max() ?? "" }
        let staleBefore = CalendarDate(now.addingTimeInterval(-staleAfter)).iso
        var actionItems: [Item] = []
        for action in actions {
            let values = ["code": action.code, "name": action.name]
            let route = SiteRoute.cityAction(slug: slug, id: try action.requireID())
            if action.status == .delayed {
                actionItems.append(Item(text: t(WaitingText.delayedAction, values), route: route))
            } else if action.status == .inProgress, (lastNote[try action.requireID()] ?? "") < staleBefore {
                actionItems.append(Item(text: t(WaitingText.staleAction, values), route: route))
            }
        }
        items += shortened(actionItems, more: { t(WaitingText.moreActions, count: $0) }, list: .cityActions(slug: slug))
        let year = CalendarDate(now).year
        let indicators = try await Indicator.query(on: database).filter(\.$city.$id == cityID).sort(\.$name).with(\.$values).all()
        var indicatorItems: [Item] = []
        for indicator in indicators where !indicator.values.contains(where: { $0.dateText.hasPrefix(String(year)) }) {
            indicatorItems.append(
                Item(
                    text: t(WaitingText.indicatorNoValue, ["name": indicator.name, "year": String(year)]),
                    route: .cityIndicator(slug: slug, id: try indicator.requireID())))
        }
        items += shortened(indicatorItems, more: { t(WaitingText.moreIndicators, count: $0) }, list: .cityIndicators(slug: slug))
        if let current = inventories.first(where: \.isLocked) {
            let submitted = Set(
                try await ReportSnapshot.query(on: database).filter(\.$cityID == cityID).filter(\.$inventoryYear == current.year).all()
                    .map(\.kind))
            for kind in ReportKind.allCases where !submitted.contains(kind) {
                items.append(
                    Item(
                        text: t(WaitingText.reportNotSubmitted, ["report": t(kind.text), "year": String(current.year)]),
                        route: .cityReportSubmit(slug: slug, kind: kind)))
            }
        }
        return items
    }

    /// The first items of a kind and, for the rest, one item that counts them and leads to their list.
    static func shortened(_ items: [Item], more: (Int) -> String, list: SiteRoute) -> [Item] {
        guard items.count > shownPerKind + 1 else { return items }
        return Array(items.prefix(shownPerKind)) + [Item(text: more(items.count - shownPerKind), route: list)]
    }

    /// The panel of the city's team, kept with the city's data for the day
    /// (it counts days and this year).
    static func panel(cityID: UUID, slug: String, token: UUID, _ request: Request) async throws -> Node<HTML.BodyContext> {
        let t = request.t
        let memory = request.application.workspaceMemory
        // Kept drawn: the same for everyone of the city's team, for the day.
        let key = "waiting:\(cityID):\(request.language.rawValue):\(CalendarDate(Date()).iso)"
        if let html = memory.value(key, token: token, as: String.self) { return .raw(html) }
        let html = panel(try await items(cityID: cityID, slug: slug, on: request.db, t), t).render()
        memory.keep(html, key, token: token)
        return .raw(html)
    }

    static func panel(_ items: [Item], _ t: Localizer) -> Node<HTML.BodyContext> {
        .section(
            .class("waiting"), .attribute(named: "aria-labelledby", value: "waiting-title"),
            .h2(.id("waiting-title"), .text(t(WaitingText.title))),
            items.isEmpty
                ? .p(.text(t(WaitingText.none)))
                : .ul(.forEach(items) { item in .li(.a(.href(item.route.path), .text(item.text))) })
        )
    }
}
