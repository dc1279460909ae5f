import ClimateModel
import Fluent
import Foundation
import Kernel
import ZavezaAPI

/// `GET /api/v1/cities/{slug}/actions` (public, filtered, paged) and
/// `POST` (a city's token): the same checks as the form, the model's included.
extension APIHandler {
    package func listActions(_ input: Operations.ListActions.Input) async throws -> Operations.ListActions.Output {
        let request = try request
        let city = try await CitiesQuery.require(slug: input.path.slug, on: request.db)
        let paging = try Paging(page: input.query.page, perPage: input.query.perPage)
        let query = CityAction.query(on: request.db).filter(\.$city.$id == (try city.requireID()))
        if let field = input.query.field { query.filter(\.$field == FieldOfAction(rawValue: field.rawValue)!) }
        if let status = input.query.status { query.filter(\.$status == ActionStatus(rawValue: status.rawValue)!) }
        if let purpose = input.query.purpose { query.filter(\.$purpose == ActionPurpose(rawValue: purpose.rawValue)!) }
        let total = try await query.count()
        let actions = try await query.copy().sort(\.$code).sort(\.$id).offset(paging.offset).limit(paging.perPage).all()
        return .ok(.init(body: .json(.init(items: actions.map(Components.Schemas.Action.init), metadata: paging.metadata(total: total)))))
    }

    package func createAction(_ input: Operations.CreateAction.Input) async throws -> Operations.CreateAction.Output {
        let (request, city, principal) = try await writing(city: input.path.slug)
        guard case .json(let body) = input.body else { throw AppError.badRequest([]) }
        let action = CityAction()
        action.$city.id = try city.requireID()
        let state = try await ActionsController.failedState(city, action, ActionInput(api: body), request.t, on: request.db)
        guard state.isValid else {
            throw AppError.badRequest(state, name: ActionInput.apiName)
        }
        try await Audit.create(action, by: principal.actor, on: request.db)
        return .created(.init(body: .json(.init(action))))
    }
}

extension ActionInput {
    /// The form of an action sent as JSON: its numbers stay numbers
    /// (fractions and shares as 0…1, as in scenario files).
    init(api body: Components.Schemas.ActionInput) {
        var values: [String: String] = [
            "code": body.code, "name": body.name, "description": body.description ?? "", "field": body.field.rawValue,
            "lever": body.lever?.rawValue ?? "", "purpose": body.purpose?.rawValue ?? ActionPurpose.mitigation.rawValue,
            "responsible": body.responsible ?? "", "stakeholders": body.stakeholders ?? "",
            "status": body.status?.rawValue ?? ActionStatus.planned.rawValue,
            "start_date": body.startDate ?? "", "end_date": body.endDate ?? "", "funding": body.funding ?? "",
            "co_benefits": body.coBenefits ?? "",
        ]
        var numbers: [String: Double] = ["progress": Double(body.progress ?? 0)]
        numbers["capex_eur"] = body.capexEur
        numbers["opex_eur"] = body.opexEur
        if let effect = body.effect {
            values.merge(Self.formValues(effect)) { $1 }
            numbers.merge(Self.numbers(effect)) { $1 }
        }
        self.init(values: values, numbers: numbers)
    }

    /// The text fields of a model effect sent as JSON.
    static func formValues(_ effect: Components.Schemas.ActionEffect) -> [String: String] {
        [
            "effect_kind": effect.kind.rawValue, "effect_gpc": effect.gpc ?? "", "effect_carrier": effect.carrier ?? "",
            "effect_to": effect.to ?? "", "effect_to_gpc": effect.toGpc ?? "", "effect_ratio": "",
            // Its years are numbers (`numbers(_:)`); empty text clears a stored one.
            "effect_start": "", "effect_full": "",
        ]
    }

    /// The numbers of a model effect sent as JSON, as they are.
    static func numbers(_ effect: Components.Schemas.ActionEffect) -> [String: Double] {
        var numbers = ["effect_min": effect.min, "effect_mode": effect.mode, "effect_max": effect.max]
        numbers["effect_ratio"] = effect.ratio
        numbers["effect_start"] = effect.start.map(Double.init)
        numbers["effect_full"] = effect.full.map(Double.init)
        return numbers
    }

    /// The stored numbers of an action, exactly (a PATCH keeps what it does not name).
    static func numbers(_ action: CityAction) -> [String: Double] {
        var numbers: [String: Double] = [:]
        numbers["capex_eur"] = action.capexEUR
        numbers["opex_eur"] = action.opexEUR
        numbers["effect_min"] = action.effectMin
        numbers["effect_mode"] = action.effectMode
        numbers["effect_max"] = action.effectMax
        numbers["effect_ratio"] = action.effectRatio
        return numbers
    }

    /// A form field's name in the API (`effect_mode` is `effect.mode`).
    static func apiName(_ field: String) -> String {
        field.hasPrefix("effect_") ? "effect." + field.dropFirst("effect_".count) : field
    }
}

extension Components.Schemas.Action {
    init(_ action: CityAction) {
        self.init(
            id: action.id!.uuidString, version: action.version, code: action.code, name: action.name, description: action.description,
            field: .init(rawValue: action.field.rawValue)!, lever: action.lever.flatMap { .init(rawValue: $0.rawValue) },
            purpose: .init(rawValue: action.purpose.rawValue)!, responsible: action.responsible, stakeholders: action.stakeholders,
            status: .init(rawValue: action.status.rawValue)!, progress: action.progress, startDate: action.startDateText,
            endDate: action.endDateText, capexEur: action.capexEUR, opexEur: action.opexEUR, funding: action.funding,
            coBenefits: action.coBenefits,
            effect: action.effect.map { effect in
                .init(
                    kind: .init(rawValue: effect.kind.rawValue)!, gpc: effect.gpc, carrier: effect.carrier, to: effect.to,
                    toGpc: effect.toGPC,
                    min: effect.min, mode: effect.mode, max: effect.max, ratio: effect.ratio, start: effect.start, full: effect.full)
            },
            inPathway: !Pathway.modelled([action]).isEmpty)
    }
}

/// `PATCH /api/v1/cities/{slug}/actions/{id}`.
extension APIHandler {
    package func updateAction(_ input: Operations.UpdateAction.Input) async throws -> Operations.UpdateAction.Output {
        let (request, city, principal) = try await writing(city: input.path.slug)
        guard let id = UUID(uuidString: input.path.id),
            let action = try await CityAction.query(on: request.db).filter(\.$id == id).filter(\.$city.$id == city.requireID()).first()
        else { throw AppError.notFound }
        guard case .json(let body) = input.body else { throw AppError.badRequest([]) }
        let ifMatch = input.headers.ifMatch
        let input = ActionInput(values: ActionInput(action, .en).values, numbers: ActionInput.numbers(action)).overlaid(with: body)
        let copy = try await CityAction.find(action.requireID(), on: request.db).orNotFound()
        let state = try await ActionsController.failedState(city, copy, input, request.t, on: request.db)
        guard state.isValid else {
            throw AppError.badRequest(state, name: ActionInput.apiName)
        }
        let t = request.t
        try await Audit.update(action, expecting: Audit.expectedVersion(ifMatch), by: principal.actor, on: request.db) {
            _ = input.read(into: $0, t)
        }
        request.recordVersion = action.version
        return .ok(.init(body: .json(.init(action))))
    }
}

extension ActionInput {
    /// This form with the fields a PATCH gives; the others as they were.
    func overlaid(with patch: Components.Schemas.ActionPatch) -> ActionInput {
        var values = self.values
        var numbers = self.numbers
        if let code = patch.code { values["code"] = code }
        if let name = patch.name { values["name"] = name }
        if let description = patch.description { values["description"] = description }
        if let field = patch.field { values["field"] = field.rawValue }
        if let lever = patch.lever { values["lever"] = lever.rawValue }
        if let purpose = patch.purpose { values["purpose"] = purpose.rawValue }
        if let responsible = patch.responsible { values["responsible"] = responsible }
        if let stakeholders = patch.stakeholders { values["stakeholders"] = stakeholders }
        if let status = patch.status { values["status"] = status.rawValue }
        if let progress = patch.progress { numbers["progress"] = Double(progress) }
        if let start = patch.startDate { values["start_date"] = start }
        if let end = patch.endDate { values["end_date"] = end }
        if let capex = patch.capexEur { numbers["capex_eur"] = capex }
        if let opex = patch.opexEur { numbers["opex_eur"] = opex }
        if let funding = patch.funding { values["funding"] = funding }
        if let coBenefits = patch.coBenefits { values["co_benefits"] = coBenefits }
        if let effect = patch.effect {
            values.merge(Self.formValues(effect)) { $1 }
            numbers = numbers.filter { !$0.key.hasPrefix("effect_") }.merging(Self.numbers(effect)) { $1 }
        }
        return ActionInput(values: values, numbers: numbers)
    }
}

/// `POST /api/v1/cities/{slug}/actions/{id}/updates`.
extension APIHandler {
    package func addActionUpdate(_ input: Operations.AddActionUpdate.Input) async throws -> Operations.AddActionUpdate.Output {
        let (request, city, principal) = try await writing(city: input.path.slug)
        guard let id = UUID(uuidString: input.path.id),
            let action = try await CityAction.query(on: request.db).filter(\.$id == id).filter(\.$city.$id == city.requireID()).first()
        else { throw AppError.notFound }
        guard case .json(let body) = input.body else { throw AppError.badRequest([]) }
        let fields = FormFields(
            ["date": body.date, "status": body.status.rawValue, "note": body.note], numbers: ["progress": Double(body.progress)])
        let (state, update) = ActionsController.readUpdate(fields, request.t)
        guard let update else { throw AppError.badRequest(state) }
        try await ActionsController.recordUpdate(action, update, by: principal.actor, on: request.db)
        return .ok(.init(body: .json(.init(action))))
    }
}

/// `DELETE /api/v1/cities/{slug}/actions/{id}`.
extension APIHandler {
    package func deleteAction(_ input: Operations.DeleteAction.Input) async throws -> Operations.DeleteAction.Output {
        let (request, city, principal) = try await writing(city: input.path.slug)
        guard let id = UUID(uuidString: input.path.id),
            let action = try await CityAction.query(on: request.db).filter(\.$id == id).filter(\.$city.$id == city.requireID()).first()
        else { throw AppError.notFound }
        try await Audit.delete(action, by: principal.actor, on: request.db)
        return .noContent(.init())
    }
}
