import Fluent
import Foundation
import Kernel
import ZavezaAPI

/// `GET /api/v1/cities` and `GET /api/v1/cities/{slug}`.
extension APIHandler {
    package func listCities(_ input: Operations.ListCities.Input) async throws -> Operations.ListCities.Output {
        let request = try request
        let paging = try Paging(page: input.query.page, perPage: input.query.perPage)
        let filter = CitiesQuery.Filter(
            membership: input.query.membership.map { [MembershipStatus(api: $0)] },
            mission: input.query.missionStatus.map(MissionStatus.init(api:))
        )
        let (cities, total) = try await CitiesQuery.page(filter, offset: paging.offset, limit: paging.perPage, on: request.db)
        return .ok(
            .init(body: .json(.init(items: cities.map(Components.Schemas.CitySummary.init), metadata: paging.metadata(total: total)))))
    }

    package func getCity(_ input: Operations.GetCity.Input) async throws -> Operations.GetCity.Output {
        let request = try request
        guard let city = try await CitiesQuery.city(slug: input.path.slug, on: request.db) else {
            throw AppError.notFound
        }
        return .ok(.init(body: .json(.init(city))))
    }
}

extension MembershipStatus {
    init(api: Components.Schemas.MembershipStatus) {
        switch api {
        case .member: self = .member
        case .applicant: self = .applicant
        case .notMember: self = .notMember
        }
    }

    var api: Components.Schemas.MembershipStatus {
        switch self {
        case .member: .member
        case .applicant: .applicant
        case .notMember: .notMember
        }
    }
}

extension MissionStatus {
    init(api: Components.Schemas.MissionStatus) {
        switch api {
        case .missionCity: self = .missionCity
        case .applicant: self = .applicant
        case .none: self = .none
        }
    }

    var api: Components.Schemas.MissionStatus {
        switch self {
        case .missionCity: .missionCity
        case .applicant: .applicant
        case .none: .none
        }
    }
}

extension Components.Schemas.CityLinks {
    init(slug: String) {
        self.init(_self: SiteRoute.apiCity(slug: slug).path, html: SiteRoute.city(slug: slug).path)
    }
}

extension Components.Schemas.CitySummary {
    init(_ city: City) {
        self.init(
            slug: city.slug, name: city.name, population: city.population,
            membership: .init(status: city.membershipStatus.api, since: city.memberSince?.iso),
            mission: .init(status: city.missionStatus.api, labelDate: city.missionLabelDate?.iso),
            links: .init(slug: city.slug)
        )
    }
}

extension Components.Schemas.City {
    init(_ city: City) {
        var target: Components.Schemas.Target? = nil
        if let year = city.targetYear, let reduction = city.targetReduction {
            target = .init(year: year, reduction: reduction)
        }
        self.init(
            version: city.version, slug: city.slug, name: city.name, officialName: city.officialName, population: city.population,
            areaKm2: city.areaKm2, baselineYear: city.baselineYear, target: target,
            membership: .init(status: city.membershipStatus.api, since: city.memberSince?.iso),
            mission: .init(status: city.missionStatus.api, labelDate: city.missionLabelDate?.iso),
            website: city.website,
            contacts: (city.$contacts.value ?? []).map { .init(name: $0.name, role: $0.role, email: $0.email, phone: $0.phone) },
            dataNote: city.dataNote,
            links: .init(slug: city.slug)
        )
    }
}
