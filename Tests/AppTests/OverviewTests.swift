import ClimateModel
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
@testable import ZavezaApp

@Suite("The partnership side by side: every city in one table, the members' joint pathway, CSV and JSON")
struct OverviewTests {
    struct Overview: Decodable {
        struct City: Decodable {
            let slug: String
            let member: Bool
            let tco2e_per_resident: Double?
            let planned_tco2e: Double?
            let probability_meets_target: Double?
        }
        struct Joint: Decodable {
            struct Year: Decodable {
                let year: Int
                let gross_tco2e: Double
                let target_tco2e: Double
                let gross_p5: Double?
                let gross_p95: Double?
            }
            let cities: [String]
            let target_year: Int
            let probability_meets_target: Double?
            let years: [Year]
        }
        let cities: [City]
        let joint: Joint?
    }

    @Test("every city is listed, the members with their numbers as their own pages have them; the navigation leads there")
    func table() async throws {
        try await withTestApp { app in
            let visitor = TestClient(app)
            #expect(try await visitor.get(SiteRoute.home.path).text.contains("href=\"/partnership\""))
            let page = try await visitor.get(SiteRoute.partnership().path)
            #expect(page.status == .ok)
            let cities = try await City.query(on: app.db).all()
            for city in cities { #expect(page.text.contains(">\(city.name)</a>"), "\(city.name)") }
            #expect(page.text.contains("še brez inventure"))
            let kranj = try await CitiesQuery.require(slug: "kranj", on: app.db)
            let snapshot = try await Pathway.snapshot(for: kranj, on: app.db).get()
            #expect(page.text.contains("2030: " + Localizer(.sl).integer(rounding: snapshot.year(2030)!.grossTCO2e)))
            #expect(page.text.contains("id=\"chart-joint\"") && page.text.contains("id=\"chart-per-resident\""))
            #expect(page.text.contains("id=\"chart-probability\""))

            let api = try await TestClient.api(app, .GET, SiteRoute.apiPartnershipOverview.path)
            #expect(api.status == .ok)
            let overview = try JSONDecoder().decode(Overview.self, from: Data(api.text.utf8))
            #expect(overview.cities.count == cities.count)
            let row = try #require(overview.cities.first { $0.slug == "kranj" })
            #expect(row.member)
            #expect(abs(row.planned_tco2e! - snapshot.year(2030)!.grossTCO2e) < 1e-6 * row.planned_tco2e!)
            #expect(abs(row.tco2e_per_resident! - snapshot.result.baseline.totalTCO2e / Double(kranj.population)) < 1e-9)
            #expect(overview.cities.first { $0.slug == "celje" }?.planned_tco2e == nil)
        }
    }

    @Test("the table sorts by its headings, the cities without a value last; the CSV follows the order, also for Excel")
    func sorting() async throws {
        try await withTestApp { app in
            let visitor = TestClient(app)
            let page = try await visitor.get(SiteRoute.partnership(ListQuery(sort: .perResident)).path)
            let kranj = try #require(page.text.range(of: ">Kranj</a>")).lowerBound
            let ljubljana = try #require(page.text.range(of: ">Ljubljana</a>")).lowerBound
            let velenje = try #require(page.text.range(of: ">Velenje</a>")).lowerBound
            let celje = try #require(page.text.range(of: ">Celje</a>")).lowerBound
            #expect(kranj < ljubljana && ljubljana < velenje && velenje < celje)
            #expect(page.text.contains("aria-sort=\"ascending\""))
            let people = try await visitor.get(SiteRoute.partnership(ListQuery(sort: .population)).path)
            #expect(
                try #require(people.text.range(of: ">Ljubljana</a>")).lowerBound
                    < #require(people.text.range(of: ">Maribor</a>")).lowerBound)
            #expect(people.text.contains("aria-sort=\"descending\""))

            let csv = try await visitor.get(SiteRoute.partnershipCSV(ListQuery(sort: .perResident)).path)
            #expect(csv.headers.contentType?.description.hasPrefix("text/csv") == true)
            let lines = csv.text.split(separator: "\n")
            #expect(lines[0].hasPrefix("slug,name,member,population"))
            #expect(lines[1].hasPrefix("kranj,Kranj,true,"))
            let excel = try await visitor.get(SiteRoute.partnershipCSV(ListQuery(sort: .perResident)).excel.path)
            #expect(excel.text.contains("kranj;Kranj;true;"))
        }
    }

    @Test(
        "the joint pathway adds the members up year by year with their target lines, a band and a probability; a change to one city changes it"
    )
    func joint() async throws {
        try await withTestApp { app in
            let api = try await TestClient.api(app, .GET, SiteRoute.apiPartnershipOverview.path)
            let joint = try #require(try JSONDecoder().decode(Overview.self, from: Data(api.text.utf8)).joint)
            #expect(joint.cities == ["kranj", "ljubljana", "velenje"])
            #expect(joint.target_year == 2030)
            var planned = 0.0
            var target = 0.0
            for slug in joint.cities {
                let city = try await CitiesQuery.require(slug: slug, on: app.db)
                let year = try await Pathway.snapshot(for: city, on: app.db).get().year(2030)!
                planned += year.grossTCO2e
                target += year.targetTCO2e
            }
            let row = try #require(joint.years.first { $0.year == 2030 })
            #expect(abs(row.gross_tco2e - planned) < 1e-6 * planned)
            #expect(abs(row.target_tco2e - target) < 1e-6 * target)
            #expect(row.gross_p5! <= row.gross_tco2e * 1.05 && row.gross_p95! >= row.gross_p5!)
            #expect(joint.probability_meets_target != nil)

            // A change to one member city: the next answer is worked out anew.
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let added = try await officer.post(
                SiteRoute.cityGrowth(slug: "kranj").path, form: ["gpc": "I.1", "rate": "3", "source": "Test"])
            #expect(added.status == .seeOther)
            let again = try await TestClient.api(app, .GET, SiteRoute.apiPartnershipOverview.path)
            let after = try #require(try JSONDecoder().decode(Overview.self, from: Data(again.text.utf8)).joint)
            #expect(after.years.first { $0.year == 2030 }!.gross_tco2e > row.gross_tco2e)
        }
    }
}
