import Fluent
import Foundation
import Kernel
import Plot
import Vapor

/// A section of a member's page that another feature of the area draws
/// (the help requests they asked and answered…).
typealias MemberSection = @Sendable (_ member: WorkingGroup.Row, _ request: Request) async throws -> Node<HTML.BodyContext>

/// The working group as the area's features ask for it: who is a member
/// today, of which city, and who may see the members' contacts.
package enum WorkingGroup {
    /// A member with their person and city.
    package struct Row: Sendable {
        package let member: WorkingGroupMember
        package let userID: UUID
        package let name: String
        package let email: String
        package let citySlug: String
        package let cityName: String
        package var id: UUID { member.id! }
    }

    /// Today in Ljubljana.
    static var today: CalendarDate { CalendarDate(Date()) }

    /// Every term with its person and city (ended ones too when `all`), by name.
    static func rows(all: Bool = false, cityID: UUID? = nil, on database: any Database) async throws -> [Row] {
        let query = WorkingGroupMember.query(on: database).with(\.$user).with(\.$city)
        if let cityID { query.filter(\.$city.$id == cityID) }
        let today = today
        return try await query.all()
            .filter { all || $0.isActive(on: today) }
            .map {
                Row(
                    member: $0, userID: $0.$user.id, name: $0.user.name, email: $0.user.email, citySlug: $0.city.slug,
                    cityName: $0.city.name)
            }
            .sorted { $0.name.localizedCompare($1.name) == .orderedAscending }
    }

    static func row(id: UUID, on database: any Database) async throws -> Row? {
        guard let member = try await WorkingGroupMember.query(on: database).filter(\.$id == id).with(\.$user).with(\.$city).first()
        else { return nil }
        return Row(
            member: member, userID: member.$user.id, name: member.user.name, email: member.user.email, citySlug: member.city.slug,
            cityName: member.city.name)
    }

    /// The person's term that holds today, if they are a member.
    package static func membership(of principal: Principal?, on database: any Database) async throws -> WorkingGroupMember? {
        guard let userID = principal?.userID else { return nil }
        let today = today
        return try await WorkingGroupMember.query(on: database).filter(\.$user.$id == userID).filter(\.$isOpen == true).all()
            .first { $0.isActive(on: today) }
    }

    /// Members and the coordinator see the members' contacts; no one else.
    static func seesContacts(_ principal: Principal?, on database: any Database) async throws -> Bool {
        guard let principal else { return false }
        if principal.has(.coordinator) { return true }
        return try await membership(of: principal, on: database) != nil
    }

    /// The member's term that holds today, or 403 (401 for no one): a write of the working group's.
    static func requireMember(_ request: Request) async throws -> (Principal, WorkingGroupMember) {
        let principal = try request.require(.workInPartnership)
        guard let member = try await membership(of: principal, on: request.db) else { throw AppError.forbidden }
        return (principal, member)
    }

    /// The members whose expertise holds `field`, of cities other than `except`.
    static func experts(in field: FieldOfAction, except cityID: UUID, on database: any Database) async throws -> [Row] {
        try await rows(on: database).filter { $0.member.fields.contains(field) && $0.member.$city.id != cityID }
    }
}
