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

@Suite("Reports: the Climate City Contract's tables, the Covenant of Mayors' table, the GPC inventory; snapshots that never change")
struct ReportsTests {
    struct Line: Hashable {
        let table, row, column: String
    }

    /// The CCC CSV as table/row/column → value.
    static func cells(_ csv: String) throws -> [Line: String] {
        let table = try CSVTable(text: csv)
        return Dictionary(
            table.rows.map { (Line(table: $0["table"]!, row: $0["row"]!, column: $0["column"]!), $0["value"]!) },
            uniquingKeysWith: { first, _ in first })
    }

    @Test("the CCC baseline adds up to the inventory's totals by sector and scope; the gap is the pathway's")
    func ccc() async throws {
        try await withTestApp { app in
            let response = try await TestClient(app).get(SiteRoute.cityReportFile(slug: "kranj", kind: .ccc, format: .csv).path)
            #expect(response.status == .ok)
            let cells = try Self.cells(response.text)
            let kranj = try await CitiesQuery.require(slug: "kranj", on: app.db)
            let inventory = try #require(try await Pathway.currentInventory(of: kranj.requireID(), baselineYear: 2018, on: app.db))
            let (_, calculation) = try await InventoryQuery.calculated(inventory, on: app.db)
            for sector in ["I", "II", "III"] {
                let total = Double(cells[Line(table: "baseline", row: sector, column: "total_tco2e")] ?? "") ?? .nan
                #expect(abs(total - (calculation.totals.bySector[sector] ?? 0)) < 1e-6, "sector \(sector)")
                let scopes = (1...3).map { Double(cells[Line(table: "baseline", row: sector, column: "scope\($0)_tco2e")] ?? "") ?? .nan }
                #expect(abs(scopes.reduce(0, +) - total) < 1e-6)
            }
            // Residential electricity: 95,000 MWh × 0.25 (Kranj's 2018 factor) is all of sector I's scope 2 with tertiary's 110,000 MWh.
            #expect(cells[Line(table: "baseline", row: "I", column: "scope2_tco2e")] == "95750")
            let snapshot = try await Pathway.snapshot(for: kranj, on: app.db).get()
            let planned = try #require(snapshot.year(2030)).grossTCO2e
            // Twelve significant digits, the pathway's figure without its binary noise.
            let written = try #require(Double(cells[Line(table: "gap", row: "2030", column: "planned_tco2e")] ?? ""))
            #expect(abs(written - planned) <= abs(planned) * 1e-11)
            #expect(cells[Line(table: "actions", row: "B1", column: "status")] == "in_progress")
            #expect(cells[Line(table: "indicators", row: "Ločeno zbrani komunalni odpadki", column: "target_value")] == "80")
            let api = try await TestClient.api(app, .GET, "/api/v1/cities/kranj/reports/ccc")
            #expect(api.status == .ok)
            let apiReport = try JSONDecoder().decode(CCCReport.self, from: Data(api.text.utf8))
            for row in apiReport.baseline {
                #expect(abs(row.totalTCO2e - (calculation.totals.bySector[row.sector] ?? 0)) < 1e-6, "sector \(row.sector) over the API")
            }
            let page = try await TestClient(app).get(SiteRoute.cityReport(slug: "kranj", kind: .ccc).path)
            #expect(page.text.contains("Izhodiščna inventura 2018 po sektorjih, obsegih in plinih"))
        }
    }

    @Test("the Covenant table has each sector's energy by carrier (MWh) and its emissions, by hand")
    func covenant() async throws {
        try await withTestApp { app in
            let json = try await TestClient(app).get(SiteRoute.cityReportFile(slug: "kranj", kind: .covenant, format: .json).path)
            let report = try JSONDecoder().decode(CovenantReport.self, from: Data(json.text.utf8))
            let residential = try #require(report.rows.first { $0.sector == "residential" })
            #expect(residential.mwh["natural_gas"] == 120_000)
            #expect(residential.mwh["electricity"] == 95_000)
            #expect(residential.mwh["heat"] == 40_000)
            // 2,500,000 L of heating oil × 0.84 kg/L = 2,100 t × 43.0 GJ/t = 90,300 GJ = 25,083.3 MWh.
            #expect(abs((residential.mwh["heating_oil"] ?? 0) - 90_300 / 3.6) < 1e-6)
            #expect(residential.tco2e["heat"] == 12_000, "40,000 MWh × 0.30")
            let road = try #require(report.rows.first { $0.sector == "road_transport" })
            #expect((road.mwh["diesel"] ?? 0) > 0 && (road.mwh["gasoline"] ?? 0) > 0)
        }
    }

    @Test("a submitted report is kept as it was: a later change to the inventory does not change the snapshot")
    func snapshots() async throws {
        try await withTestApp { app in
            let coordinator = try await TestClient.signedIn(app, as: Demo.coordinator)
            let submitted = try await coordinator.post(SiteRoute.cityReportSubmit(slug: "kranj", kind: .gpc).path)
            #expect(submitted.status == .seeOther)
            let snapshot = try #require(try await ReportSnapshot.query(on: app.db).first())
            let before = snapshot.csv
            // The inventory goes back to draft and gets another row.
            let pathwayBefore = try await TestClient.api(app, .GET, "/api/v1/cities/kranj/pathway").text
            #expect(try await coordinator.post(SiteRoute.cityInventoryReopen(slug: "kranj", year: 2018).path).status == .seeOther)
            #expect(
                try await coordinator.post(
                    SiteRoute.cityInventoryRows(slug: "kranj", year: 2018).path, form: ["gpc": "III.4.1", "emissions_tco2e": "500"]
                ).status == .seeOther)
            // Public means submitted: while it is a draft, no report can be made or submitted from it, and the
            // public pathway does not show it.
            #expect(try await coordinator.get(SiteRoute.cityReport(slug: "kranj", kind: .ccc).path).status == .notFound)
            #expect(try await coordinator.post(SiteRoute.cityReportSubmit(slug: "kranj", kind: .gpc).path).status == .notFound)
            let pathwayDraft = try await TestClient.api(app, .GET, "/api/v1/cities/kranj/pathway").text
            #expect(pathwayBefore.contains(#""inventory_status":"submitted""#))
            #expect(pathwayDraft.contains(#""status":"no_inventory""#), "Kranj's only inventory is a draft now")
            #expect(try await coordinator.post(SiteRoute.cityInventorySubmit(slug: "kranj", year: 2018).path).status == .seeOther)
            let live = try await coordinator.get(SiteRoute.cityReportFile(slug: "kranj", kind: .gpc, format: .csv).path)
            #expect(live.text != before)
            let kept = try await TestClient(app).get(
                SiteRoute.cityReportSnapshotFile(slug: "kranj", id: try snapshot.requireID(), format: .csv).path)
            #expect(kept.text == before)
            // Who submitted a report is the team's to know, not every visitor's.
            let list = try await TestClient(app).get(SiteRoute.cityReports(slug: "kranj").path)
            #expect(!list.text.contains("koordinator@zaveza.example"))
            #expect(try await coordinator.get(SiteRoute.cityReports(slug: "kranj").path).text.contains("koordinator@zaveza.example"))
            #expect(
                try await TestClient(app).get(SiteRoute.cityReportSnapshot(slug: "kranj", id: try snapshot.requireID()).path).status == .ok)
        }
    }

    @Test("submitting asks first, says the report was submitted, and an identical second submission within a minute asks again")
    func submissionSteps() async throws {
        try await withTestApp { app in
            // setup
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let list = try await officer.get(SiteRoute.cityReports(slug: "kranj").path)
            let confirmation = SiteRoute.cityReportSubmit(slug: "kranj", kind: .covenant).path
            #expect(list.text.contains(#"href="\#(confirmation)""#), "the list links to the confirmation step")

            // act
            let step = try await officer.get(confirmation)
            let first = try await officer.post(confirmation)
            let shown = try await officer.get(first.headers.first(name: .location) ?? "/")
            let second = try await officer.post(confirmation)
            let again = try await officer.post(confirmation, form: ["again": "yes"])

            // assert
            #expect(step.status == .ok)
            #expect(step.text.contains("Oddaja poročila"))
            #expect(step.text.contains("2018"))
            #expect(try await ReportSnapshot.query(on: app.db).count() == 2)
            #expect(first.status == .seeOther)
            #expect(shown.text.contains("Poročilo je oddano"))
            #expect(!shown.text.contains("Inventura je oddana"))
            #expect(second.status == .conflict)
            #expect(second.text.contains("Enako poročilo je že oddano"))
            #expect(second.text.contains(#"name="again" value="yes""#))
            #expect(again.status == .seeOther)
            // A visitor or a resident gets no confirmation step.
            #expect(try await TestClient(app).get(confirmation).status != .ok)
        }
    }

    @Test("ten submissions of the same report at the same moment keep one snapshot")
    func concurrentSubmissions() async throws {
        try await withTestApp { app in
            // setup
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let path = SiteRoute.cityReportSubmit(slug: "kranj", kind: .gpc).path
            // Ten tabs of the same browser session.
            let tabs = (0..<10).map { _ in
                let tab = TestClient(app)
                tab.cookies = officer.cookies
                tab.formToken = officer.formToken
                return tab
            }

            // act
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for tab in tabs { group.addTask { try await tab.post(path).status } }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }

            // assert
            #expect(statuses.filter { $0 == .seeOther }.count == 1, "\(statuses)")
            #expect(statuses.filter { $0 == .conflict }.count == 9, "\(statuses)")
            #expect(try await ReportSnapshot.query(on: app.db).count() == 1)
        }
    }

    @Test("numbers in every report's CSV are rounded to what they mean: no binary noise such as 62713.805700000004")
    func roundedNumbers() async throws {
        try await withTestApp { app in
            let visitor = TestClient(app)
            for kind in ReportKind.allCases {
                let csv = try await visitor.get(SiteRoute.cityReportFile(slug: "kranj", kind: kind, format: .csv).path).text
                let noisy = csv.matches(of: #/[0-9]*\.[0-9]{7,}/#).map { String($0.0) }.filter { $0.filter(\.isNumber).count > 12 }
                #expect(noisy.isEmpty, "\(kind): \(noisy.prefix(5))")
            }
            #expect(InventoryFile.number(62713.805700000004) == "62713.8057")
            #expect(InventoryFile.number(0.1 + 0.2) == "0.3")
            #expect(InventoryFile.number(1.5e-05) == "1.5e-05")
            #expect(InventoryFile.number(12000) == "12000")
        }
    }
}
