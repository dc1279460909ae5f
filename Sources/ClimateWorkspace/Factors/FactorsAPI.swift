import ClimateModel
import Fluent
import Foundation
import Kernel
import ZavezaAPI

/// `GET /api/v1/factors`: the default factors of the factors page, as JSON.
extension APIHandler {
    package func getDefaultFactors(_ input: Operations.GetDefaultFactors.Input) async throws -> Operations.GetDefaultFactors.Output {
        let t = try request.t
        let model = FactorsPage.Model.shipped
        return .ok(
            .init(
                body: .json(
                    .init(
                        fuels: model.fuels.map { fuel in
                            .init(
                                carrier: fuel.carrier, co2KgPerTj: fuel.co2KgPerTJ, co2IsBiogenic: fuel.biogenic,
                                ncvTjPerGg: fuel.ncvTJPerGg,
                                combustion: fuel.combustion.map { row in
                                    .init(use: .init(rawValue: row.use.rawValue)!, ch4KgPerTj: row.ch4, n2oKgPerTj: row.n2o)
                                })
                        },
                        gwp: model.gwp.map { .init(set: .init(rawValue: $0.set.rawValue)!, ch4: $0.ch4, n2o: $0.n2o) },
                        national: model.national.map {
                            .init(
                                country: $0.country, carrier: $0.carrier, year: $0.year, tco2ePerMwh: $0.tco2ePerMWh,
                                name: $0.name(in: t.language.rawValue), source: $0.source(in: t.language.rawValue))
                        },
                        sources: [t(FactorsText.sourceFuels), t(FactorsText.sourceGWP)]))))
    }
}

/// `GET /api/v1/cities/{slug}/factors`: the values in force by year and the city's own entries.
extension APIHandler {
    package func getCityFactors(_ input: Operations.GetCityFactors.Input) async throws -> Operations.GetCityFactors.Output {
        let request = try request
        let city = try await CitiesQuery.require(slug: input.path.slug, on: request.db)
        let cityID = try city.requireID()
        let trajectory = try await FactorTrajectory.load(cityID: cityID, language: request.language, on: request.db)
        let own = try await EmissionFactor.query(on: request.db).filter(\.$cityID == cityID).sort(\.$carrier).sort(\.$yearFrom).all()
        return .ok(
            .init(
                body: .json(
                    .init(
                        years: (2015...2050).map { year in
                            .init(
                                year: year,
                                factors: trajectory.factors(in: year).map {
                                    .init(carrier: $0.carrier, tco2ePerMwh: $0.value, source: $0.source)
                                })
                        },
                        city: own.map {
                            .init(carrier: $0.carrier, yearFrom: $0.yearFrom, yearTo: $0.yearTo, value: $0.value, source: $0.source)
                        }))))
    }
}

/// `POST /api/v1/cities/{slug}/factors/entries` and `DELETE …/entries/{id}`.
extension APIHandler {
    package func addCityFactor(_ input: Operations.AddCityFactor.Input) async throws -> Operations.AddCityFactor.Output {
        let (request, city, principal) = try await writing(city: input.path.slug)
        guard case .json(let body) = input.body else { throw AppError.badRequest([]) }
        var numbers = ["value": body.value, "year_from": Double(body.yearFrom)]
        numbers["year_to"] = body.yearTo.map(Double.init)
        let (state, factor) = FactorsEditController.read(
            ["carrier": body.carrier, "source": body.source], numbers: numbers, cityID: try city.requireID(), request.t)
        guard let factor else { throw AppError.badRequest(state) }
        try await Audit.create(factor, by: principal.actor, on: request.db)
        return .created(
            .init(
                body: .json(
                    .init(
                        id: factor.id!.uuidString, carrier: factor.carrier, yearFrom: factor.yearFrom, yearTo: factor.yearTo,
                        value: factor.value,
                        source: factor.source))))
    }

    package func deleteCityFactor(_ input: Operations.DeleteCityFactor.Input) async throws -> Operations.DeleteCityFactor.Output {
        let (request, city, principal) = try await writing(city: input.path.slug)
        guard let id = UUID(uuidString: input.path.id),
            let factor = try await EmissionFactor.query(on: request.db).filter(\.$id == id).filter(\.$cityID == city.requireID()).first()
        else { throw AppError.notFound }
        try await Audit.delete(factor, by: principal.actor, on: request.db)
        return .noContent(.init())
    }
}
