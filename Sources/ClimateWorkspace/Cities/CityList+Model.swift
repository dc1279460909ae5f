import Fluent
import Kernel

/// The list of cities, optionally only members or only the others.
enum CityList {
    struct Model: Equatable {
        var filter: SiteRoute.MembershipFilter?
        var cities: [CitySummary]

        static func load(filter: SiteRoute.MembershipFilter?, on database: any Database) async throws -> Model {
            let cities = try await CitiesQuery.all(CitiesQuery.Filter(membership: filter?.statuses), on: database)
            return Model(filter: filter, cities: cities.map(CitySummary.init))
        }
    }
}
