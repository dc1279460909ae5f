import Fluent
import SQLKit
import Vapor

/// Who is making a request: a signed-in person with their roles, or a machine
/// with an API token. Anonymous requests have none.
package struct Principal: Sendable {
    package struct Grant: Sendable, Equatable {
        package let role: Role
        package let cityID: UUID?
    }

    package enum Kind: Sendable {
        case user(id: UUID, email: String, name: String, mustChangePassword: Bool)
        case token(id: UUID, name: String, cityID: UUID, canWrite: Bool)
    }

    package let kind: Kind
    package let grants: [Grant]
    /// The city whose team the person is on (admin before officer): where
    /// they land after signing in and what "My city" leads to.
    package var homeCity: HomeCity? = nil

    package struct HomeCity: Sendable, Equatable {
        package let slug: String
        package let name: String
    }

    /// Where a person goes after signing in when no page asked for it: their
    /// city's page with its workspace, the partnership's cities for the
    /// coordinator, else the home page.
    package var landing: SiteRoute {
        if has(.coordinator) { return .cities() }
        if let homeCity { return .city(slug: homeCity.slug) }
        return .home
    }

    package var actor: Actor {
        switch kind {
        case .user(let id, let email, _, _): .user(id, email: email)
        case .token(let id, let name, _, _): .token(id, name: name)
        }
    }

    package var userID: UUID? {
        if case .user(let id, _, _, _) = kind { return id }
        return nil
    }

    package func has(_ role: Role, in cityID: UUID? = nil) -> Bool {
        grants.contains { $0.role == role && (cityID == nil || $0.cityID == cityID) }
    }

    /// The one permission rule of the platform (PRODUCT.md, Roles): no one
    /// touches another city's data; the coordinator may do everything.
    package func can(_ action: Permission) -> Bool {
        if case .token(_, _, let tokenCity, let canWrite) = kind {
            switch action {
            case .readCityWorkspace(let city): return city == tokenCity
            case .editCity(let city): return canWrite && city == tokenCity
            default: return false
            }
        }
        if has(.coordinator) { return true }
        switch action {
        case .readCityWorkspace(let city):
            return has(.cityAdmin, in: city) || has(.cityOfficer, in: city) || has(.workingGroupMember)
        case .editCity(let city):
            return has(.cityAdmin, in: city) || has(.cityOfficer, in: city)
        case .manageCityPeople(let city), .manageCityTokens(let city), .viewCityHistory(let city), .restoreCityRecords(let city),
            .reopenInventory(let city):
            return has(.cityAdmin, in: city)
        case .askToJoin:
            return true
        case .workInPartnership:
            return has(.workingGroupMember)
        case .approveCities, .viewOutbox, .editNationalFactors:
            return false
        }
    }
}

/// Everything a request may need permission for.
package enum Permission: Sendable, Equatable {
    case readCityWorkspace(UUID)
    case editCity(UUID)
    case manageCityPeople(UUID)
    case manageCityTokens(UUID)
    case viewCityHistory(UUID)
    case restoreCityRecords(UUID)
    /// Return a submitted inventory to draft: the city admin's decision.
    case reopenInventory(UUID)
    /// Enter national emission factors: the coordinator.
    case editNationalFactors
    case askToJoin
    /// The partnership's shared work (help requests, practices): a working-group
    /// member (a feature checks the member's term and city on top) or the coordinator.
    case workInPartnership
    case approveCities
    case viewOutbox
}

private enum PrincipalKey: StorageKey {
    typealias Value = Principal
}

extension Request {
    /// The signed-in person or token, if any (set by the authentication middleware).
    package var principal: Principal? {
        get { storage[PrincipalKey.self] }
        set { storage[PrincipalKey.self] = newValue }
    }

    /// The principal if it may do `action`; else 401 for no one, 403 for someone.
    @discardableResult
    package func require(_ action: Permission) throws -> Principal {
        guard let principal else { throw AppError.unauthorized }
        guard principal.can(action) else { throw AppError.forbidden }
        return principal
    }

    /// Someone signed in, whatever their roles.
    package func requireSignedIn() throws -> Principal {
        guard let principal, principal.userID != nil else { throw AppError.unauthorized }
        return principal
    }
}

extension Principal {
    /// A live role of a person, with the city it is in.
    struct RoleRow: Decodable {
        let role: String?
        let city_id: UUID?
        let slug: String?
        let city_name: String?
    }

    /// Loads a person's live roles.
    package static func load(user: User, on database: any Database) async throws -> Principal {
        // One question for the roles and the cities they are in.
        let rows = try await (database as! any SQLDatabase).raw(
            """
            SELECT r.role, r.city_id, c.slug, c.name AS city_name FROM \(ident: RoleAssignment.schema) r
            LEFT JOIN \(ident: City.schema) c ON c.id = r.city_id
            WHERE r.user_id = \(bind: try user.requireID()) AND r.deleted_at IS NULL
            """
        ).all(decoding: RoleRow.self)
        return make(
            userID: try user.requireID(), email: user.email, name: user.name, mustChangePassword: user.mustChangePassword, roles: rows)
    }

    /// A person with their roles, as read from the database.
    static func make(userID: UUID, email: String, name: String, mustChangePassword: Bool, roles rows: [RoleRow]) -> Principal {
        let roles = rows.compactMap { row in row.role.flatMap(Role.init(rawValue:)).map { (role: $0, row: row) } }
        var principal = Principal(
            kind: .user(id: userID, email: email, name: name, mustChangePassword: mustChangePassword),
            grants: roles.map { Grant(role: $0.role, cityID: $0.row.city_id) }
        )
        let team = roles.filter(\.role.isCityScoped).sorted { ($0.role == .cityAdmin ? 0 : 1) < ($1.role == .cityAdmin ? 0 : 1) }
        if let city = team.first?.row, let slug = city.slug, let name = city.city_name {
            principal.homeCity = HomeCity(slug: slug, name: name)
        }
        return principal
    }
}
