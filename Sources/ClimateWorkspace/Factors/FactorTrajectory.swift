import ClimateModel
import Fluent
import Foundation
import Kernel

/// The factors that apply to one city, per carrier, in tCO2e per MWh:
/// the national ones (shipped with the model, then those the coordinator
/// entered) and the city's own, which win in the years they cover. A range of
/// years is flat; between ranges the value is linear (MODEL.md §3).
package struct FactorTrajectory: Sendable, Equatable {
    /// One year's value and where it came from.
    package struct Point: Sendable, Equatable {
        package let year: Int
        package let value: Double
        package let source: String
        package let isCity: Bool
    }

    /// Per carrier, oldest first, one point a year.
    package private(set) var points: [String: [Point]]

    package init(national: [EmissionFactor], city: [EmissionFactor], shipped: [NationalFactor], language: Language) {
        var table: [String: [Int: Point]] = [:]
        for factor in shipped {
            table[factor.carrier, default: [:]][factor.year] = Point(
                year: factor.year, value: factor.tco2ePerMWh, source: factor.source(in: language.rawValue), isCity: false)
        }
        for (factors, isCity) in [(national, false), (city, true)] {
            for factor in factors.sorted(by: { $0.yearFrom < $1.yearFrom }) {
                for year in Set([factor.yearFrom, factor.yearTo ?? factor.yearFrom]) {
                    table[factor.carrier, default: [:]][year] = Point(
                        year: year, value: factor.value, source: factor.source, isCity: isCity)
                }
            }
        }
        points = table.mapValues { $0.values.sorted { $0.year < $1.year } }
    }

    /// The factors of a city (national and its own).
    package static func load(cityID: UUID, language: Language = .default, on database: any Database) async throws -> FactorTrajectory {
        let factors = try await EmissionFactor.query(on: database).group(.or) { group in
            group.filter(\.$cityID == nil).filter(\.$cityID == cityID)
        }.all()
        return FactorTrajectory(
            national: factors.filter { $0.cityID == nil }, city: factors.filter { $0.cityID != nil },
            shipped: ReferenceData.shipped.nationalFactors, language: language)
    }

    /// The value of each carrier in a year, with the source of the nearest point.
    package func factors(in year: Int) -> [FactorUsed] {
        points.keys.sorted().compactMap { carrier in
            guard let list = points[carrier], !list.isEmpty else { return nil }
            let value = Scenario.interpolate(list.map { (year: $0.year, value: $0.value) }, year)
            let nearest = list.min { abs($0.year - year) < abs($1.year - year) }!
            return FactorUsed(carrier: carrier, value: value, source: nearest.source)
        }
    }

    /// The trajectory as a scenario file writes it: carrier → year → value.
    package var scenarioJSON: [String: [String: Double]] {
        points.mapValues { list in Dictionary(uniqueKeysWithValues: list.map { (String($0.year), $0.value) }) }
    }

    /// The same with a year's values fixed: a submitted inventory keeps its factors.
    package func keeping(_ used: [FactorUsed], in year: Int) -> FactorTrajectory {
        var copy = self
        for factor in used {
            var list = copy.points[factor.carrier, default: []].filter { $0.year != year }
            list.append(Point(year: year, value: factor.value, source: factor.source, isCity: true))
            copy.points[factor.carrier] = list.sorted { $0.year < $1.year }
        }
        return copy
    }
}
