import Fluent
import Kernel
import Plot
import Vapor

/// The links between a city's actions and the hazards they answer, as the
/// action's form and page show them.
enum HazardLinks {
    static let prefix = "hazard"

    static func hazards(cityID: UUID, on database: any Database) async throws -> [Hazard] {
        try await Hazard.query(on: database).filter(\.$city.$id == cityID).sort(\.$kind).all()
    }

    static func linked(actionID: UUID, on database: any Database) async throws -> Set<UUID> {
        Set(try await ActionHazard.query(on: database).filter(\.$actionID == actionID).all().map(\.hazardID))
    }

    /// The hazards checked on a submitted form (only the city's own count).
    static func checked(_ form: FormReader, among hazards: [Hazard]) -> LinkChoice.Choice {
        LinkChoice.read(form, prefix: prefix, among: hazards.compactMap(\.id))
    }

    /// Changes the action's links as its form's boxes say; each link added or removed is recorded.
    static func sync(_ action: CityAction, to checked: LinkChoice.Choice, offered: Set<UUID>, by actor: Actor, on database: any Database)
        async throws
    {
        let actionID = try action.requireID()
        try await Audit.sync(
            try await ActionHazard.query(on: database).filter(\.$actionID == actionID).all(), to: checked, offered: offered,
            other: \.hazardID,
            make: { ActionHazard(actionID: actionID, hazardID: $0, cityID: action.$city.id) }, by: actor, on: database)
    }

    /// The checkboxes of the action form.
    static func fieldset(_ hazards: [Hazard], checked: LinkChoice.Choice, _ t: Localizer) -> Node<HTML.FormContext> {
        LinkChoice(
            prefix: prefix, legend: t(HazardsText.linkedHazards), hint: t(HazardsText.linkedHazardsHint),
            options: hazards.map { (id: $0.id!, label: "\(t($0.kind.text)): \($0.description)") }, choice: checked
        ).fieldset
    }
    /// The hazards an action answers, for its page.
    static func list(_ hazards: [Hazard], slug: String, _ t: Localizer) -> Node<HTML.BodyContext> {
        guard !hazards.isEmpty else { return .empty }
        return .group(
            .h2(.text(t(HazardsText.linkedHazards))),
            .ul(
                .forEach(hazards) { hazard in
                    .li(.a(.href(SiteRoute.cityHazards(slug: slug).path), .text(t(hazard.kind.text))), .text(": " + hazard.description))
                }))
    }
}
