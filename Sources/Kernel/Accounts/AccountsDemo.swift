import Fluent
import Foundation

/// One demo account for each role, loaded only together with the demo data
/// (so a real installation, which starts empty or from its own data, has none).
package enum AccountsDemo {
    /// Printed by `zaveza serve` when it loads the demo; not a secret.
    package static let password = "Cukrarna-2022-demo"

    package static let accounts: [(email: String, name: String, role: Role, city: String?)] = [
        ("koordinator@zaveza.example", "Koordinatorka partnerstva (demo)", .coordinator, nil),
        ("admin.ljubljana@zaveza.example", "Skrbnica Ljubljane (demo)", .cityAdmin, "ljubljana"),
        ("uradnik.kranj@zaveza.example", "Uradnik Kranja (demo)", .cityOfficer, "kranj"),
        ("uradnica.velenje@zaveza.example", "Uradnica Velenja (demo)", .cityOfficer, "velenje"),
        ("delovna.skupina@zaveza.example", "Član delovne skupine (demo)", .workingGroupMember, nil),
        ("clanica.velenje@zaveza.example", "Članica delovne skupine iz Velenja (demo)", .workingGroupMember, nil),
        ("prebivalka@zaveza.example", "Prebivalka (demo)", .resident, nil),
    ]

    package static func load(passwordHash: String, on database: any Database) async throws -> [(email: String, role: Role, city: String?)] {
        let cities = try await City.query(on: database).all()
        for account in accounts {
            let user = User(email: account.email, name: account.name, passwordHash: passwordHash, isDemo: true)
            try await Audit.create(user, by: .system, on: database)
            let cityID = account.city.flatMap { slug in cities.first { $0.slug == slug }?.id }
            try await Audit.create(RoleAssignment(userID: user.requireID(), role: account.role, cityID: cityID), by: .system, on: database)
        }
        return accounts.map { ($0.email, $0.role, $0.city.flatMap { slug in cities.first { $0.slug == slug }?.name }) }
    }
}
