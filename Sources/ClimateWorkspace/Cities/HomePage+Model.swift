import Fluent
import Kernel

/// The partnership's home page.
enum HomePage {
    struct Model: Equatable {
        var partnershipName: BilingualName?
        var signedOn: CalendarDate?
        var signedAt: String?
        var members: [CitySummary]
        var othersCount: Int

        static func load(on database: any Database) async throws -> Model {
            let partnership = try await CitiesQuery.partnership(on: database)
            let cities = try await CitiesQuery.all(on: database)
            return Model(
                partnershipName: partnership.map { BilingualName(sl: $0.nameSl, en: $0.nameEn) },
                signedOn: partnership?.signedOn,
                signedAt: partnership?.signedAt,
                members: cities.filter { $0.membershipStatus == .member }.map(CitySummary.init),
                othersCount: cities.filter { $0.membershipStatus != .member }.count
            )
        }

        /// A name in both languages.
        struct BilingualName: Equatable {
            let sl: String
            let en: String
        }
    }
}

/// What a list or a card shows of a city.
struct CitySummary: Equatable, Sendable {
    let slug: String
    let name: String
    let population: Int
    let membership: MembershipStatus
    let memberSince: CalendarDate?
    let mission: MissionStatus
    let missionLabelDate: CalendarDate?

    init(_ city: City) {
        slug = city.slug
        name = city.name
        population = city.population
        membership = city.membershipStatus
        memberSince = city.memberSince
        mission = city.missionStatus
        missionLabelDate = city.missionLabelDate
    }
}
