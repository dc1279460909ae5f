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

@Suite("Inventories: rows with source and quality, all-or-nothing CSV import, export, submission with the factors kept")
struct InventoryTests {
    static let header = "gpc,carrier,amount,unit,factor_tco2e_per_unit,emissions_tco2e,notation_key,data_source,quality\n"
    /// Natural gas in homes, a direct figure for landfills, electricity in homes.
    static let good =
        header + """
            I.1.1,natural_gas,1000,MWh,,,,Plinovodi,high
            III.1.2,,,,,12000,,Komunala,medium
            I.1.2,electricity,1000,MWh,,,,Elektro Gorenjska,high
            I.7.1,,,,,,NO,,high

            """
    /// Line 3 has a unit that does not exist and a quality mark that does not either.
    static let bad =
        header + """
            I.1.1,natural_gas,1000,MWh,,,,Plinovodi,high
            I.1.2,electricity,95000,barrel,,,,Elektro,excellent
            III.1.2,,,,,12000,,Komunala,medium

            """
    /// By hand: 1000 MWh of gas = 3.6 TJ: CO2 3.6 × 56,100 / 1000 = 201.96 t; CH4 3.6 × 5 / 1000 × 28 = 0.504;
    /// N2O 3.6 × 0.1 / 1000 × 265 = 0.0954. Electricity in 2024: Kranj's trajectory runs from ARSO's 0.166 (2023)
    /// to the city's 0.10 (2030): 0.166 − 0.066 / 7 per MWh. Landfill 12,000. The notation key counts 0.
    static let gas = 201.96 + 0.504 + 0.0954
    static let electricity = (0.166 - 0.066 / 7) * 1000
    static let total = gas + 12000 + electricity

    func createInventory(_ officer: TestClient, year: Int = 2024) async throws {
        let response = try await officer.post(
            SiteRoute.cityInventories(slug: "kranj").path, form: ["year": String(year), "gwp": "AR5", "coverage": "BASIC"])
        #expect(response.status == .seeOther)
    }

    func rows(_ app: Application, year: Int = 2024) async throws -> [InventoryRow] {
        let kranj = try await CitiesQuery.require(slug: "kranj", on: app.db)
        let inventory = try #require(try await InventoryQuery.inventory(cityID: kranj.requireID(), year: year, on: app.db))
        return try await InventoryQuery.rows(of: inventory, on: app.db)
    }

    @Test("an inventory's rows are searched, sorted by their headings and paged beyond 50; the delete buttons keep their rows' numbers")
    func rowsThatScale() async throws {
        try await withTestApp { app in
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let year = 2031
            try await createInventory(officer, year: year)
            var lines = "gpc,carrier,amount,unit,data_source\n"
            for index in 1...60 { lines += "I.1.1,natural_gas,\(index * 10),MWh,Vir \(index)\n" }
            lines += "II.1.1,diesel,500,MWh,Petrol\n"
            let imported = try await officer.upload(
                SiteRoute.cityInventoryImport(slug: "kranj", year: year).path, file: (name: "file", filename: "rows.csv", text: lines))
            #expect(imported.status == .seeOther)
            let page = try await officer.get(SiteRoute.cityInventory(slug: "kranj", year: year).path).text
            #expect(page.contains("Stran 1 od 2"))
            #expect(page.contains(#"aria-sort="ascending"><a href="/cities/kranj/inventories/2031">Referenca GPC"#))
            let byEmissions = try await officer.get(
                SiteRoute.cityInventory(slug: "kranj", year: year, list: ListQuery(sort: .emissions)).path
            ).text
            let firstRow = try #require(byEmissions.range(of: #"<tbody role="rowgroup">"#))
            #expect(byEmissions[firstRow.upperBound...].prefix(2000).contains("Vir 60"), "the largest first")
            let found = try await officer.get(SiteRoute.cityInventory(slug: "kranj", year: year, list: ListQuery(search: "dizel")).path)
                .text
            #expect(found.contains("Petrol") && !found.contains("Vir 1<") && found.contains("1 vrstica / 61"))
            #expect(found.contains("Izbriši vrstico 61: II.1.1 dizelsko gorivo"), "the row keeps its number")
        }
    }

    @Test("a file with one bad line imports nothing and says which line and why; the corrected file imports and the totals follow")
    func importAllOrNothing() async throws {
        try await withTestApp { app in
            // setup
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            try await createInventory(officer)
            let import2024 = SiteRoute.cityInventoryImport(slug: "kranj", year: 2024).path
            let rowEntries = { try await AuditEntry.query(on: app.db).filter(\.$recordType == InventoryRow.auditType).count() }

            // act: the bad file
            let refused = try await officer.upload(import2024, file: ("file", "kranj.csv", Self.bad))

            // assert: both problems of line 3, in Slovenian; nothing stored
            #expect(refused.status == .unprocessableEntity)
            #expect(
                refused.text.contains("vrstica 3: neznana enota &quot;barrel&quot;")
                    || refused.text.contains("vrstica 3: neznana enota \"barrel\""))
            #expect(refused.text.contains("vrstica 3: quality"))
            #expect(try await rows(app).isEmpty)
            #expect(try await rowEntries() == 0)

            // act: the corrected file
            let imported = try await officer.upload(import2024, file: ("file", "kranj.csv", Self.good))

            // assert
            #expect(imported.status == .seeOther)
            let stored = try await rows(app)
            #expect(stored.map(\.gpc) == ["I.1.1", "III.1.2", "I.1.2", "I.7.1"])
            #expect(stored.map(\.quality) == [.high, .medium, .high, .high])
            #expect(stored[0].dataSource == "Plinovodi")
            #expect(try await rowEntries() == 4, "each new row is in the history")
            let page = try await officer.get(SiteRoute.cityInventory(slug: "kranj", year: 2024).path)
            let expected = Localizer(.sl).tonnesCO2e(Self.total)
            #expect(page.text.contains(expected), "the total \(expected) is shown")
            #expect(page.text.contains("I.7.1: NO"))
        }
    }

    @Test("the totals by sector, scope and gas are the climate model's, worked by hand")
    func totals() async throws {
        try await withTestApp { app in
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            try await createInventory(officer)
            try await officer.upload(SiteRoute.cityInventoryImport(slug: "kranj", year: 2024).path, file: ("file", "a.csv", Self.good))
            let response = try await TestClient.api(app, .GET, SiteRoute.apiCityInventory(slug: "kranj", year: 2024).path, token: nil)
            // A draft is not public.
            #expect(response.status == .unauthorized)

            let kranj = try await CitiesQuery.require(slug: "kranj", on: app.db)
            let inventory = try #require(try await InventoryQuery.inventory(cityID: kranj.requireID(), year: 2024, on: app.db))
            let (_, calculation) = try await InventoryQuery.calculated(inventory, on: app.db)
            let totals = calculation.totals
            #expect(abs(totals.totalTCO2e - Self.total) < 1e-9)
            #expect(abs((totals.bySector["I"] ?? 0) - (Self.gas + Self.electricity)) < 1e-9)
            #expect(abs((totals.bySector["III"] ?? 0) - 12000) < 1e-9)
            #expect(abs((totals.byScope["1"] ?? 0) - Self.gas) < 1e-9)
            #expect(abs((totals.byScope["2"] ?? 0) - Self.electricity) < 1e-9)
            #expect(abs((totals.byScope["3"] ?? 0) - 12000) < 1e-9, "III.1.2 is scope 3")
            #expect(abs((totals.byGasT["CO2"] ?? 0) - 201.96) < 1e-9)
            #expect(
                calculation.factors.first { $0.carrier == "electricity" }.map { abs($0.value - Self.electricity / 1000) < 1e-12 } == true)
        }
    }

    @Test("the export reads back to the same rows")
    func exportRoundTrip() async throws {
        try await withTestApp { app in
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            // The demo's submitted 2018 inventory, downloaded by anyone.
            let exported = try await TestClient(app).get(SiteRoute.cityInventoryExport(slug: "kranj", year: 2018).path)
            #expect(exported.status == .ok)
            #expect(exported.headers.contentType?.subType == "csv")
            try await createInventory(officer, year: 2019)
            let imported = try await officer.upload(
                SiteRoute.cityInventoryImport(slug: "kranj", year: 2019).path, file: ("file", "kranj-2018.csv", exported.text))
            #expect(imported.status == .seeOther)
            let original = try await rows(app, year: 2018)
            let copy = try await rows(app, year: 2019)
            #expect(copy.map(\.activity) == original.map(\.activity))
            #expect(copy.map(\.dataSource) == original.map(\.dataSource))
            #expect(copy.map(\.quality) == original.map(\.quality))
        }
    }

    @Test("a submitted inventory is locked with its factors; later factors do not move it; the admin can return it to draft")
    func submitLocks() async throws {
        try await withTestApp { app in
            // setup
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            try await createInventory(officer)
            try await officer.upload(SiteRoute.cityInventoryImport(slug: "kranj", year: 2024).path, file: ("file", "a.csv", Self.good))

            // act
            #expect(try await officer.post(SiteRoute.cityInventorySubmit(slug: "kranj", year: 2024).path).status == .seeOther)
            let added = try await officer.post(
                SiteRoute.cityInventoryRows(slug: "kranj", year: 2024).path, form: ["gpc": "III.4.1", "emissions_tco2e": "10"])
            let factor = try await officer.post(
                SiteRoute.cityFactors(slug: "kranj").path,
                form: ["carrier": "electricity", "year_from": "2024", "value": "0,5", "source": "Nova ocena"])

            // assert
            #expect(added.status == .conflict)
            #expect(factor.status == .seeOther)
            #expect(try await rows(app).count == 4)
            let kranj = try await CitiesQuery.require(slug: "kranj", on: app.db)
            let inventory = try #require(try await InventoryQuery.inventory(cityID: kranj.requireID(), year: 2024, on: app.db))
            let (_, calculation) = try await InventoryQuery.calculated(inventory, on: app.db)
            #expect(calculation.factorsKept)
            #expect(abs(calculation.totals.totalTCO2e - Self.total) < 1e-9, "the kept factor, not the new 0.5")
            let page = try await TestClient(app).get(SiteRoute.cityInventory(slug: "kranj", year: 2024).path)
            #expect(page.status == .ok, "a submitted inventory is public")
            #expect(page.text.contains("Ohranjeni ob oddaji"))

            // An officer may not reopen it; the coordinator (and a city admin) may.
            #expect(try await officer.post(SiteRoute.cityInventoryReopen(slug: "kranj", year: 2024).path).status == .forbidden)
            let coordinator = try await TestClient.signedIn(app, as: Demo.coordinator)
            #expect(try await coordinator.post(SiteRoute.cityInventoryReopen(slug: "kranj", year: 2024).path).status == .seeOther)
            let (_, reopened) = try await InventoryQuery.calculated(
                try #require(try await InventoryQuery.inventory(cityID: kranj.requireID(), year: 2024, on: app.db)), on: app.db)
            #expect(!reopened.factorsKept)
            #expect(abs(reopened.totals.totalTCO2e - (Self.gas + 12000 + 500)) < 1e-9, "a draft uses the current factors")
        }
    }

    @Test("drafts are for the city's team; a visitor is sent to sign in, another city's officer is refused")
    func draftsArePrivate() async throws {
        try await withTestApp { app in
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            try await createInventory(officer)
            let path = SiteRoute.cityInventory(slug: "kranj", year: 2024).path
            #expect(try await TestClient(app).get(path).status == .seeOther)
            #expect(try await TestClient.signedIn(app, as: Demo.velenjeOfficer).get(path).status == .forbidden)
            #expect(
                try await TestClient.signedIn(app, as: Demo.workingGroup).get(path).status == .ok,
                "working-group members read all workspaces")
            let list = try await TestClient(app).get(SiteRoute.cityInventories(slug: "kranj").path)
            #expect(list.text.contains(">2018<"))
            #expect(!list.text.contains(">2024<"))
        }
    }

    @Test("an added row is checked by the model, with the problem in the reader's language next to its field")
    func addRow() async throws {
        try await withTestApp { app in
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            officer.headers.replaceOrAdd(name: .acceptLanguage, value: "en")
            try await createInventory(officer)
            let path = SiteRoute.cityInventoryRows(slug: "kranj", year: 2024).path
            let refused = try await officer.post(path, form: ["gpc": "I.1.1", "carrier": "natural_gas", "amount": "100", "unit": "L"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("unit L does not fit carrier natural_gas"))
            let added = try await officer.post(
                path, form: ["gpc": "I.1.1", "carrier": "natural_gas", "amount": "1,000.5", "unit": "MWh", "quality": "low"])
            #expect(added.status == .seeOther)
            #expect(try await rows(app).first?.amount == 1000.5)
        }
    }

    @Test("a row of a draft is edited in place; a refused edit changes nothing; the change is in the history")
    func editRow() async throws {
        try await withTestApp { app in
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            try await createInventory(officer)
            try await officer.upload(SiteRoute.cityInventoryImport(slug: "kranj", year: 2024).path, file: ("file", "a.csv", Self.good))
            let gas = try #require(try await rows(app).first)
            let path = SiteRoute.cityInventoryRowEdit(slug: "kranj", year: 2024, id: try gas.requireID()).path
            #expect(try await officer.get(path).text.contains("value=\"1000\""))
            let refused = try await officer.post(path, form: ["gpc": "I.1.1", "carrier": "natural_gas", "amount": "2000", "unit": "L"])
            #expect(refused.status == .unprocessableEntity)
            #expect(try await rows(app).first?.amount == 1000)
            let saved = try await officer.post(
                path,
                form: [
                    "gpc": "I.1.1", "carrier": "natural_gas", "amount": "2.000", "unit": "MWh", "data_source": "Plinovodi 2024",
                    "quality": "high",
                ])
            #expect(saved.status == .seeOther)
            let changed = try #require(try await rows(app).first)
            #expect(changed.amount == 2000, "Slovenian grouping: 2.000 is two thousand")
            #expect(changed.dataSource == "Plinovodi 2024")
            let entries = try await AuditEntry.query(on: app.db).filter(\.$recordID == gas.requireID()).all()
            #expect(entries.map(\.action).sorted { $0.rawValue < $1.rawValue } == [.create, .update])
            let page = try await officer.get(SiteRoute.cityInventory(slug: "kranj", year: 2024).path)
            #expect(page.text.contains(Localizer(.sl).tonnesCO2e(2 * Self.gas + 12000 + Self.electricity)))
        }
    }

    @Test("the API replaces a draft's rows from CSV with the city's token, listing bad lines in the request's language")
    func apiImport() async throws {
        try await withTestApp { app in
            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            let created = try await admin.post(
                SiteRoute.cityInventories(slug: "ljubljana").path, form: ["year": "2024", "gwp": "AR5", "coverage": "BASIC"])
            #expect(created.status == .seeOther)
            let token = try await TestClient.token(app, admin: admin, city: "ljubljana")
            let path = SiteRoute.apiCityInventory(slug: "ljubljana", year: 2024).path + "/rows"
            let refused = try await TestClient.api(app, .PUT, path, token: token, body: Self.bad, contentType: "text/csv", language: "en")
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains(#""field":"line 3""#))
            #expect(refused.text.contains("unknown unit"))
            let accepted = try await TestClient.api(app, .PUT, path, token: token, body: Self.good, contentType: "text/csv")
            #expect(accepted.status == .ok)
            #expect(accepted.text.contains(#""data_source":"Komunala""#))
            let other = try await TestClient.api(
                app, .PUT, SiteRoute.apiCityInventory(slug: "kranj", year: 2018).path + "/rows", token: token, body: Self.good,
                contentType: "text/csv")
            #expect(other.status == .forbidden)
        }
    }

    @Test("a file saved by Slovenian Excel (;, decimal commas, Windows-1250) imports as it is, with every bad line named")
    func spreadsheetFiles() async throws {
        try await withTestApp { app in
            // setup
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            try await createInventory(officer)
            let path = SiteRoute.cityInventoryImport(slug: "kranj", year: 2024).path
            let header = "gpc;carrier;amount;unit;factor_tco2e_per_unit;emissions_tco2e;notation_key;data_source;quality\r\n"
            let text =
                header + "I.1.1;natural_gas;1000,5;MWh;;;;Plinovodi Žalec;high\r\nIII.1.2;;;;;12.000,25;;Komunala Škofja Loka;medium\r\n"
            // Windows-1250: Ž is 0x8E, Š 0x8A (a Slovenian Excel's "CSV (ločeno s podpičji)").
            let cp1250 = Self.windows1250(text)
            let bad = header + "I.1.1;natural_gas;1000.000,5.5;MWh;;;;Plinovodi;high\r\n"

            // act
            let refused = try await officer.upload(path, file: ("file", "inventura.csv", Self.windows1250(bad)))
            let imported = try await officer.upload(path, file: ("file", "inventura.csv", cp1250))

            // assert
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("vrstica 2"), "the bad line is named")
            #expect(imported.status == .seeOther, "\(imported.text.prefix(3000))")
            let inventory = try #require(try await CityInventory.query(on: app.db).filter(\.$year == 2024).first())
            let rows = try await InventoryQuery.rows(of: inventory, on: app.db)
            #expect(rows.map(\.amount) == [1000.5, nil])
            #expect(rows.map(\.emissionsTCO2e) == [nil, 12000.25])
            #expect(rows.map(\.dataSource) == ["Plinovodi Žalec", "Komunala Škofja Loka"])

            // act: the spreadsheet form of the export, read back in
            let excel = try await officer.get(SiteRoute.cityInventoryExport(slug: "kranj", year: 2024).excel.path)
            let again = try await officer.upload(path, file: ("file", "inventura-excel.csv", Array(excel.body.readableBytesView)))

            // assert
            #expect(excel.headers.first(name: .contentDisposition)?.contains("-excel.csv") == true)
            #expect(Array(excel.body.readableBytesView.prefix(3)) == [0xEF, 0xBB, 0xBF])
            #expect(excel.text.contains("I.1.1;natural_gas;1000,5;MWh"))
            #expect(again.status == .seeOther)
            let reread = try await InventoryQuery.rows(of: inventory, on: app.db)
            #expect(reread.map(\.amount) == [1000.5, nil])
            #expect(reread.map(\.emissionsTCO2e) == [nil, 12000.25])
            // The machine form stays RFC 4180 with a decimal point.
            let machine = try await officer.get(SiteRoute.cityInventoryExport(slug: "kranj", year: 2024).path)
            #expect(machine.text.contains("I.1.1,natural_gas,1000.5,MWh"))
        }
    }

    @Test("an empty draft starts with its import; a draft with rows keeps the import below them")
    func importFirstOnAnEmptyDraft() async throws {
        try await withTestApp { app in
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            try await createInventory(officer)
            let page = try await officer.get(SiteRoute.cityInventory(slug: "kranj", year: 2024).path).text
            let importAt = try #require(page.range(of: #"id="import""#)?.lowerBound)
            let rowsAt = try #require(page.range(of: "<h2>Vrstice</h2>")?.lowerBound)
            #expect(importAt < rowsAt)
            _ = try await officer.upload(SiteRoute.cityInventoryImport(slug: "kranj", year: 2024).path, file: ("file", "a.csv", Self.good))
            let filled = try await officer.get(SiteRoute.cityInventory(slug: "kranj", year: 2024).path).text
            let laterImport = try #require(filled.range(of: #"id="import""#)?.lowerBound)
            let addRow = try #require(filled.range(of: #"id="add-row""#)?.lowerBound)
            #expect(addRow < laterImport)
        }
    }

    /// Text in Windows-1250, for the letters the tests use.
    static func windows1250(_ text: String) -> [UInt8] {
        let codes: [Character: UInt8] = ["Š": 0x8A, "Ž": 0x8E, "š": 0x9A, "ž": 0x9E, "Č": 0xC8, "č": 0xE8]
        return text.flatMap { codes[$0].map { [$0] } ?? Array(String($0).utf8) }
    }
}
