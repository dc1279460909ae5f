import Fluent
import SQLKit
import Vapor

/// The database questions of the Cities feature, apart from the handlers so
/// they can be tested alone.
package enum CitiesQuery {
    package struct Filter: Sendable, Equatable {
        package var membership: [MembershipStatus]? = nil
        package var mission: MissionStatus? = nil

        package init(membership: [MembershipStatus]? = nil, mission: MissionStatus? = nil) {
            self.membership = membership
            self.mission = mission
        }
    }

    /// One page of cities ordered by slug (ASCII, so the same on SQLite and
    /// PostgreSQL), and how many match in all.
    package static func page(_ filter: Filter, offset: Int, limit: Int, on database: any Database) async throws -> (
        cities: [City], total: Int
    ) {
        let query = filtered(filter, on: database)
        let total = try await query.count()
        let cities = try await query.copy().sort(\.$slug).offset(offset).limit(limit).all()
        return (cities, total)
    }

    /// All cities that match, ordered by slug.
    package static func all(_ filter: Filter = Filter(), on database: any Database) async throws -> [City] {
        try await filtered(filter, on: database).sort(\.$slug).all()
    }

    private static func filtered(_ filter: Filter, on database: any Database) -> QueryBuilder<City> {
        let query = City.query(on: database)
        if let membership = filter.membership { query.filter(\.$membershipStatus ~~ membership) }
        if let mission = filter.mission { query.filter(\.$missionStatus == mission) }
        return query
    }

    /// A city by slug, with its contacts in order; `nil` when there is none.
    package static func city(slug: String, on database: any Database) async throws -> City? {
        guard let city = try await City.query(on: database).filter(\.$slug == slug).first() else { return nil }
        let contacts = try await city.$contacts.query(on: database).sort(\.$position).all()
        city.$contacts.value = contacts
        return city
    }

    /// The partnership (there is one).
    package static func partnership(on database: any Database) async throws -> Partnership? {
        try await Partnership.query(on: database).first()
    }
}

extension CitiesQuery {
    /// The city of the address, or 404.
    package static func require(slug: String, on database: any Database) async throws -> City {
        guard let city = try await city(slug: slug, on: database) else { throw AppError.notFound }
        return city
    }

    /// The city of the request's address and the principal allowed to do
    /// `permission` with it; else 404, 401 or 403.
    package static func authorize(_ request: Request, _ permission: (UUID) -> Permission) async throws -> (City, Principal) {
        let city = try await require(slug: request.parameter(SiteRoute.Parameter.slug), on: request.db)
        let principal = try request.require(permission(city.requireID()))
        return (city, principal)
    }

    /// Inside a transaction: takes the city's lock until the transaction
    /// ends, so that what the caller checks and then writes for the city
    /// (a report's submission) is not interleaved with another request's,
    /// in this process or another (PostgreSQL locks the city's row; SQLite
    /// the database, for writing).
    package static func lock(_ cityID: UUID, on database: any Database) async throws {
        try await (database as! any SQLDatabase).update(City.schema).set("id", to: SQLColumn("id")).where("id", .equal, cityID).run()
    }
}
