import Fluent
import Foundation
import Kernel
import ZavezaAPI

/// `PATCH /api/v1/cities/{slug}` and `GET /api/v1/cities/{slug}/history`.
extension APIHandler {
    package func updateCity(_ input: Operations.UpdateCity.Input) async throws -> Operations.UpdateCity.Output {
        let (request, city, principal) = try await writing(city: input.path.slug)
        guard case .json(let body) = input.body else { throw AppError.badRequest([]) }
        var values: [String: String] = [:]
        var numbers: [String: Double] = [:]
        values["name"] = body.name
        values["official_name"] = body.officialName
        numbers["population"] = body.population.map(Double.init)
        numbers["area_km2"] = body.areaKm2
        values["mission_status"] = body.missionStatus.map { MissionStatus(api: $0).rawValue }
        values["mission_label_date"] = body.missionLabelDate
        numbers["baseline_year"] = body.baselineYear.map(Double.init)
        numbers["target_year"] = body.targetYear.map(Double.init)
        // A percentage without the binary noise of `0.07 * 100` (7.000000000000001).
        numbers["target_reduction_percent"] = body.targetReduction.map { ($0 * 100 * 1e10).rounded() / 1e10 }
        values["website"] = body.website
        values["data_note"] = body.dataNote
        let changes = CityProfileInput(values: values, numbers: numbers)
        // Checked on a copy, so a refused change touches nothing.
        let state = changes.read(into: try await CitiesQuery.require(slug: city.slug, on: request.db), request.t)
        let apiNames = ["target_reduction_percent": "target_reduction"]
        guard state.isValid else { throw AppError.badRequest(state, name: { apiNames[$0] ?? $0 }) }
        let t = request.t
        try await Audit.update(city, expecting: Audit.expectedVersion(input.headers.ifMatch), by: principal.actor, on: request.db) {
            // The years are checked against the stored ones, which may have changed since the check.
            let state = changes.read(into: $0, t)
            guard state.isValid else { throw AppError.badRequest(state, name: { apiNames[$0] ?? $0 }) }
        }
        let updated = try await CitiesQuery.require(slug: city.slug, on: request.db)
        request.recordVersion = updated.version
        return .ok(.init(body: .json(.init(updated))))
    }

    package func getCityHistory(_ input: Operations.GetCityHistory.Input) async throws -> Operations.GetCityHistory.Output {
        let request = try request
        let city = try await CitiesQuery.require(slug: input.path.slug, on: request.db)
        let cityID = try city.requireID()
        _ = try requireToken(.readCityWorkspace(cityID))
        let paging = try Paging(page: input.query.page, perPage: input.query.perPage)
        let query = AuditEntry.query(on: request.db).filter(\.$cityID == cityID)
        let total = try await query.count()
        let entries = try await query.copy().sort(\.$at, .descending).sort(\.$id).offset(paging.offset).limit(paging.perPage).all()
        let items = entries.map { entry in
            Components.Schemas.HistoryEntry(
                at: entry.at, actor: entry.actorLabel,
                action: .init(rawValue: entry.action.rawValue) ?? .update,
                recordType: entry.recordType, recordId: entry.recordID.uuidString,
                before: entry.before.map { .init(additionalProperties: AuditEntry.optionalFields($0)) },
                after: entry.after.map { .init(additionalProperties: AuditEntry.optionalFields($0)) })
        }
        return .ok(.init(body: .json(.init(items: items, metadata: paging.metadata(total: total)))))
    }
}
