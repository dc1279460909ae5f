import ClimateModel
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
