import ClimateModel
import Fluent
import Foundation
import Kernel
import Vapor

/// Where the action form posts and what it says above its fields: the
/// city's own new action by default, or one a city adopts from elsewhere.
package struct ActionFormPlace: Sendable {
    package var target: SiteRoute?
    package var lead: String?

    package init(target: SiteRoute? = nil, lead: String? = nil) {
        self.target = target
        self.lead = lead
    }
}

/// What another area may do with a city's actions, and no more (Package.swift
/// names this surface): open the action form prefilled, create the action
/// from it with a record of the caller's own saved in the same transaction,
/// and read how actions stand (status, progress, modelled reduction).
package enum ActionAdoption {
    /// An action's form prefilled: planned, no progress, no model effect yet
    /// (the adopting city enters its own). `description` is cut to the form's limit.
    package static func prefill(
        code: String, name: String, description: String, field: FieldOfAction, purpose: ActionPurpose, capexEUR: Double?,
        _ language: Language
    ) -> [String: String] {
        var values = ActionInput.blank.values
        values["code"] = code
        values["name"] = String(name.prefix(ActionInput.Longest.name))
        values["description"] = String(description.prefix(ActionInput.Longest.description))
        values["field"] = field.rawValue
        values["purpose"] = purpose.rawValue
        values["capex_eur"] = NumberInput.text(capexEUR, language)
        return values
    }

    /// The first free code of the form `prefix1`, `prefix2`… among the city's actions.
    package static func freeCode(_ prefix: String, cityID: UUID, on database: any Database) async throws -> String {
        let taken = Set(try await CityAction.query(on: database).filter(\.$city.$id == cityID).all().map(\.code))
        return (1...).lazy.map { "\(prefix)\($0)" }.first { !taken.contains($0) }!
    }

    /// The new-action form of `city` with `values`, posting to `place.target`.
    package static func form(_ city: City, values: [String: String], place: ActionFormPlace, _ request: Request) async throws
        -> HTMLResponse
    {
        try await ActionsController.renderForm(
            city, nil, FormState(values: values), checked: ActionsController.Links(), place: place, request)
    }

    /// Creates the action of the submitted form in `city` (the model checks
    /// it as on the city's own form) and runs `also` in the same transaction;
    /// a refused form is shown again on `place`. Answers with the redirect to the new action.
    package static func create(
        in city: City, by principal: Principal, place: ActionFormPlace, _ request: Request,
        also: @escaping @Sendable (CityAction, any Database) async throws -> Void
    ) async throws -> Response {
        try await ActionsController.create(in: city, by: principal, request, place: place, also: also)
    }

    /// Creates an action from form values without a request (the demo
    /// loader), checked as the form checks it, the model included; throws
    /// with every problem when it would be refused.
    package static func create(
        _ values: [String: String], numbers: [String: Double] = [:], in city: City, by actor: Actor, on database: any Database
    ) async throws -> CityAction {
        let action = CityAction()
        action.$city.id = try city.requireID()
        let state = try await ActionsController.failedState(
            city, action, ActionInput(values: values, numbers: numbers), Localizer(.en), on: database)
        guard state.isValid else { throw Refused(problems: state.errorOrder.map { "\($0): \(state.errors[$0] ?? "")" }) }
        try await Audit.create(action, by: actor, on: database)
        return action
    }

    package struct Refused: Error, CustomStringConvertible {
        package let problems: [String]
        package var description: String { "action refused: " + problems.joined(separator: "; ") }
    }

    /// Whether the action is there and not deleted.
    package static func isLive(_ id: UUID, on database: any Database) async throws -> Bool {
        try await CityAction.find(id, on: database) != nil
    }

    /// How one action stands, as another area shows it.
    package struct Standing: Sendable {
        package let id: UUID
        package let cityID: UUID
        package let code: String
        package let name: String
        package let status: ActionStatus
        package let progress: Int
        /// The modelled reduction in the target year, when the city's pathway can be worked out and the action acts in it.
        package let reductionTCO2e: Double?
        package let targetYear: Int?
    }

    /// The live actions among `ids` (deleted ones are left out), each city's pathway worked out once.
    package static func standing(of ids: [UUID], on database: any Database, memory: WorkspaceMemory?) async throws -> [UUID: Standing] {
        guard !ids.isEmpty else { return [:] }
        let actions = try await CityAction.query(on: database).filter(\.$id ~~ ids).with(\.$city).all()
        var standing: [UUID: Standing] = [:]
        for (_, group) in Dictionary(grouping: actions, by: { $0.$city.id }) {
            let snapshot = try? await Pathway.snapshot(for: group[0].city, on: database, memory: memory).get()
            let reductions = ActionsQuery.reductions(snapshot)
            for action in group {
                standing[action.id!] = Standing(
                    id: action.id!, cityID: action.$city.id, code: action.code, name: action.name, status: action.status,
                    progress: action.progress, reductionTCO2e: Pathway.modelled([action]).isEmpty ? nil : reductions[action.code],
                    targetYear: snapshot?.result.targetYear)
            }
        }
        return standing
    }
}
