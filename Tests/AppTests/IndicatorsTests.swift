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

@Suite("Indicators: definitions, values entered, imported and pushed, status against the target")
struct IndicatorsTests {
    static func point(_ iso: String, _ value: Double) -> IndicatorProgress.Point {
        IndicatorProgress.Point(date: CalendarDate(iso: iso)!, value: value)
    }

    /// Direction, values, the status and where the line stands at the latest value.
    struct Case: Sendable, CustomTestStringConvertible {
        let direction: IndicatorDirection
        let points: [IndicatorProgress.Point]
        let status: IndicatorStatus
        let expected: Double
        var testDescription: String { "\(direction) \(points.map { "\($0.date)=\($0.value)" }) → \(status)" }
    }

    // Up is good, 10 in 2020 → 20 in 2030: mid-2025 the line is at 15; down is good, 20 → 10, likewise.
    // A month: the middle of July 2025 is 2025 + 6.5/12, and the line starts mid-2020.
    static let cases: [Case] = [
        Case(direction: .up, points: [point("2025", 16)], status: .onTrack, expected: 15),
        Case(direction: .up, points: [point("2025", 14)], status: .offTrack, expected: 15),
        Case(direction: .up, points: [point("2024", 12), point("2025", 21)], status: .achieved, expected: 20),
        Case(direction: .down, points: [point("2025", 14)], status: .onTrack, expected: 15),
        Case(direction: .down, points: [point("2025", 16)], status: .offTrack, expected: 15),
        Case(direction: .up, points: [point("2025-07", 15.05)], status: .onTrack, expected: 10 + 10 * (5 + 1.0 / 24) / 10),
    ]

    @Test("status against the straight line from the baseline to the target, worked by hand", arguments: cases)
    func status(_ example: Case) {
        let (from, to) = example.direction == .up ? (10.0, 20.0) : (20.0, 10.0)
        let progress = IndicatorProgress(direction: example.direction, baseline: (2020, from), target: (2030, to), points: example.points)
        #expect(progress.status == example.status)
        #expect(abs((progress.expected ?? .nan) - example.expected) < 1e-9)
    }

    @Test("no values, no target")
    func withoutData() {
        #expect(IndicatorProgress(direction: .up, baseline: nil, target: (2030, 1), points: []).status == .noData)
        #expect(IndicatorProgress(direction: .up, baseline: nil, target: nil, points: [Self.point("2024", 1)]).status == .noTarget)
    }

    func create(_ officer: TestClient, _ app: Application) async throws -> Indicator {
        let response = try await officer.post(
            SiteRoute.cityIndicators(slug: "kranj").path,
            form: [
                "name": "Kolesarske steze", "unit": "km", "field": "mobility", "direction": "up", "baseline_year": "2018",
                "baseline_value": "20", "target_year": "2030", "target_value": "44", "frequency": "annual",
            ])
        #expect(response.status == .seeOther)
        return try #require(try await Indicator.query(on: app.db).filter(\.$name == "Kolesarske steze").first())
    }

    @Test("an officer adds an indicator, enters values and imports a file: one bad line imports nothing")
    func enterAndImport() async throws {
        try await withTestApp { app in
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let indicator = try await create(officer, app)
            let id = try indicator.requireID()
            #expect(
                try await officer.post(SiteRoute.cityIndicatorValues(slug: "kranj", id: id).path, form: ["date": "2023", "value": "27,5"])
                    .status == .seeOther)
            let bad = "date,value\n2024,30\n2025-13,31\n2026,abc\n"
            let refused = try await officer.upload(SiteRoute.cityIndicatorImport(slug: "kranj", id: id).path, file: ("file", "v.csv", bad))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("vrstica 3: datum &quot;2025-13&quot;") || refused.text.contains("vrstica 3: datum \"2025-13\""))
            #expect(refused.text.contains("vrstica 4: vrednost"))
            #expect(try await indicator.$values.query(on: app.db).count() == 1, "nothing imported")
            let good = "date,value,note\n2023,28,popravljeno\n2024,30,\n2025,33,ocena\n"
            #expect(
                try await officer.upload(SiteRoute.cityIndicatorImport(slug: "kranj", id: id).path, file: ("file", "v.csv", good)).status
                    == .seeOther)
            let values = try await indicator.$values.query(on: app.db).all().sorted { $0.dateText < $1.dateText }
            #expect(values.map(\.dateText) == ["2023", "2024", "2025"])
            #expect(values.map(\.value) == [28, 30, 33], "2023 replaced, not doubled")
            #expect(values[0].origin == .imported)
            // 20 (mid-2018) → 44 (mid-2030): mid-2025 the line is at 20 + 24 × 7/12 = 34; 33 is behind it.
            let page = try await TestClient(app).get(SiteRoute.cityIndicator(slug: "kranj", id: id).path)
            #expect(page.text.contains("zaostaja"))
            #expect(page.text.contains("Pričakovano na poti do cilja: 34 km"))
            #expect(page.text.contains("<title id=\"indicator-"))
        }
    }

    @Test("a wrong value is corrected, not only deleted: date, number and note, recorded; a date another value has is refused")
    func correctValue() async throws {
        try await withTestApp { app in
            // setup
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let indicator = try await create(officer, app)
            let id = try indicator.requireID()
            for (date, value) in [("2023", "27,5"), ("2024", "30")] {
                _ = try await officer.post(SiteRoute.cityIndicatorValues(slug: "kranj", id: id).path, form: ["date": date, "value": value])
            }
            let values = try await indicator.$values.query(on: app.db).all().sorted { $0.dateText < $1.dateText }
            let path = SiteRoute.cityIndicatorValueEdit(slug: "kranj", id: id, value: try values[0].requireID()).path

            // act
            let page = try await officer.get(SiteRoute.cityIndicator(slug: "kranj", id: id).path)
            let form = try await officer.get(path)
            let clash = try await officer.post(path, form: ["date": "2024", "value": "28"])
            let saved = try await officer.post(path, form: ["date": "2022", "value": "28,25", "note": "popravljeno po reviziji"])
            let visitor = try await TestClient(app).get(path)

            // assert
            #expect(page.text.contains(#"href="\#(path)""#))
            #expect(page.text.contains("Popravi vrednost 2023"))
            #expect(form.text.contains(#"value="27,5""#))
            #expect(clash.status == .unprocessableEntity)
            #expect(clash.text.contains("Za 2024 vrednost že obstaja"))
            #expect(saved.status == .seeOther)
            let corrected = try #require(try await IndicatorValue.find(values[0].requireID(), on: app.db))
            #expect(corrected.dateText == "2022")
            #expect(corrected.value == 28.25)
            #expect(corrected.note == "popravljeno po reviziji")
            let entry = try #require(
                try await AuditEntry.query(on: app.db).filter(\.$recordID == values[0].requireID()).filter(\.$action == .update).first())
            #expect(AuditEntry.fields(entry.before)["value"] == "27.5")
            #expect(visitor.status != .ok)
        }
    }

    @Test("an indicator names the actions it follows and an action its indicators, chosen on either form; a link is made once")
    func actionLinks() async throws {
        try await withTestApp { app in
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let kranj = try await CitiesQuery.require(slug: "kranj", on: app.db).requireID()
            let indicator = try #require(try await Indicator.query(on: app.db).filter(\.$city.$id == kranj).sort(\.$name).first())
            let b1 = try #require(try await CityAction.query(on: app.db).filter(\.$city.$id == kranj).filter(\.$code == "B1").first())
            let m1 = try #require(try await CityAction.query(on: app.db).filter(\.$city.$id == kranj).filter(\.$code == "M1").first())
            let box = LinkChoice.fieldName(IndicatorLinks.indicatorPrefix, try indicator.requireID())

            // On the action's form.
            let form = try await officer.get(SiteRoute.cityActionEdit(slug: "kranj", id: b1.requireID()).path)
            #expect(form.text.contains(#"name="\#(box)""#))
            var values = ActionInput(b1, .sl).values
            values["version"] = String(b1.version)
            values[box] = "on"
            #expect(
                try await officer.post(SiteRoute.cityActionEdit(slug: "kranj", id: b1.requireID()).path, form: values).status == .seeOther)
            let actionPage = try await officer.get(SiteRoute.cityAction(slug: "kranj", id: b1.requireID()).path).text
            #expect(actionPage.contains("Kazalniki, ki spremljajo ukrep") && actionPage.contains(indicator.name))
            let indicatorPage = try await officer.get(SiteRoute.cityIndicator(slug: "kranj", id: indicator.requireID()).path).text
            #expect(indicatorPage.contains("Ukrepi, ki jih kazalnik spremlja") && indicatorPage.contains("B1 · \(b1.name)"))

            // On the indicator's form: B1 off, M1 on.
            var indicatorForm = IndicatorInput.values(indicator, .sl)
            indicatorForm["version"] = String(indicator.version)
            indicatorForm[LinkChoice.fieldName(IndicatorLinks.actionPrefix, try m1.requireID())] = "on"
            let saved = try await officer.post(
                SiteRoute.cityIndicatorEdit(slug: "kranj", id: indicator.requireID()).path, form: indicatorForm)
            #expect(saved.status == .seeOther)
            #expect(try await IndicatorLinks.linked(indicatorID: indicator.requireID(), on: app.db) == [try m1.requireID()])
            #expect(
                !(try await officer.get(SiteRoute.cityAction(slug: "kranj", id: b1.requireID()).path)).text.contains(
                    "Kazalniki, ki spremljajo"))

            // A form drawn before someone else linked B2 does not take that link away when saved.
            let stale = try await officer.get(SiteRoute.cityIndicatorEdit(slug: "kranj", id: indicator.requireID()).path).text
            let shownField = IndicatorLinks.actionPrefix + "_shown"
            let shown = try #require(stale.firstMatch(of: /name="action_shown" value="([^"]*)"/)).output.1
            #expect(shown == (try m1.requireID().uuidString))
            let b2 = try #require(try await CityAction.query(on: app.db).filter(\.$city.$id == kranj).filter(\.$code == "B2").first())
            var b2Form = ActionInput(b2, .sl).values
            b2Form["version"] = String(b2.version)
            b2Form[box] = "on"
            #expect(
                try await officer.post(SiteRoute.cityActionEdit(slug: "kranj", id: b2.requireID()).path, form: b2Form).status == .seeOther)
            var staleForm = IndicatorInput.values(try #require(try await Indicator.find(indicator.requireID(), on: app.db)), .sl)
            staleForm["version"] = String(try #require(try await Indicator.find(indicator.requireID(), on: app.db)).version)
            staleForm[LinkChoice.fieldName(IndicatorLinks.actionPrefix, try m1.requireID())] = "on"
            staleForm[shownField] = String(shown)
            #expect(
                try await officer.post(SiteRoute.cityIndicatorEdit(slug: "kranj", id: indicator.requireID()).path, form: staleForm).status
                    == .seeOther)
            #expect(
                try await IndicatorLinks.linked(indicatorID: indicator.requireID(), on: app.db) == [try m1.requireID(), try b2.requireID()])

            // A link to a deleted action stays for when it is restored.
            #expect(try await officer.post(SiteRoute.cityActionDelete(slug: "kranj", id: b2.requireID()).path).status == .seeOther)
            var afterDelete = IndicatorInput.values(try #require(try await Indicator.find(indicator.requireID(), on: app.db)), .sl)
            afterDelete["version"] = String(try #require(try await Indicator.find(indicator.requireID(), on: app.db)).version)
            afterDelete[LinkChoice.fieldName(IndicatorLinks.actionPrefix, try m1.requireID())] = "on"
            #expect(
                try await officer.post(SiteRoute.cityIndicatorEdit(slug: "kranj", id: indicator.requireID()).path, form: afterDelete).status
                    == .seeOther)
            #expect(try await IndicatorLinks.linked(indicatorID: indicator.requireID(), on: app.db).contains(try b2.requireID()))

            // The history names both ends of a link.
            let history = try await TestClient.signedIn(app, as: Demo.coordinator).get(SiteRoute.cityHistory(slug: "kranj").path).text
            #expect(history.contains("Povezava kazalnika z ukrepom"))
            #expect(history.contains("M1 · \(m1.name)") && history.contains(indicator.name))

            // The same link from both forms at the same moment: made once, and no one gets an error page of the server.
            try await ActionIndicator.query(on: app.db).delete()
            let b1Now = try #require(try await CityAction.find(b1.requireID(), on: app.db))
            let indicatorNow = try #require(try await Indicator.find(indicator.requireID(), on: app.db))
            var fromAction = ActionInput(b1Now, .sl).values
            fromAction["version"] = String(b1Now.version)
            fromAction[box] = "on"
            var fromIndicator = IndicatorInput.values(indicatorNow, .sl)
            fromIndicator["version"] = String(indicatorNow.version)
            fromIndicator[LinkChoice.fieldName(IndicatorLinks.actionPrefix, try b1.requireID())] = "on"
            // Two browsers of the officer at once: the same cookies, each its own request.
            let cookie = officer.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
            let token = try #require(officer.formToken)
            let posts: [(String, [String: String])] = [
                (SiteRoute.cityActionEdit(slug: "kranj", id: try b1.requireID()).path, fromAction),
                (SiteRoute.cityIndicatorEdit(slug: "kranj", id: try indicator.requireID()).path, fromIndicator),
            ]
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for (path, form) in posts {
                    let body = (form.merging([CSRFMiddleware.fieldName: token]) { $1 })
                        .map { "\(TestClient.encode($0.key))=\(TestClient.encode($0.value))" }.joined(separator: "&")
                    group.addTask {
                        let headers: HTTPHeaders = ["Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"]
                        var status = HTTPStatus.ok
                        try await app.testing().test(.POST, path, headers: headers, body: ByteBuffer(string: body)) { status = $0.status }
                        return status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.allSatisfy { $0 == .seeOther || $0 == .conflict }, "\(statuses)")
            #expect(try await ActionIndicator.query(on: app.db).filter(\.$actionID == b1.requireID()).count() == 1)
        }
    }

    @Test("the indicators list searches, sorts by its headings, pages beyond 50 rows and downloads as CSV")
    func listThatScales() async throws {
        try await withTestApp { app in
            let visitor = TestClient(app)
            let kranj = try await CitiesQuery.require(slug: "kranj", on: app.db).requireID()
            let all = try await Indicator.query(on: app.db).filter(\.$city.$id == kranj).all()
            let one = try #require(all.first)
            let word = String(one.name.split(separator: " ").first!)
            let found = try await visitor.get(SiteRoute.cityIndicators(slug: "kranj", list: ListQuery(search: word.uppercased())).path).text
            #expect(found.contains(one.name))
            #expect(!found.contains("name=\"page\""))
            let list = try await visitor.get(SiteRoute.cityIndicators(slug: "kranj").path).text
            #expect(list.contains(#"aria-sort="ascending"><a href="/cities/kranj/indicators">Ime"#))
            #expect(list.contains(#"<a href="/cities/kranj/indicators?sort=status">Stanje"#))
            #expect(list.contains(#"data-label="Stanje"><span class="badge"#))

            for index in 1...(51 - all.count) {
                let indicator = Indicator()
                indicator.$city.id = kranj
                _ = IndicatorInput.read(
                    [
                        "name": String(format: "Kazalnik %02d", index), "unit": "t", "field": "mobility", "direction": "down",
                        "frequency": "annual",
                    ],
                    into: indicator, Localizer(.sl))
                try await indicator.create(on: app.db)
            }
            try await Workspace.changed(cityID: kranj, on: app.db)
            let first = try await visitor.get(SiteRoute.cityIndicators(slug: "kranj").path).text
            #expect(first.contains("Stran 1 od 2") && first.contains("51 kazalnikov"))
            let second = try await visitor.get("/cities/kranj/indicators?page=2").text
            #expect(second.contains("Stran 2 od 2"))
            let csv = try CSVTable(text: try await visitor.get(SiteRoute.cityIndicatorsCSV(slug: "kranj").path).text)
            #expect(csv.rows.count == 51 && csv.header.first == "name")
        }
    }

    @Test("machines push values with the city's token; the list shows each indicator's status")
    func pushThroughAPI() async throws {
        try await withTestApp { app in
            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            let token = try await TestClient.token(app, admin: admin, city: "ljubljana")
            let indicator = try #require(
                try await Indicator.query(on: app.db).join(City.self, on: \Indicator.$city.$id == \City.$id).filter(
                    City.self, \.$slug == "ljubljana"
                )
                .filter(\.$name == "Javne polnilnice za električna vozila").first())
            let path = SiteRoute.apiCityIndicators(slug: "ljubljana").path + "/\(try indicator.requireID().uuidString)/values"
            let pushed = try await TestClient.api(app, .POST, path, token: token, body: #"{"date":"2025-06","value":290}"#)
            #expect(pushed.status == .ok)
            #expect(pushed.text.contains(#"{"date":"2025-06","origin":"api","value":290}"#))
            let bad = try await TestClient.api(app, .POST, path, token: token, body: #"{"date":"junij","value":1}"#, language: "en")
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains(#""field":"date""#))
            let kranj = try await TestClient.api(
                app, .POST, SiteRoute.apiCityIndicators(slug: "kranj").path + "/\(try indicator.requireID().uuidString)/values",
                token: token,
                body: #"{"date":"2025","value":1}"#)
            #expect(kranj.status == .forbidden)
            let list = try await TestClient.api(app, .GET, SiteRoute.apiCityIndicators(slug: "ljubljana").path)
            #expect(list.text.contains(#""status":"off_track""#))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$recordType == IndicatorValue.auditType).count() == 1)
            let definitions = SiteRoute.apiCityIndicators(slug: "ljubljana").path + "/definitions"
            let created = try await TestClient.api(
                app, .POST, definitions, token: token,
                body:
                    #"{"name":"Kolesarji na števnem mestu","unit":"kolesarjev/dan","field":"mobility","direction":"up","target_year":2030,"target_value":4500.5}"#
            )
            #expect(created.status == .created)
            #expect(try await Indicator.query(on: app.db).filter(\.$name == "Kolesarji na števnem mestu").first()?.targetValue == 4500.5)
            let incomplete = try await TestClient.api(
                app, .POST, definitions, token: token, body: #"{"name":"X","unit":"t","field":"waste","direction":"up","target_year":2030}"#
            )
            #expect(incomplete.status == .badRequest)
            #expect(incomplete.text.contains(#""field":"target_value""#))
        }
    }
}
