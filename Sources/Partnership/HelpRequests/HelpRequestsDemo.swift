import Fluent
import Foundation
import Kernel

/// Four illustrative questions between the demo cities, with answers: two
/// open, one solved, one closed.
enum HelpRequestsDemo {
    struct Ask {
        let asker: String
        let title: String
        let question: String
        let field: FieldOfAction
        let deadline: String?
        let answers: [(String, String)]
        let state: HelpRequestState
    }

    static let asks: [Ask] = [
        Ask(
            asker: "delovna.skupina@zaveza.example", title: "Kdo je že izvedel skupinsko naročilo toplotnih črpalk?",
            question:
                "V Kranju pripravljamo skupinsko naročilo toplotnih črpalk za hiše zunaj območja daljinskega ogrevanja.\n\nKako ste razpis razdelili na sklope, in koliko gospodinjstev se je prijavilo?",
            field: .buildings, deadline: "2027-02-28",
            answers: [
                (
                    "maja.kovac@ljubljana.zaveza.example",
                    "V Ljubljani smo leta 2024 naročilo razdelili na tri sklope po moči naprav. Prijavilo se je 420 gospodinjstev; ključno je bilo brezplačno energetsko svetovanje pred podpisom."
                ),
                (
                    "gregor.lipnik@velenje.zaveza.example",
                    "V Velenju smo naročilo povezali s subvencijo Eko sklada: izvajalec je vlogo oddal namesto gospodinjstva. To je podvojilo odziv."
                ),
            ], state: .solved),
        Ask(
            asker: "clanica.velenje@zaveza.example", title: "Izkušnje z veliko toplotno črpalko v daljinskem ogrevanju?",
            question:
                "Velenje išče nov vir toplote po zaprtju Šoštanja. Je kdo že izdelal študijo izvedljivosti za veliko toplotno črpalko na odpadni vodi ali reki?",
            field: .energySystems, deadline: nil,
            answers: [
                (
                    "maja.kovac@ljubljana.zaveza.example",
                    "Energetika Ljubljana ima študijo za toplotno črpalko na iztoku čistilne naprave. Povezali vas bomo z avtorji; poročilo lahko delimo."
                )
            ], state: .open),
        Ask(
            asker: "tomaz.horvat@ljubljana.zaveza.example", title: "Parkirna politika ob uvedbi nizkoemisijske cone",
            question: "Kako ste prebivalcem središča predstavili nove parkirne tarife in kakšni so bili odzivi?",
            field: .mobility, deadline: nil,
            answers: [
                (
                    "luka.jereb@kranj.zaveza.example",
                    "V Kranju smo pred uvedbo organizirali tri delavnice po soseskah in brezplačno mesečno vozovnico za prvo leto. Pritožb je bilo manj, kot smo pričakovali."
                )
            ], state: .open),
        Ask(
            asker: "petra.kern@kranj.zaveza.example", title: "Vzorec pogodbe za energetsko pogodbeništvo v šolah",
            question: "Ima kdo vzorec pogodbe za energetsko pogodbeništvo, ki ga je pregledalo računsko sodišče?",
            field: .buildings, deadline: "2026-06-30", answers: [], state: .closed),
    ]

    static func load(cities: [String: UUID], on database: any Database) async throws {
        var moment = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28: the demo's questions come one a week
        for ask in asks {
            guard let asker = try await member(ask.asker, on: database) else { continue }
            let help = HelpRequest()
            help.$city.id = asker.$city.id
            help.$member.id = try asker.requireID()
            help.$user.id = asker.$user.id
            help.title = ask.title
            help.question = ask.question
            help.field = ask.field
            help.deadlineText = ask.deadline
            help.createdAt = moment
            try await Audit.create(help, by: .system, on: database)
            var first: UUID?
            for (email, body) in ask.answers {
                guard let answerer = try await member(email, on: database) else { continue }
                moment += 86_400
                let answer = HelpAnswer()
                answer.$request.id = try help.requireID()
                answer.$city.id = answerer.$city.id
                answer.$member.id = try answerer.requireID()
                answer.$user.id = answerer.$user.id
                answer.body = body
                answer.createdAt = moment
                try await Audit.create(answer, by: .system, on: database)
                first = first ?? answer.id
            }
            if ask.state != .open {
                try await Audit.update(help, by: .system, on: database) {
                    $0.state = ask.state
                    $0.solvedAnswerID = ask.state == .solved ? first : nil
                }
            }
            moment += 7 * 86_400
        }
    }

    static func member(_ email: String, on database: any Database) async throws -> WorkingGroupMember? {
        try await WorkingGroupMember.query(on: database).join(User.self, on: \WorkingGroupMember.$user.$id == \User.$id)
            .filter(User.self, \.$email == email).first()
    }
}
