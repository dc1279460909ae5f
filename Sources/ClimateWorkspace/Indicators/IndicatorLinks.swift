import Fluent
import Kernel
import Plot
import Vapor

/// Which indicators follow which actions: chosen on the action's form or on
/// the indicator's, and named on both pages. A link is made at most once
/// (a unique index), and each one added or removed is recorded.
enum IndicatorLinks {
    static let indicatorPrefix = "indicator"
    static let actionPrefix = "action"

    static func indicators(cityID: UUID, on database: any Database) async throws -> [Indicator] {
        try await Indicator.query(on: database).filter(\.$city.$id == cityID).sort(\.$name).all()
    }

    static func actions(cityID: UUID, on database: any Database) async throws -> [CityAction] {
        try await CityAction.query(on: database).filter(\.$city.$id == cityID).sort(\.$code).all()
    }

    static func linked(actionID: UUID, on database: any Database) async throws -> Set<UUID> {
        Set(try await ActionIndicator.query(on: database).filter(\.$actionID == actionID).all().map(\.indicatorID))
    }

    static func linked(indicatorID: UUID, on database: any Database) async throws -> Set<UUID> {
        Set(try await ActionIndicator.query(on: database).filter(\.$indicatorID == indicatorID).all().map(\.actionID))
    }

    /// The indicators checked on an action's form (only the city's own count).
    static func checked(_ form: FormReader, among indicators: [Indicator]) -> LinkChoice.Choice {
        LinkChoice.read(form, prefix: indicatorPrefix, among: indicators.compactMap(\.id))
    }

    /// The actions checked on an indicator's form (only the city's own count).
    static func checked(_ form: FormReader, among actions: [CityAction]) -> LinkChoice.Choice {
        LinkChoice.read(form, prefix: actionPrefix, among: actions.compactMap(\.id))
    }

    /// Changes the action's indicators as its form's boxes say.
    static func sync(_ action: CityAction, to checked: LinkChoice.Choice, offered: Set<UUID>, by actor: Actor, on database: any Database)
        async throws
    {
        let actionID = try action.requireID()
        try await Audit.sync(
            try await ActionIndicator.query(on: database).filter(\.$actionID == actionID).all(), to: checked, offered: offered,
            other: \.indicatorID,
            make: { ActionIndicator(actionID: actionID, indicatorID: $0, cityID: action.$city.id) }, by: actor, on: database)
    }

    /// Changes the indicator's actions as its form's boxes say.
    static func sync(
        _ indicator: Indicator, to checked: LinkChoice.Choice, offered: Set<UUID>, by actor: Actor, on database: any Database
    ) async throws {
        let indicatorID = try indicator.requireID()
        try await Audit.sync(
            try await ActionIndicator.query(on: database).filter(\.$indicatorID == indicatorID).all(), to: checked, offered: offered,
            other: \.actionID,
            make: { ActionIndicator(actionID: $0, indicatorID: indicatorID, cityID: indicator.$city.id) }, by: actor, on: database)
    }

    /// The checkboxes of the action's form.
    static func fieldset(_ indicators: [Indicator], checked: LinkChoice.Choice, _ t: Localizer) -> Node<HTML.FormContext> {
        LinkChoice(
            prefix: indicatorPrefix, legend: t(IndicatorsText.linkedIndicators), hint: t(IndicatorsText.linkedIndicatorsHint),
            options: indicators.map { (id: $0.id!, label: "\($0.name) (\($0.unit))") }, choice: checked
        ).fieldset
    }

    /// The checkboxes of the indicator's form.
    static func fieldset(_ actions: [CityAction], checked: LinkChoice.Choice, _ t: Localizer) -> Node<HTML.FormContext> {
        LinkChoice(
            prefix: actionPrefix, legend: t(IndicatorsText.linkedActions), hint: t(IndicatorsText.linkedActionsHint),
            options: actions.map { (id: $0.id!, label: "\($0.code) · \($0.name)") }, choice: checked
        ).fieldset
    }

    /// The indicators that follow an action, for its page.
    static func list(_ indicators: [Indicator], slug: String, _ t: Localizer) -> Node<HTML.BodyContext> {
        guard !indicators.isEmpty else { return .empty }
        return .group(
            .h2(.text(t(IndicatorsText.linkedIndicators))),
            .ul(
                .forEach(indicators) { indicator in
                    .li(
                        .a(
                            .href(SiteRoute.cityIndicator(slug: slug, id: indicator.id!).path), .attribute(named: "lang", value: "sl"),
                            .text(indicator.name)))
                }))
    }

    /// The actions an indicator follows, for its page.
    static func list(_ actions: [CityAction], slug: String, _ t: Localizer) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text(t(IndicatorsText.linkedActions))),
            actions.isEmpty
                ? .p(.text(t(IndicatorsText.noLinkedActions)))
                : .ul(
                    .forEach(actions) { action in
                        .li(
                            .a(
                                .href(SiteRoute.cityAction(slug: slug, id: action.id!).path), .attribute(named: "lang", value: "sl"),
                                .text("\(action.code) · \(action.name)")))
                    }))
    }
}
