import ClimateModel
import Foundation
import Testing

@testable import ClimateWorkspace
@testable import Kernel
@testable import Partnership
@testable import ZavezaApp
@testable import ZavezaCLI

@Suite("Languages")
struct LocalizationTests {
    /// Every catalogue of typed keys; a new catalogue is added here.
    static var catalogues: [(name: String, keys: [(key: String, message: (Language) -> Message)])] {
        [
            entries(CoreText.self), entries(CitiesText.self), entries(CLIText.self), entries(AccountsText.self),
            entries(CityEditText.self), entries(HistoryText.self), entries(JoinText.self), entries(Notice.self), entries(FactorsText.self),
            entries(CarrierName.self), entries(ClimateText.self), entries(InventoryText.self), entries(ActionsText.self),
            entries(PathwayText.self), entries(IndicatorsText.self), entries(HazardsText.self), entries(GrowthText.self),
            entries(ScenariosText.self),
            entries(ReportsText.self), entries(WaitingText.self), entries(WorkingGroupText.self), entries(HelpRequestText.self),
            entries(PracticeText.self), entries(ReplicationText.self),
        ]
    }

    static func entries<Key: TextCatalogue>(_ type: Key.Type) -> (String, [(String, (Language) -> Message)]) {
        ("\(type)", Key.allCases.map { key in (key.rawValue, { key.message(in: $0) }) })
    }

    @Test("every key has a text in Slovenian and in English, with the same placeholders and every plural form")
    func complete() {
        for (catalogue, keys) in Self.catalogues {
            for (key, message) in keys {
                let sl = message(.sl)
                let en = message(.en)
                for (language, text) in [(Language.sl, sl), (.en, en)] {
                    switch text {
                    case .text(let string):
                        #expect(!string.trimmingCharacters(in: .whitespaces).isEmpty, "\(catalogue).\(key) is empty in \(language)")
                    case .plural(let forms):
                        #expect(
                            Set(forms.keys) == PluralCategory.used(by: language),
                            "\(catalogue).\(key) lacks plural forms in \(language)")
                        #expect(
                            forms.values.allSatisfy { $0.contains("{n}") }, "\(catalogue).\(key): a plural form without {n} in \(language)")
                    }
                }
                #expect(Self.placeholders(sl) == Self.placeholders(en), "\(catalogue).\(key): placeholders differ between sl and en")
                if case .plural = sl { if case .text = en { Issue.record("\(catalogue).\(key): plural in sl, not in en") } }
            }
        }
    }

    static func placeholders(_ message: Message) -> Set<String> {
        let texts: [String]
        switch message {
        case .text(let text): texts = [text]
        case .plural(let forms): texts = Array(forms.values)
        }
        let expression = try! NSRegularExpression(pattern: "\\{([a-z]+)\\}")
        return Set(
            texts.flatMap { text in
                expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
                    String(text[Range($0.range(at: 1), in: text)!])
                }
            })
    }

    @Test(
        "Slovenian plurals follow CLDR: one, two, few, other",
        arguments: [
            (1, "1 mesto"), (2, "2 mesti"), (3, "3 mesta"), (4, "4 mesta"), (5, "5 mest"), (0, "0 mest"),
            (11, "11 mest"), (12, "12 mest"), (101, "101 mesto"), (102, "102 mesti"), (104, "104 mesta"), (1001, "1.001 mesto"),
        ])
    func slovenianPlurals(count: Int, expected: String) {
        #expect(Localizer(.sl)(CLIText.cityCount, count: count) == expected)
    }

    @Test("every GPC reference, sector and sub-sector has its name in both languages; a list joins with in / and")
    func gpcNames() {
        for language in Language.allCases {
            let t = Localizer(language)
            let options = t.gpcOptions(prefixes: true)
            #expect(
                options.count == ReferenceData.shipped.gpc.count + 5 + 17, "53 references, 5 sectors, 17 sub-sectors that are no reference")
            for (id, label) in options { #expect(label.count > id.count + 3, "\(id) has a name in \(language): \(label)") }
        }
        #expect(Localizer(.sl).gpc("I.1.2") == "I.1.2 Stanovanjske stavbe: raba energije iz omrežja")
        #expect(Localizer(.en).gpc("III.1.3").hasPrefix("III.1.3 Solid waste disposal: generated outside"))
        #expect(Localizer(.sl).gpc("IX.9") == "IX.9")
        #expect(Localizer(.sl).list(["B1", "B2", "M3"]) == "B1, B2 in M3")
        #expect(Localizer(.en).list(["B1", "B2"]) == "B1 and B2")
    }

    @Test("English plurals: one and other", arguments: [(1, "1 city"), (0, "0 cities"), (2, "2 cities"), (1234, "1,234 cities")])
    func englishPlurals(count: Int, expected: String) {
        #expect(Localizer(.en)(CLIText.cityCount, count: count) == expected)
    }

    @Test("numbers: 1.234,5 in Slovenian, 1,234.5 in English")
    func numbers() {
        let sl = Localizer(.sl)
        let en = Localizer(.en)
        #expect(sl.decimal(1234.5) == "1.234,5")
        #expect(en.decimal(1234.5) == "1,234.5")
        #expect(sl.integer(295000) == "295.000")
        #expect(sl.integer(1_234_567) == "1.234.567")
        #expect(sl.integer(999) == "999")
        #expect(sl.integer(-1500) == "\u{2212}1.500")
        #expect(sl.decimal(0.05, fractionDigits: 1) == "0,1")
        #expect(sl.decimal(2.25, fractionDigits: 2) == "2,25")
        #expect(sl.decimal(-0.04, fractionDigits: 1) == "0,0")
        #expect(sl.percent(0.8) == "80\u{00A0}%")
        #expect(en.percent(0.8) == "80%")
    }

    @Test("dates: 30. 11. 2026 in Slovenian; months and years at their precision")
    func dates() {
        let sl = Localizer(.sl)
        let en = Localizer(.en)
        let day = CalendarDate(year: 2026, month: 11, day: 30)!
        #expect(sl.date(day) == "30. 11. 2026")
        #expect(en.date(day) == "30 November 2026")
        #expect(sl.date(CalendarDate(iso: "2025-05")!) == "maj 2025")
        #expect(en.date(CalendarDate(iso: "2025-05")!) == "May 2025")
        #expect(sl.date(CalendarDate(iso: "2018")!) == "2018")
    }

    @Test("ISO dates are read strictly", arguments: ["2025-13", "2025-02-30", "25-01-01", "2025-1-1", "2025-05-06T00:00", "", "x"])
    func invalidDates(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test("valid ISO dates read back the same", arguments: ["2024-02-29", "2025-05", "2018", "2022-11-09"])
    func validDates(text: String) {
        #expect(CalendarDate(iso: text)?.iso == text)
    }

    @Test(
        "Accept-Language picks the best supported language",
        arguments: [
            ("sl-SI,sl;q=0.9,en;q=0.8", Language.sl), ("en-GB,en;q=0.9", .en), ("de-DE,en;q=0.5", .en),
            ("en;q=0.4,sl;q=0.6", .sl), ("fr", nil), ("", nil), ("sl;q=0", nil), ("*", nil),
        ])
    func negotiation(header: String, expected: Language?) {
        #expect(Language.negotiate(acceptLanguage: header) == expected)
    }
}
