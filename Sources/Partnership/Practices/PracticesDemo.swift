import ClimateWorkspace
import Fluent
import Foundation
import Kernel

/// Twelve illustrative good practices of the demo cities, each with measured
/// results and a small attachment the loader makes (a one-page PDF, or a PNG):
/// made up to be of a plausible size, not the cities' own reports.
enum PracticesDemo {
    struct Item {
        let city: String
        let author: String
        let partners: [String]
        let title: String
        let summary: String
        let field: FieldOfAction
        let purpose: ActionPurpose
        let challenge: String
        let solution: String
        let results: [PracticeResult]
        let cost: Int64?
        let months: Int?
        let requirements: String
        let published: Bool
    }

    static let kranj = "delovna.skupina@zaveza.example"
    static let velenje = "clanica.velenje@zaveza.example"
    static let ljubljana = "maja.kovac@ljubljana.zaveza.example"

    static let items: [Item] = [
        Item(
            city: "ljubljana", author: ljubljana, partners: [], title: "Skupinsko naročilo toplotnih črpalk za hiše",
            summary: "Mesto je zbralo gospodinjstva zunaj daljinskega ogrevanja in zanje izvedlo skupno naročilo toplotnih črpalk.",
            field: .buildings, purpose: .mitigation,
            challenge: "Lastniki hiš so se bali visokih cen in nezanesljivih izvajalcev, zato so kotli na olje in plin ostajali.",
            solution:
                "Tri sklopi po moči naprav, brezplačen energetski pregled pred podpisom, izvajalec odda vlogo za subvencijo Eko sklada.",
            results: [
                PracticeResult(label: "Zamenjanih kotlov", value: 420, unit: "kotlov", year: 2024),
                PracticeResult(label: "Manj izpustov na leto", value: 1850, unit: "t CO₂e", year: 2025),
            ], cost: 3_200_000_00, months: 14,
            requirements: "Seznam hiš zunaj daljinskega ogrevanja, energetski svetovalci, vzorec razpisa.",
            published: true),
        Item(
            city: "kranj", author: kranj, partners: ["velenje"], title: "Sončne elektrarne na strehah šol",
            summary: "Šole in vrtci proizvajajo elektriko za lastno rabo; presežek gre v energetsko skupnost.",
            field: .energySystems, purpose: .mitigation,
            challenge: "Velike ravne strehe javnih stavb so ostajale neizkoriščene, računi za elektriko pa so rasli.",
            solution: "Javno-zasebno partnerstvo: zasebni vlagatelj postavi elektrarne, šola elektriko kupuje po nižji ceni 15 let.",
            results: [
                PracticeResult(label: "Nameščena moč", value: 1.2, unit: "MW", year: 2024),
                PracticeResult(label: "Proizvedena elektrika", value: 1350, unit: "MWh", year: 2025),
            ], cost: 1_400_000_00, months: 18, requirements: "Statična presoja streh, pravni nasvet za javno-zasebno partnerstvo.",
            published: true),
        Item(
            city: "velenje", author: velenje, partners: [], title: "Brezplačni električni mestni avtobusi",
            summary: "Mestni avtobus Lokalc je brezplačen in vozi na elektriko, polnjeno iz sončne elektrarne na garaži.",
            field: .mobility, purpose: .mitigation,
            challenge: "Kratke vožnje z avtomobilom po mestu so bile pravilo, avtobusi na dizel pa napol prazni.",
            solution: "Zamenjava flote z električnimi avtobusi, brezplačna vožnja za vse in gostejši vozni red ob konicah.",
            results: [
                PracticeResult(label: "Potnikov na leto", value: 610_000, unit: "potnikov", year: 2024),
                PracticeResult(label: "Manj dizla", value: 95_000, unit: "L", year: 2024),
            ], cost: 4_000_000_00, months: 24,
            requirements: "Polnilnice v garaži, vozniki z usposabljanjem, dogovor z državo o sofinanciranju.",
            published: true),
        Item(
            city: "ljubljana", author: "nina.zupan@ljubljana.zaveza.example", partners: ["kranj"], title: "Nič odpadkov na odlagališču",
            summary: "Ločeno zbiranje od vrat do vrat in center ponovne uporabe sta zmanjšala ostanek odpadkov za polovico.",
            field: .waste, purpose: .mitigation,
            challenge: "Odlagališče se je polnilo, metan z odlagališča pa je bil med večjimi viri izpustov v mestu.",
            solution: "Zbiranje bioloških odpadkov od vrat do vrat, plačilo po količini ostanka, center ponovne uporabe.",
            results: [
                PracticeResult(label: "Ločeno zbranih odpadkov", value: 68, unit: "%", year: 2024),
                PracticeResult(label: "Odloženih odpadkov na prebivalca", value: 51, unit: "kg", year: 2024),
            ], cost: 2_500_000_00, months: 36,
            requirements: "Komunalno podjetje, ki zbira od vrat do vrat, in odlok o plačilu po količini.",
            published: true),
        Item(
            city: "kranj", author: "luka.jereb@kranj.zaveza.example", partners: [], title: "Kolesarska povezava med soseskami",
            summary: "Ločena kolesarska pot povezuje Planino, središče in industrijsko cono; ob njej so varna kolesarska stojala.",
            field: .mobility, purpose: .mitigation,
            challenge: "Kolesarji so vozili po prometnih cestah, zato se jih je malo odločilo za kolo na poti v službo.",
            solution: "Sedem kilometrov kolesarske poti, urejena križišča in kolesarnice ob postajah.",
            results: [
                PracticeResult(label: "Kolesarjev na dan na števcu", value: 1900, unit: "kolesarjev", year: 2025),
                PracticeResult(label: "Delež poti s kolesom", value: 14, unit: "%", year: 2025),
            ], cost: 5_600_000_00, months: 30, requirements: "Zemljišča ob trasi, projektna dokumentacija, števci kolesarjev.",
            published: true),
        Item(
            city: "velenje", author: "gregor.lipnik@velenje.zaveza.example", partners: [],
            title: "Toplotna črpalka na iztoku čistilne naprave",
            summary: "Velika toplotna črpalka jemlje toploto očiščeni odpadni vodi in jo oddaja v daljinsko ogrevanje.",
            field: .energySystems, purpose: .mitigation,
            challenge: "Daljinsko ogrevanje je bilo v celoti odvisno od termoelektrarne na premog.",
            solution: "Toplotna črpalka 4 MW ob čistilni napravi, ki poleti greje sanitarno vodo za ves sistem.",
            results: [
                PracticeResult(label: "Toplota iz odpadne vode", value: 21_000, unit: "MWh", year: 2025),
                PracticeResult(label: "Manj izpustov na leto", value: 7400, unit: "t CO₂e", year: 2025),
            ], cost: 9_800_000_00, months: 26, requirements: "Čistilna naprava blizu vročevoda in meritve pretoka ter temperature vode.",
            published: true),
        Item(
            city: "ljubljana", author: "tomaz.horvat@ljubljana.zaveza.example", partners: [],
            title: "P+R z brezplačnim avtobusom v središče",
            summary: "Parkirišča ob obvoznici z vozovnico za mestni avtobus v ceni parkiranja.",
            field: .mobility, purpose: .mitigation,
            challenge: "Dnevni migranti so se z avtom vozili do središča, kjer je zmanjkovalo parkirnih mest.",
            solution: "Pet parkirišč P+R, ena vozovnica za parkiranje in avtobus, avtobusni pasovi do središča.",
            results: [PracticeResult(label: "Parkiranj na leto", value: 410_000, unit: "parkiranj", year: 2024)],
            cost: 12_000_000_00, months: 40, requirements: "Zemljišča ob vpadnicah in dogovor s prevoznikom.", published: true),
        Item(
            city: "kranj", author: "petra.kern@kranj.zaveza.example", partners: ["ljubljana"],
            title: "Energetsko svetovanje za etažne lastnike",
            summary: "Svetovalci pomagajo upravnikom in etažnim lastnikom pripraviti celovito prenovo večstanovanjske stavbe.",
            field: .buildings, purpose: .mitigation,
            challenge: "Odločitev o prenovi zahteva soglasje lastnikov, ki nimajo znanja ne časa.",
            solution: "Brezplačen pregled stavbe, predstavitev lastnikom, pomoč pri prijavi na Eko sklad in izbiri izvajalca.",
            results: [
                PracticeResult(label: "Prenovljenih stavb", value: 23, unit: "stavb", year: 2025),
                PracticeResult(label: "Prihranek toplote", value: 4100, unit: "MWh", year: 2025),
            ], cost: 180_000_00, months: 12, requirements: "Dva energetska svetovalca in sodelovanje z upravniki stavb.", published: true),
        Item(
            city: "velenje", author: "urska.golob@velenje.zaveza.example", partners: ["kranj", "ljubljana"],
            title: "Zeleni obroč: drevesa proti vročini",
            summary: "Sajenje dreves ob ulicah in na dvoriščih šol zmanjša vročino poleti in veže ogljik.",
            field: .greenInfrastructure, purpose: .adaptation,
            challenge: "Asfaltirane ulice in dvorišča so se poleti segrela nad 45 °C, otroci so ostajali v stavbah.",
            solution: "Sajenje avtohtonih dreves z zalivalnimi sistemi, odstranitev asfalta na šolskih dvoriščih.",
            results: [
                PracticeResult(label: "Posajenih dreves", value: 2300, unit: "dreves", year: 2025),
                PracticeResult(label: "Nižja temperatura površin", value: 12, unit: "°C", year: 2025),
            ], cost: 900_000_00, months: 20, requirements: "Seznam vročih točk, drevesnica in vzdrževalci za prva tri leta.",
            published: true),
        Item(
            city: "ljubljana", author: ljubljana, partners: ["velenje"], title: "Zadrževalniki deževnice v soseskah",
            summary: "Deževni vrtovi in podzemni zadrževalniki zmanjšajo poplave ob nalivih.",
            field: .greenInfrastructure, purpose: .adaptation,
            challenge: "Ob nalivih je kanalizacija prelivala, kleti v nižjih soseskah so poplavljale.",
            solution: "Deževni vrtovi na javnih površinah, zadrževalnik pod parkiriščem, subvencija za hišne zbiralnike.",
            results: [PracticeResult(label: "Zadržane vode ob nalivu", value: 3500, unit: "m³", year: 2024)],
            cost: 2_100_000_00, months: 22, requirements: "Model odtoka padavin in soglasje upravljavca kanalizacije.", published: true),
        Item(
            city: "velenje", author: velenje, partners: [], title: "Pravični prehod: prekvalifikacija rudarjev v energetske monterje",
            summary: "Rudarji se v šestih mesecih usposobijo za montažo sončnih elektrarn in toplotnih črpalk.",
            field: .energySystems, purpose: .mitigation,
            challenge: "Zapiranje rudnika odpira vprašanje dela za več sto ljudi, monterjev pa primanjkuje.",
            solution: "Program z lokalnim šolskim centrom in podjetji, plačano usposabljanje in zaposlitev po njem.",
            results: [PracticeResult(label: "Usposobljenih monterjev", value: 140, unit: "oseb", year: 2025)],
            cost: 1_100_000_00, months: 10, requirements: "Šolski center, podjetja, ki zaposlujejo, in sredstva sklada za pravični prehod.",
            published: false),
        Item(
            city: "kranj", author: kranj, partners: [], title: "Energetsko pogodbeništvo v javnih stavbah",
            summary: "Izvajalec prenovi ogrevanje in razsvetljavo ter se poplača iz prihrankov energije.",
            field: .buildings, purpose: .mitigation,
            challenge: "Proračun ni imel sredstev za prenovo ogrevanja v dvanajstih javnih stavbah.",
            solution: "Pogodba za 12 let z zajamčenim prihrankom, meritve in poročilo vsak mesec.",
            results: [PracticeResult(label: "Zajamčen prihranek energije", value: 32, unit: "%", year: 2025)],
            cost: 2_700_000_00, months: 16, requirements: "Podatki o rabi energije za tri leta in pravni pregled pogodbe.", published: false
        ),
    ]

    static func load(cities: [String: UUID], on database: any Database, files: FileStore) async throws {
        for item in items {
            guard let cityID = cities[item.city],
                let author = try await User.query(on: database).filter(\.$email == item.author).first()
            else { continue }
            let practice = GoodPractice()
            practice.$city.id = cityID
            practice.$author.id = try author.requireID()
            practice.title = item.title
            practice.summary = item.summary
            practice.partners = item.partners.compactMap { cities[$0] }
            practice.field = item.field
            practice.purpose = item.purpose
            practice.challenge = item.challenge
            practice.solution = item.solution
            practice.results = item.results
            practice.costCents = item.cost
            practice.months = item.months
            practice.requirements = item.requirements
            practice.contacts = "\(author.name), \(author.email)"
            practice.status = item.published ? .published : .draft
            practice.publishedAt = item.published ? Date(timeIntervalSince1970: 1_760_000_000) : nil
            try await Audit.create(practice, by: .system, on: database)
            let (name, kind, bytes) =
                item.field == .greenInfrastructure
                ? ("nacrt.png", FileKind.png, DemoFiles.png)
                : (
                    "porocilo.pdf", FileKind.pdf,
                    DemoFiles.pdf(lines: [item.title, item.summary, "Ponazoritev (demo): ni poročilo mesta."])
                )
            let attachment = PracticeAttachment()
            attachment.$practice.id = try practice.requireID()
            attachment.cityID = cityID
            attachment.name = name
            attachment.kind = kind
            attachment.size = bytes.count
            attachment.sha256 = try files.store(bytes)
            try await Audit.create(attachment, by: .system, on: database)
        }
        try await loadReplications(cities: cities, on: database)
    }

    /// A city that took a practice over, the action it made of it and what it measured.
    struct Replication {
        let practice: String
        let city: String
        let action: [String: String]
        let numbers: [String: Double]
        let results: [PracticeResult]
    }

    /// Velenje's two carry a model effect and count in its pathway; Ljubljana's
    /// is planned, its effect not yet entered (the demo keeps Kranj's and
    /// Ljubljana's portfolios as the examples and tests know them).
    static let replications: [Replication] = [
        Replication(
            practice: "Skupinsko naročilo toplotnih črpalk za hiše", city: "velenje",
            action: [
                "code": "DP1", "name": "Skupinsko naročilo toplotnih črpalk", "field": "buildings", "purpose": "mitigation",
                "status": "in_progress", "progress": "25", "start_date": "2025", "end_date": "2027",
                "description": "Po zgledu Ljubljane: skupno naročilo toplotnih črpalk za hiše na plin zunaj daljinskega ogrevanja.",
                "effect_kind": "reduce_activity", "effect_gpc": "I.1.1", "effect_carrier": "natural_gas", "effect_start": "2025",
                "effect_full": "2028",
            ],
            numbers: ["effect_min": 0.02, "effect_mode": 0.04, "effect_max": 0.06, "capex_eur": 900_000],
            results: [PracticeResult(label: "Zamenjanih kotlov", value: 85, unit: "kotlov", year: 2026)]),
        Replication(
            practice: "Kolesarska povezava med soseskami", city: "velenje",
            action: [
                "code": "DP2", "name": "Kolesarska povezava Šalek–center", "field": "mobility", "purpose": "mitigation",
                "status": "in_progress", "progress": "10", "start_date": "2026", "end_date": "2028",
                "description": "Po zgledu Kranja: varna kolesarska povezava med soseskami in središčem.",
                "effect_kind": "reduce_activity", "effect_gpc": "II.1.1", "effect_carrier": "gasoline", "effect_start": "2026",
                "effect_full": "2029",
            ],
            numbers: ["effect_min": 0.005, "effect_mode": 0.01, "effect_max": 0.02, "capex_eur": 1_500_000],
            results: [PracticeResult(label: "Kolesarjev na dan", value: 1_200, unit: "kolesarjev", year: 2026)]),
        Replication(
            practice: "Sončne elektrarne na strehah šol", city: "ljubljana",
            action: [
                "code": "DP1", "name": "Sončne elektrarne na strehah šol in vrtcev", "field": "energy_systems", "purpose": "mitigation",
                "status": "planned", "progress": "0", "start_date": "2026", "end_date": "2028",
                "description": "Po zgledu Kranja in Velenja: javno-zasebno partnerstvo za elektrarne na strehah šol.",
            ],
            numbers: ["capex_eur": 2_500_000], results: []),
    ]

    static func loadReplications(cities: [String: UUID], on database: any Database) async throws {
        for item in replications {
            guard let cityID = cities[item.city], let city = try await City.find(cityID, on: database),
                let practice = try await GoodPractice.query(on: database).filter(\.$title == item.practice).first()
            else { continue }
            let action = try await ActionAdoption.create(item.action, numbers: item.numbers, in: city, by: .system, on: database)
            let link = PracticeReplication(practiceID: try practice.requireID(), cityID: cityID, actionID: try action.requireID())
            link.results = item.results
            try await Audit.create(link, by: .system, on: database)
        }
    }
}

/// Small real files for the demo: a one-page PDF of a few lines, a small PNG.
enum DemoFiles {
    /// A PDF with `lines` in Helvetica (letters beyond Latin-1 written without their marks).
    static func pdf(lines: [String]) -> [UInt8] {
        func plain(_ text: String) -> String {
            text.folding(options: .diacriticInsensitive, locale: nil).unicodeScalars.map { $0.isASCII ? String($0) : "?" }.joined()
                .replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
                .replacingOccurrences(of: ")", with: "\\)")
        }
        let text = lines.enumerated().map { "BT /F1 12 Tf 50 \(780 - 20 * $0.offset) Td (\(plain(String($0.element.prefix(90))))) Tj ET" }
            .joined(separator: "\n")
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(text.utf8.count) >>\nstream\n\(text)\nendstream", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { out += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n" }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }

    /// An 8×8 green PNG (made with zlib; checked by its CRCs).
    static let png: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00,
        0x00, 0x08, 0x08, 0x02, 0x00, 0x00, 0x00, 0x4B, 0x6D, 0x29, 0xDC, 0x00, 0x00, 0x00, 0x11, 0x49, 0x44, 0x41, 0x54, 0x78, 0xDA, 0x63,
        0xD0, 0xAB, 0x35, 0xC2, 0x8A, 0x18, 0x86, 0x96, 0x04, 0x00, 0x96, 0x03, 0x37, 0x41, 0x8A, 0xFD, 0xEB, 0x7C, 0x00, 0x00, 0x00, 0x00,
        0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ]
}
