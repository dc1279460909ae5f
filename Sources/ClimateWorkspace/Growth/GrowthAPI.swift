import Fluent
import Foundation
import Kernel
import ZavezaAPI

/// `GET` and `POST /api/v1/cities/{slug}/growth`.
extension APIHandler {
    package func listGrowthRates(_ input: Operations.ListGrowthRates.Input) async throws -> Operations.ListGrowthRates.Output {
        let request = try request
        let city = try await CitiesQuery.require(slug: input.path.slug, on: request.db)
        let rates = try await GrowthController.all(cityID: city.requireID(), on: request.db)
        return .ok(.init(body: .json(.init(items: rates.map(Components.Schemas.GrowthRate.init)))))
    }

    package func createGrowthRate(_ input: Operations.CreateGrowthRate.Input) async throws -> Operations.CreateGrowthRate.Output {
        let (request, city, principal) = try await writing(city: input.path.slug)
        guard case .json(let body) = input.body else { throw AppError.badRequest([]) }
        let rate = GrowthRate()
        rate.$city.id = try city.requireID()
        let (values, numbers) = body.fields
        var state = GrowthController.read(values, numbers: numbers, into: rate, request.t)
        if state.isValid { try await GrowthController.check(rate, city: city, state: &state, on: request.db, request.t) }
        guard state.isValid else { throw AppError.badRequest(state) }
        try await Audit.create(rate, by: principal.actor, on: request.db)
        request.recordVersion = rate.version
        return .created(.init(body: .json(.init(rate))))
    }
}

/// `PUT` and `DELETE /api/v1/cities/{slug}/growth/{id}`.
extension APIHandler {
    func growthRate(_ slug: String, _ id: String) async throws -> (City, GrowthRate, Principal) {
        let (request, city, principal) = try await writing(city: slug)
        guard let id = UUID(uuidString: id),
            let rate = try await GrowthRate.query(on: request.db).filter(\.$id == id).filter(\.$city.$id == city.requireID()).first()
        else { throw AppError.notFound }
        return (city, rate, principal)
    }

    package func replaceGrowthRate(_ input: Operations.ReplaceGrowthRate.Input) async throws -> Operations.ReplaceGrowthRate.Output {
        let request = try request
        let (city, rate, principal) = try await growthRate(input.path.slug, input.path.id)
        guard case .json(let body) = input.body else { throw AppError.badRequest([]) }
        let (values, numbers) = body.fields
        let t = request.t
        let check = GrowthRate()
        check.id = rate.id
        check.$city.id = rate.$city.id
        var state = GrowthController.read(values, numbers: numbers, into: check, t)
        if state.isValid { try await GrowthController.check(check, city: city, state: &state, on: request.db, t) }
        guard state.isValid else { throw AppError.badRequest(state) }
        try await Audit.update(rate, expecting: Audit.expectedVersion(input.headers.ifMatch), by: principal.actor, on: request.db) {
            _ = GrowthController.read(values, numbers: numbers, into: $0, t)
        }
        request.recordVersion = rate.version
        return .ok(.init(body: .json(.init(rate))))
    }

    package func deleteGrowthRate(_ input: Operations.DeleteGrowthRate.Input) async throws -> Operations.DeleteGrowthRate.Output {
        let request = try request
        let (_, rate, principal) = try await growthRate(input.path.slug, input.path.id)
        try await Audit.delete(rate, by: principal.actor, on: request.db)
        return .noContent(.init())
    }
}

extension Components.Schemas.GrowthRateInput {
    /// The body as the form's fields; its numbers are fractions, not percent.
    var fields: ([String: String], [String: Double]) {
        var numbers = ["rate": rate]
        numbers["rate_min"] = rateMin
        numbers["rate_max"] = rateMax
        return (["gpc": gpc, "source": source, "note": note ?? ""], numbers)
    }
}

extension Components.Schemas.GrowthRate {
    init(_ rate: GrowthRate) {
        self.init(
            id: rate.id!.uuidString, version: rate.version, gpc: rate.gpc, rate: rate.rateMode, rateMin: rate.rateMin,
            rateMax: rate.rateMax, source: rate.source, note: rate.note)
    }
}
