import Fluent
import Kernel
import Plot
import Vapor

/// The links between a city's actions and the hazards they answer, as the
/// action's form and page show them.
enum HazardLinks {
    /// The field name of a hazard's checkbox on the action form.
    static func fieldName(_ id: UUID) -> String { "hazard_\(id.uuidString)" }

    static func hazards(cityID: UUID, on database: any Database) async throws -> [Hazard] {
        try await Hazard.query(on: database).filter(\.$city.$id == cityID).sort(\.$kind).all()
    }

    static func linked(actionID: UUID, on database: any Database) async throws -> Set<UUID> {
        Set(try await ActionHazard.query(on: database).filter(\.$actionID == actionID).all().map(\.hazardID))
    }

    /// The hazards checked on a submitted form (only the city's own count).
    static func checked(_ form: FormReader, among hazards: [Hazard]) -> Set<UUID> {
        form.checked(hazards.compactMap { hazard in hazard.id.map { (fieldName($0), $0) } })
    }

    /// Makes the action's links those checked; each link added or removed is recorded.
    static func sync(_ action: CityAction, to checked: Set<UUID>, by actor: Actor, on database: any Database) async throws {
        let actionID = try action.requireID()
        let links = try await ActionHazard.query(on: database).filter(\.$actionID == actionID).all()
        for link in links where !checked.contains(link.hazardID) {
            try await Audit.delete(link, by: actor, on: database)
        }
        let existing = Set(links.map(\.hazardID))
        for hazardID in checked.subtracting(existing) {
            try await Audit.create(ActionHazard(actionID: actionID, hazardID: hazardID, cityID: action.$city.id), by: actor, on: database)
        }
    }

    /// The checkboxes of the action form.
    static func fieldset(_ hazards: [Hazard], checked: Set<UUID>, _ t: Localizer) -> Node<HTML.FormContext> {
        guard !hazards.isEmpty else { return .empty }
        let boxes: [Node<HTML.FormContext>] = hazards.map { hazard in
            let name = fieldName(hazard.id!)
            var attributes: [Attribute<HTML.FormContext>] = [
                Attribute(name: "type", value: "checkbox"), Attribute(name: "id", value: "field-\(name)"),
                Attribute(name: "name", value: name),
                Attribute(name: "value", value: "on"),
            ]
            if checked.contains(hazard.id!) { attributes.append(Attribute(name: "checked", value: "checked")) }
            return .div(
                .class("checkbox"),
                .selfClosedElement(named: "input", attributes: attributes),
                .label(.for("field-\(name)"), .text("\(t(hazard.kind.text)): \(hazard.description)")))
        }
        return .element(
            named: "fieldset",
            nodes: [
                .class("checkboxes"), .element(named: "legend", text: t(HazardsText.linkedHazards)),
                .p(.class("hint"), .text(t(HazardsText.linkedHazardsHint))),
            ] + boxes)
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
