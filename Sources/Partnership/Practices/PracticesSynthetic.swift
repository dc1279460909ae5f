import Fluent
import Foundation
import Kernel

/// Invented published practices in numbers, for measuring the list and its
/// search (`zaveza practices synth`): titles and texts put together from
/// Slovenian words of the fields of action, with diacritics, so that search
/// has as much to do as on real text. The same seed gives the same practices.
package enum PracticesSynthetic {
    static let subjects = [
        "toplotna črpalka", "sončna elektrarna", "kolesarska povezava", "energetska prenova", "zelena streha", "daljinsko ogrevanje",
        "električni avtobus", "zbiranje odpadkov", "zadrževalnik deževnice", "drevored", "javna razsvetljava", "energetska skupnost",
        "polnilnica", "šolski vrt", "souporaba avtomobilov", "ponovna raba", "kompostarna", "pešcona", "lesna biomasa", "vodikova postaja",
    ]
    static let places = [
        "v šolah", "v vrtcih", "v soseskah", "v središču mesta", "ob vpadnicah", "v industrijski coni", "na podeželju", "v javnih stavbah",
        "ob reki", "v zdravstvenem domu", "na tržnici", "v športnem parku",
    ]
    static let words = [
        "občina", "prebivalci", "izvajalec", "subvencija", "razpis", "meritve", "prihranek", "energija", "izpusti", "stroški", "načrt",
        "sodelovanje", "skupnost", "prenova", "vzdrževanje", "učinek", "podatki", "svetovanje", "promet", "voda", "vročina", "naložba",
    ]

    /// A small generator of its own, so the same seed gives the same text on every platform.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
        mutating func sentence(_ count: Int) -> String {
            let text = (0..<count).map { _ in pick(words) }.joined(separator: " ")
            return text.prefix(1).uppercased() + text.dropFirst() + "."
        }
    }

    /// Adds `count` published practices of the member cities, written by `author`; returns how many.
    package static func load(count: Int, seed: UInt64, author: UUID, on database: any Database) async throws -> Int {
        let cities = try await City.query(on: database).filter(\.$membershipStatus == .member).all().compactMap(\.id)
        guard !cities.isEmpty else { return 0 }
        let fields = FieldOfAction.allCases
        try await database.transaction { database in
            var random = Generator(state: seed)
            for index in 0..<count {
                let practice = GoodPractice()
                practice.$city.id = random.pick(cities)
                practice.$author.id = author
                let subject = random.pick(subjects)
                practice.title = "\(subject.prefix(1).uppercased() + subject.dropFirst()) \(random.pick(places)) \(index + 1)"
                practice.summary = random.sentence(12)
                practice.field = random.pick(fields)
                practice.purpose = random.next() % 4 == 0 ? .adaptation : .mitigation
                practice.challenge = random.sentence(25) + " " + random.sentence(15)
                practice.solution = "\(subject.prefix(1).uppercased() + subject.dropFirst()): " + random.sentence(30)
                practice.results = [
                    PracticeResult(
                        label: "Prihranek", value: Double(random.next() % 5000), unit: "MWh", year: 2020 + Int(random.next() % 6))
                ]
                practice.costCents = Int64(random.next() % 500_000_000)
                practice.months = 1 + Int(random.next() % 48)
                practice.status = .published
                practice.publishedAt = Date(timeIntervalSince1970: 1_760_000_000)
                try await practice.create(on: database)
            }
            // Not recorded (invented), but what was kept of the practices is out of date.
            for city in cities { try await Workspace.changed(cityID: city, on: database) }
        }
        return count
    }
}
