import ClimateModel
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
@testable import ZavezaApp
@testable import ZavezaCLI

@Suite("The pathway dashboard: the climate model's numbers for a city, kept until an input changes, for everyone to see")
struct PathwayTests {
    @Test("Kranj's dashboard is the model's run of examples/kranj.json, growth included")
    func sameAsTheModel() async throws {
        try await withTestApp { app in
            // setup: the demo data are the example file's inventory, factors and
            // actions, the actions in the order of their codes as the workspace keeps them.
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../examples/kranj.json")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
            let example = try #require(json["actions"] as? [[String: Any]])
            let demo = try await CityAction.query(on: app.db).join(City.self, on: \CityAction.$city.$id == \City.$id)
                .filter(City.self, \.$slug == "kranj").sort(\.$code).all()
            #expect(example.map { $0["id"] as? String } == demo.map(\.code), "the file holds every demo action")
            let scenario = try Pathway.scenario(json).get()
            let expected = ScenarioEngine(scenario).run(draws: Pathway.draws, seed: Pathway.seed)

            // act
            let response = try await TestClient.api(app, .GET, SiteRoute.apiCityPathway(slug: "kranj").path)

            // assert
            #expect(response.status == .ok)
            let pathway = try JSONDecoder().decode(PathwayJSON.self, from: Data(response.text.utf8))
            #expect(pathway.status == "ok")
            #expect(abs(pathway.baseline.totalTCO2e - 250_447.52127199998) < 1e-6)
            #expect(pathway.years.count == expected.years.count)
            for (got, want) in zip(pathway.years, expected.years) {
                #expect(abs(got.grossTCO2e - want.grossTCO2e) <= 1e-9 * want.grossTCO2e, "gross \(got.year)")
                // The API writes twelve significant digits (what a number means), the model its full binary form.
                func same(_ a: Double?, _ b: Double?) -> Bool { abs((a ?? .nan) - (b ?? .nan)) <= 1e-11 * abs(b ?? 1) }
                #expect(same(got.grossP5, want.grossP5) && same(got.grossP95, want.grossP95), "band \(got.year)")
            }
            #expect(pathway.probabilityMeetsReduction == expected.target.probabilityMeetsReduction)
        }
    }

    @Test("the pathway is kept until an input changes, then worked out anew")
    func kept() async throws {
        try await withTestApp { app in
            let kranj = try await CitiesQuery.require(slug: "kranj", on: app.db)
            let first = try await Pathway.snapshot(for: kranj, on: app.db).get()
            let again = try await Pathway.snapshot(for: kranj, on: app.db).get()
            #expect(first.computedAt == again.computedAt)
            let kept = try #require(try await PathwayCache.query(on: app.db).filter(\.$cityID == kranj.requireID()).first())
            let token = try await Workspace.token(cityID: kranj.requireID(), on: app.db)
            #expect(kept.token == token)
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let factor = try await officer.post(
                SiteRoute.cityFactors(slug: "kranj").path,
                form: [
                    "carrier": "district_heat", "year_from": "2030", "year_to": "2050", "value": "0,05", "source": "Toplarna na biomaso",
                ])
            #expect(factor.status == .seeOther)
            let changed = try await Workspace.token(cityID: kranj.requireID(), on: app.db)
            #expect(changed != token, "every recorded change of the city's data gives it a new token")
            let after = try await Pathway.snapshot(for: kranj, on: app.db).get()
            #expect(try await PathwayCache.query(on: app.db).filter(\.$cityID == kranj.requireID()).first()?.token == changed)
            #expect(after.year(2030)!.grossTCO2e < first.year(2030)!.grossTCO2e)
        }
    }

    @Test("pages and answers kept in memory change as soon as the city's data do; an unchanged answer is not sent again")
    func keptInMemory() async throws {
        try await withTestApp { app in
            // setup: both read once, so they are kept
            let path = SiteRoute.apiCityActions(slug: "kranj").path + "?per_page=100"
            let first = try await TestClient.api(app, .GET, path)
            let etag = try #require(first.headers.first(name: .eTag))
            let visitor = TestClient(app)
            #expect(!(try await visitor.get(SiteRoute.city(slug: "kranj").path).text.contains("Mestni urad za podnebje")))

            // act: the same question again, then changes
            var headers: HTTPHeaders = ["If-None-Match": etag]
            var again: TestingHTTPResponse?
            try await app.testing().test(.GET, path, headers: headers) { again = $0 }
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            try await officer.post(
                SiteRoute.cityActions(slug: "kranj").path,
                form: ["code": "Z1", "name": "Nov ukrep", "field": "waste", "purpose": "mitigation", "status": "planned", "progress": "0"])
            try await officer.post(SiteRoute.cityContacts(slug: "kranj").path, form: ["contact_name": "Mestni urad za podnebje"])
            headers = ["If-None-Match": etag]
            var changed: TestingHTTPResponse?
            try await app.testing().test(.GET, path, headers: headers) { changed = $0 }

            // assert
            #expect(again?.status == .notModified)
            #expect(changed?.status == .ok)
            #expect(changed?.headers.first(name: .eTag) != etag)
            #expect(changed?.body.string.contains(#""code":"Z1""#) == true)
            #expect(try await visitor.get(SiteRoute.city(slug: "kranj").path).text.contains("Mestni urad za podnebje"))
        }
    }

    @Test("the API's numbers are rounded to what they mean: no more than twelve significant digits")
    func apiNumbersMeanWhatTheySay() async throws {
        try await withTestApp { app in
            // A visitor (kept answers), a machine with a token (not kept), and a report's JSON file.
            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            let token = try await TestClient.token(app, admin: admin, city: "ljubljana")
            let answers = [
                try await TestClient.api(app, .GET, SiteRoute.apiCityPathway(slug: "kranj").path),
                try await TestClient.api(app, .GET, "/api/v1/cities/kranj/inventories/2018"),
                try await TestClient.api(app, .GET, SiteRoute.apiCityPathway(slug: "ljubljana").path, token: token),
                try await TestClient(app).get(SiteRoute.cityReportFile(slug: "kranj", kind: .ccc, format: .json).path),
            ]
            for (path, answer) in zip(["pathway", "inventory", "pathway with a token", "report file"], answers) {
                #expect(answer.status == .ok)
                let numbers = answer.text.matches(of: /[-]?[0-9]+\.[0-9]+(?:[eE][-+]?[0-9]+)?/).map { String($0.output) }
                let noisy = numbers.filter { $0.filter(\.isNumber).drop { $0 == "0" }.count > 12 }
                #expect(!numbers.isEmpty && noisy.isEmpty, "\(path): \(noisy.prefix(3))")
            }
        }
    }

    @Test("Slovenian sentences decline the city's name with the forms kept with it; history words agree with the record's gender")
    func slovenianAsWritten() async throws {
        try await withTestApp { app in
            let page = try await TestClient(app).get(SiteRoute.city(slug: "kranj").path).text
            #expect(page.contains("Izpusti Kranja v primerjavi s ciljno črto"))
            #expect(page.contains("Prispevek ukrepov v Kranju"))
            let ptuj = try #require(try await City.query(on: app.db).filter(\.$slug == "ptuj").first())
            #expect(ptuj.nameForms(.sl)["cityIn"] == "na Ptuju" && ptuj.nameForms(.sl)["cityOf"] == "Ptuja")
            // A city without its forms stored is named with "mesta".
            ptuj.nameGenitive = nil
            #expect(ptuj.nameForms(.sl)["cityOf"] == "mesta Ptuj")
            #expect(ptuj.nameForms(.en)["cityOf"] == "Ptuj")

            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            let invite = ["name": "Nova Uradnica", "email": "nova.uradnica@ljubljana.example", "role": "city_officer"]
            #expect(try await admin.post(SiteRoute.cityPeople(slug: "ljubljana").path, form: invite).status == .seeOther)
            let history = try await admin.get(SiteRoute.cityHistory(slug: "ljubljana").path).text
            #expect(history.contains("Vloga osebe ustvarjena"))
            #expect(!history.contains("Vloga osebe ustvarjen "))
        }
    }

    @Test("charts read on a phone: a narrow drawing with large labels, the unit on the axis, years that never overlap, years as rows")
    func chartsOnAPhone() async throws {
        try await withTestApp { app in
            let page = try await TestClient(app).get(SiteRoute.city(slug: "kranj").path).text
            for id in ["chart-pathway", "chart-gap", "chart-wedges", "chart-sectors"] {
                #expect(page.contains("id=\"\(id)-narrow\" class=\"chart-narrow\""), "\(id) has a drawing for phones")
            }
            #expect(page.contains(##"font-size="14" fill="#36443d">t CO₂e</text>"##), "the axis names its unit")
            #expect(page.contains(#"<th scope="row">2030</th>"#), "years are rows")

            // A phone's view box (330 units on a screen of about 300 px) keeps 14-unit labels at 12 px or more.
            #expect(YearChart.Frame.narrow.font * 288 / YearChart.Frame.narrow.width >= 12)
            for years in [Array(2018...2050), Array(2005...2050), Array(2019...2031), [2020, 2021]] {
                let chart = YearChart(id: "c", title: "", description: "", years: years, unit: "t")
                for frame in [YearChart.Frame.wide, .narrow] {
                    let labelled = chart.labelledYears(frame)
                    let perYear = (frame.width - frame.left - frame.right) / Double(max(1, years.last! - years.first!))
                    for (a, b) in zip(labelled, labelled.dropFirst()) {
                        #expect(Double(b - a) * perYear >= frame.font * 3.4, "\(a) and \(b) do not overlap at \(frame.width)")
                    }
                    #expect(labelled.first == years.first)
                }
            }
        }
    }

    @Test("each action keeps its colour when others are added, and neighbours that share one are told apart")
    func stableColours() async throws {
        try await withTestApp { app in
            let city = try await CitiesQuery.require(slug: "kranj", on: app.db)
            func colours() async throws -> [String: String] {
                let snapshot = try await Pathway.snapshot(for: city, on: app.db).get()
                let chart = PathwayDashboard.wedgeChart(city, snapshot, snapshot.result.years.map(\.year), Localizer(.sl))
                // Areas of one colour differ in their hatching (the legend's too).
                let looks = chart.areas.indices.map { "\(chart.areas[$0].color)\(chart.hatching($0))" }
                #expect(Set(looks).count == looks.count, "every area looks different: \(looks)")
                let codes = Set(snapshot.actions.map(\.code))
                return Dictionary(
                    chart.areas.compactMap { area in
                        let code = String(area.name.prefix { $0 != " " })
                        return codes.contains(code) ? (code, area.color) : nil
                    }, uniquingKeysWith: { a, _ in a })
            }
            let before = try await colours()
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let response = try await officer.post(
                SiteRoute.cityActions(slug: "kranj").path,
                form: ActionsTests.form(
                    code: "A0",
                    [
                        "effect_kind": "reduce_activity", "effect_gpc": "II.1", "effect_carrier": "diesel", "effect_mode": "40",
                        "effect_start": "2024", "effect_full": "2027",
                    ]))
            #expect(response.status == .seeOther)
            let after = try await colours()
            #expect(after["A0"] != nil, "the new action has a wedge")
            #expect(before.count >= 6)
            for (code, colour) in before where after[code] != nil {
                #expect(after[code] == colour, "\(code) keeps its colour")
            }
        }
    }

    @Test("the public city page shows the dashboard: figures, charts with title, description and their numbers")
    func publicPage() async throws {
        try await withTestApp { app in
            let page = try await TestClient(app).get(SiteRoute.city(slug: "kranj").path)
            #expect(page.status == .ok)
            for id in ["chart-pathway", "chart-gap", "chart-wedges", "chart-sectors"] {
                #expect(page.text.contains("aria-labelledby=\"\(id)-title \(id)-desc\""), "\(id) is labelled")
                #expect(page.text.contains("<title id=\"\(id)-title\">"))
                #expect(page.text.contains("<desc id=\"\(id)-desc\">"))
            }
            #expect(page.text.contains("Izhodišče 2018"))
            #expect(page.text.contains("250.448 t CO₂e"))
            #expect(page.text.contains("Verjetnost, da bo cilj dosežen"))
            // Each chart's table twice: every year in a section that opens, the key years for print.
            #expect(page.text.components(separatedBy: "<caption>Številke grafikona").count == 9, "a table for each chart")
            #expect(page.text.components(separatedBy: "<summary>Številke grafikona »").count == 5)
            let maribor = try await TestClient(app).get(SiteRoute.city(slug: "maribor").path)
            #expect(!maribor.text.contains("chart-pathway"))
            let none = try await TestClient.api(app, .GET, SiteRoute.apiCityPathway(slug: "maribor").path)
            #expect(none.text.contains(#""status":"no_inventory""#))
        }
    }

    struct PathwayJSON: Decodable {
        struct Totals: Decodable {
            let totalTCO2e: Double
            enum CodingKeys: String, CodingKey { case totalTCO2e = "total_tco2e" }
        }
        struct Year: Decodable {
            let year: Int
            let grossTCO2e: Double
            let grossP5: Double?
            let grossP95: Double?
            enum CodingKeys: String, CodingKey {
                case year
                case grossTCO2e = "gross_tco2e"
                case grossP5 = "gross_p5"
                case grossP95 = "gross_p95"
            }
        }
        let status: String
        let baseline: Totals
        let years: [Year]
        let probabilityMeetsReduction: Double?
        enum CodingKeys: String, CodingKey {
            case status, baseline, years
            case probabilityMeetsReduction = "probability_meets_reduction"
        }
    }
}
