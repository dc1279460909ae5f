import Fluent
import Foundation
import Kernel
import ZavezaAPI

/// `GET /api/v1/cities/{slug}/indicators` and
/// `POST …/indicators/{id}/values` (a city's token; machines push values).
extension APIHandler {
    package func listIndicators(_ input: Operations.ListIndicators.Input) async throws -> Operations.ListIndicators.Output {
        let request = try request
        let city = try await CitiesQuery.require(slug: input.path.slug, on: request.db)
        let indicators = try await IndicatorsController.all(cityID: city.requireID(), on: request.db)
        return .ok(.init(body: .json(.init(items: indicators.map { Components.Schemas.Indicator($0, progress: $1) }))))
    }

    package func pushIndicatorValue(_ input: Operations.PushIndicatorValue.Input) async throws -> Operations.PushIndicatorValue.Output {
        let (request, city, principal) = try await writing(city: input.path.slug)
        guard let id = UUID(uuidString: input.path.id),
            let indicator = try await Indicator.query(on: request.db).filter(\.$id == id).filter(\.$city.$id == city.requireID()).first()
        else { throw AppError.notFound }
        guard case .json(let body) = input.body else { throw AppError.badRequest([]) }
        let (state, row) = IndicatorInput.readValue(
            FormFields(["date": body.date, "note": body.note ?? ""], numbers: ["value": body.value]), request.t)
        guard let row else { throw AppError.badRequest(state) }
        try await IndicatorInput.store([row], in: indicator, origin: .api, by: principal.actor, on: request.db)
        let values = try await indicator.$values.query(on: request.db).all()
        return .ok(.init(body: .json(.init(indicator, values: values))))
    }
}

extension Components.Schemas.Indicator {
    init(_ indicator: Indicator, progress: IndicatorProgress) {
        self.init(indicator, values: indicator.values, progress: progress)
    }

    init(_ indicator: Indicator, values: [IndicatorValue], progress: IndicatorProgress? = nil) {
        let progress = progress ?? indicator.progress(values)
        self.init(
            id: indicator.id!.uuidString, version: indicator.version, name: indicator.name, unit: indicator.unit,
            field: .init(rawValue: indicator.field.rawValue)!,
            direction: .init(rawValue: indicator.direction.rawValue)!, baselineYear: indicator.baselineYear,
            baselineValue: indicator.baselineValue, targetYear: indicator.targetYear, targetValue: indicator.targetValue,
            source: indicator.source, frequency: .init(rawValue: indicator.frequency.rawValue)!,
            status: .init(rawValue: progress.status.rawValue)!, expected: progress.expected,
            values: values.sorted { $0.dateText < $1.dateText }.map {
                .init(date: $0.dateText, value: $0.value, origin: .init(rawValue: $0.origin.rawValue)!, note: $0.note)
            })
    }
}

/// `POST /api/v1/cities/{slug}/indicators/definitions`.
extension APIHandler {
    package func createIndicator(_ input: Operations.CreateIndicator.Input) async throws -> Operations.CreateIndicator.Output {
        let (request, city, principal) = try await writing(city: input.path.slug)
        guard case .json(let body) = input.body else { throw AppError.badRequest([]) }
        let indicator = Indicator()
        indicator.$city.id = try city.requireID()
        let state = IndicatorInput.read(IndicatorInput.values(body), numbers: IndicatorInput.numbers(body), into: indicator, request.t)
        guard state.isValid else { throw AppError.badRequest(state) }
        try await Audit.create(indicator, by: principal.actor, on: request.db)
        return .created(.init(body: .json(.init(indicator, values: []))))
    }
}

/// `PUT` and `DELETE /api/v1/cities/{slug}/indicators/definitions/{id}`.
extension APIHandler {
    func indicator(_ slug: String, _ id: String) async throws -> (Indicator, Principal) {
        let (request, city, principal) = try await writing(city: slug)
        guard let id = UUID(uuidString: id),
            let indicator = try await Indicator.query(on: request.db).filter(\.$id == id).filter(\.$city.$id == city.requireID()).first()
        else { throw AppError.notFound }
        return (indicator, principal)
    }

    package func replaceIndicator(_ input: Operations.ReplaceIndicator.Input) async throws -> Operations.ReplaceIndicator.Output {
        let request = try request
        let (indicator, principal) = try await indicator(input.path.slug, input.path.id)
        guard case .json(let body) = input.body else { throw AppError.badRequest([]) }
        let (values, numbers) = (IndicatorInput.values(body), IndicatorInput.numbers(body))
        let state = IndicatorInput.read(values, numbers: numbers, into: Indicator(), request.t)
        guard state.isValid else { throw AppError.badRequest(state) }
        let t = request.t
        try await Audit.update(indicator, expecting: Audit.expectedVersion(input.headers.ifMatch), by: principal.actor, on: request.db) {
            _ = IndicatorInput.read(values, numbers: numbers, into: $0, t)
        }
        let stored = try await indicator.$values.query(on: request.db).all()
        request.recordVersion = indicator.version
        return .ok(.init(body: .json(.init(indicator, values: stored))))
    }

    package func deleteIndicator(_ input: Operations.DeleteIndicator.Input) async throws -> Operations.DeleteIndicator.Output {
        let request = try request
        let (indicator, principal) = try await indicator(input.path.slug, input.path.id)
        try await Audit.delete(indicator, by: principal.actor, on: request.db)
        return .noContent(.init())
    }
}

extension IndicatorInput {
    /// An indicator sent as JSON: its text fields as the form's.
    static func values(_ body: Components.Schemas.IndicatorInput) -> [String: String] {
        [
            "name": body.name, "unit": body.unit, "field": body.field.rawValue, "direction": body.direction.rawValue,
            "source": body.source ?? "", "frequency": body.frequency?.rawValue ?? IndicatorFrequency.annual.rawValue,
        ]
    }

    /// Its numbers, as they are.
    static func numbers(_ body: Components.Schemas.IndicatorInput) -> [String: Double] {
        var numbers: [String: Double] = [:]
        numbers["baseline_year"] = body.baselineYear.map(Double.init)
        numbers["target_year"] = body.targetYear.map(Double.init)
        numbers["baseline_value"] = body.baselineValue
        numbers["target_value"] = body.targetValue
        return numbers
    }
}
