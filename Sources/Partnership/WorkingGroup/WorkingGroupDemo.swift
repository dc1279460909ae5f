import Fluent
import Foundation
import Kernel

/// Nine illustrative members, three per Mission city: made-up people at
/// `.example` addresses (the demo's password), not the cities' real staff.
enum WorkingGroupDemo {
    struct Person {
        let email: String
        let name: String
        let city: String
        let position: String
        let fields: [FieldOfAction]
        let tags: [String]
        let phone: String
        let from: String
    }

    /// The first two are demo logins of their own (`AccountsDemo`): Kranj's and Velenje's member.
    static let people: [Person] = [
        Person(
            email: "delovna.skupina@zaveza.example", name: "Član delovne skupine (demo)", city: "kranj",
            position: "Energetski menedžer, Oddelek za okolje in prostor", fields: [.buildings, .energySystems],
            tags: ["toplotne črpalke", "energetsko pogodbeništvo"], phone: "+386 4 000 01 01", from: "2023-01-16"),
        Person(
            email: "clanica.velenje@zaveza.example", name: "Članica delovne skupine iz Velenja (demo)", city: "velenje",
            position: "Vodja projektne pisarne za pravični prehod", fields: [.energySystems, .industry],
            tags: ["pravični prehod", "daljinsko ogrevanje", "toplotne črpalke"], phone: "+386 3 000 02 01", from: "2023-01-16"),
        Person(
            email: "maja.kovac@ljubljana.zaveza.example", name: "Maja Kovač (demo)", city: "ljubljana",
            position: "Vodja podnebne pisarne, Oddelek za varstvo okolja", fields: [.energySystems, .buildings],
            tags: ["daljinsko ogrevanje", "energetska revščina"], phone: "+386 1 000 03 01", from: "2023-01-16"),
        Person(
            email: "tomaz.horvat@ljubljana.zaveza.example", name: "Tomaž Horvat (demo)", city: "ljubljana",
            position: "Svetovalec za trajnostno mobilnost", fields: [.mobility], tags: ["P+R", "kolesarska infrastruktura"],
            phone: "+386 1 000 03 02", from: "2023-03-01"),
        Person(
            email: "nina.zupan@ljubljana.zaveza.example", name: "Nina Zupan (demo)", city: "ljubljana",
            position: "Strokovnjakinja za krožno gospodarstvo", fields: [.waste], tags: ["nič odpadkov", "biološki odpadki"],
            phone: "+386 1 000 03 03", from: "2024-02-01"),
        Person(
            email: "petra.kern@kranj.zaveza.example", name: "Petra Kern (demo)", city: "kranj",
            position: "Energetska svetovalka, Lokalna energetska agencija Gorenjske", fields: [.buildings],
            tags: ["Eko sklad", "subvencije"], phone: "+386 4 000 01 02", from: "2023-01-16"),
        Person(
            email: "luka.jereb@kranj.zaveza.example", name: "Luka Jereb (demo)", city: "kranj",
            position: "Višji svetovalec za promet", fields: [.mobility, .greenInfrastructure], tags: ["polnilnice", "zelene površine"],
            phone: "+386 4 000 01 03", from: "2023-06-01"),
        Person(
            email: "gregor.lipnik@velenje.zaveza.example", name: "Gregor Lipnik (demo)", city: "velenje",
            position: "Vodja razvoja, Komunalno podjetje Velenje", fields: [.energySystems, .waste],
            tags: ["toplotne črpalke", "čistilna naprava"], phone: "+386 3 000 02 02", from: "2023-01-16"),
        Person(
            email: "urska.golob@velenje.zaveza.example", name: "Urška Golob (demo)", city: "velenje",
            position: "Svetovalka za EU projekte, območna razvojna agencija", fields: [.industry, .greenInfrastructure],
            tags: ["EU projekti", "sončne elektrarne"], phone: "+386 3 000 02 03", from: "2024-01-08"),
    ]

    static func load(cities: [String: UUID], on database: any Database) async throws {
        // The demo accounts share the demo's password: its hash is taken from the first.
        guard let first = try await User.query(on: database).filter(\.$email == people[0].email).first() else { return }
        for person in people {
            guard let cityID = cities[person.city] else { continue }
            var user = try await User.query(on: database).filter(\.$email == person.email).first()
            if user == nil {
                let created = User(email: person.email, name: person.name, passwordHash: first.passwordHash, isDemo: true)
                try await Audit.create(created, by: .system, on: database)
                try await Audit.create(
                    RoleAssignment(userID: created.requireID(), role: .workingGroupMember, cityID: nil), by: .system, on: database)
                user = created
            }
            let member = WorkingGroupMember()
            member.$user.id = try user!.requireID()
            member.$city.id = cityID
            member.position = person.position
            member.fields = person.fields
            member.tags = person.tags
            member.phone = person.phone
            member.fromText = person.from
            try await Audit.create(member, by: .system, on: database)
        }
    }
}
