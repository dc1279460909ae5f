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

@Suite("Actions: the portfolio, model effects checked by the model, progress notes, filters, reversible deletes")
struct ActionsTests {
    /// A new action's form, as an officer fills it in (percent for fractions).
    static func form(code: String, _ effect: [String: String] = [:]) -> [String: String] {
        [
            "code": code, "name": "Parkirna politika v središču", "field": "mobility", "lever": "governance", "purpose": "mitigation",
            "status": "planned", "progress": "0", "start_date": "2025-03", "end_date": "2030", "capex_eur": "250.000",
            "description": "Višje cene parkiranja in manj parkirišč v središču.",
        ].merging(effect) { $1 }
    }

    static func gross2030(_ app: Application, _ slug: String = "kranj") async throws -> Double {
        let city = try await CitiesQuery.require(slug: slug, on: app.db)
        let snapshot = try await Pathway.snapshot(for: city, on: app.db).get()
        return try #require(snapshot.year(2030)).grossTCO2e
    }

    @Test("an officer adds an action with a model effect and the pathway changes")
    func addChangesPathway() async throws {
        try await withTestApp { app in
            // setup
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let before = try await Self.gross2030(app)

            // act
            let response = try await officer.post(
                SiteRoute.cityActions(slug: "kranj").path,
                form: Self.form(
                    code: "M9",
                    [
                        "effect_kind": "reduce_activity", "effect_gpc": "II.1", "effect_carrier": "diesel", "effect_min": "5",
                        "effect_mode": "10",
                        "effect_max": "15", "effect_start": "2025", "effect_full": "2030",
                    ]))

            // assert
            #expect(response.status == .seeOther)
            let action = try #require(try await CityAction.query(on: app.db).filter(\.$code == "M9").first())
            #expect(action.effect?.mode == 0.1)
            #expect(action.capexEUR == 250_000)
            #expect(action.startDate == CalendarDate(year: 2025, month: 3))
            let after = try await Self.gross2030(app)
            #expect(after < before - 100, "the pathway fell from \(before) to \(after)")
            let page = try await TestClient(app).get(SiteRoute.cityAction(slug: "kranj", id: action.requireID()).path)
            #expect(page.text.contains("Zmanjšanje izpustov v letu 2030"))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$recordID == action.requireID()).count() == 1)
        }
    }

    @Test(
        "the model's objections are shown on the form and nothing is saved",
        arguments: [
            // B2 already switches up to 95 % of heating oil in I.1.1: 20 % more is over the whole.
            (
                [
                    "effect_kind": "switch_carrier", "effect_gpc": "I.1.1", "effect_carrier": "heating_oil", "effect_to": "electricity",
                    "effect_to_gpc": "I.1.2", "effect_mode": "10", "effect_max": "20",
                ], "effect_max", "Ukrepi B2 in X1 skupaj zamenjajo"
            ),
            (["effect_kind": "reduce_activity", "effect_gpc": "I.1", "effect_mode": "150"], "effect_mode", "odstotek"),
            (
                ["effect_kind": "reduce_activity", "effect_gpc": "I.1", "effect_min": "20", "effect_mode": "10"], "effect_mode",
                "najmanj ≤ najverjetneje ≤ največ; zdaj so 20\u{00A0}%, 10\u{00A0}%, 10\u{00A0}%"
            ),
            (["effect_kind": "reduce_activity", "effect_gpc": "IX.1", "effect_mode": "10"], "effect_gpc", "IX.1"),
            (["effect_kind": "reduce_factor", "effect_mode": "10"], "effect_carrier", "Izberite energent"),
            (["effect_kind": "removal", "effect_mode": "100", "effect_start": "2031", "effect_full": "2030"], "effect_start", "2031"),
        ])
    func modelObjections(effect: [String: String], field: String, words: String) async throws {
        try await withTestApp { app in
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let count = try await CityAction.query(on: app.db).count()
            let response = try await officer.post(SiteRoute.cityActions(slug: "kranj").path, form: Self.form(code: "X1", effect))
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("id=\"field-\(field)-error\""), "the problem is next to \(field)")
            #expect(response.text.contains(words), "the message says \(words)")
            #expect(!response.text.contains("MODEL.md") && !response.text.contains("mode ≤"), "in the form's words, not the model's")
            #expect(try await CityAction.query(on: app.db).count() == count)
        }
    }

    @Test("the effect form reads only the chosen kind's fields: what another kind's hidden fields still hold is not saved")
    func effectFieldsOfTheKind() async throws {
        try await withTestApp { app in
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let form = try await officer.get(SiteRoute.cityActionNew(slug: "kranj").path)
            #expect(
                form.text.contains(
                    #"<div class="effect-field" data-kinds="switch_carrier"><div class="field"><label for="field-effect_to">"#))
            #expect(form.text.contains(#"<option value="I.1.1">I.1.1 Stanovanjske stavbe: izgorevanje goriv v mestu</option>"#))
            let response = try await officer.post(
                SiteRoute.cityActions(slug: "kranj").path,
                form: Self.form(
                    code: "N7",
                    [
                        "effect_kind": "removal", "effect_gpc": "I.1", "effect_carrier": "diesel", "effect_to": "electricity",
                        "effect_ratio": "0,5", "effect_mode": "1.200", "effect_start": "2026", "effect_full": "2030",
                    ]))
            #expect(response.status == .seeOther)
            let action = try #require(try await CityAction.query(on: app.db).filter(\.$code == "N7").first())
            #expect(action.effect?.kind == .removal && action.effect?.mode == 1200)
            #expect(action.effectGPC == nil && action.effectCarrier == nil && action.effectTo == nil && action.effectRatio == nil)
        }
    }

    @Test("a switch turned into a cut keeps nothing of the switch; a switch needs both carriers; the API refuses another kind's field")
    func changingTheKind() async throws {
        try await withTestApp { app in
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let b2 = try #require(try await CityAction.query(on: app.db).filter(\.$code == "B2").first())
            #expect(b2.effect?.kind == .switchCarrier && b2.effectTo != nil)
            var form = ActionInput(b2, .sl).values
            form["version"] = String(b2.version)
            form["effect_kind"] = "reduce_activity"
            let saved = try await officer.post(SiteRoute.cityActionEdit(slug: "kranj", id: b2.requireID()).path, form: form)
            #expect(saved.status == .seeOther)
            let cut = try #require(try await CityAction.find(b2.requireID(), on: app.db))
            #expect(cut.effect?.kind == .reduceActivity && cut.effectTo == nil && cut.effectToGPC == nil && cut.effectRatio == nil)
            #expect(cut.effectGPC == b2.effectGPC && cut.effectCarrier == b2.effectCarrier, "what a cut has stays")

            let switched = try await officer.post(
                SiteRoute.cityActions(slug: "kranj").path,
                form: Self.form(code: "S1", ["effect_kind": "switch_carrier", "effect_gpc": "I.1.1", "effect_mode": "10"]))
            #expect(switched.status == .unprocessableEntity)
            #expect(switched.text.contains("Izberite energent, ki ga ukrep zamenja."))
            #expect(switched.text.contains("Izberite nov energent, na katerega ukrep preklopi."))
            #expect(!switched.text.contains("»«"))

            // A value the list does not offer stays chosen on the form, so saving does not change it unseen.
            cut.effectGPC = "VI"
            try await cut.save(on: app.db)
            let edit = try await officer.get(SiteRoute.cityActionEdit(slug: "kranj", id: b2.requireID()).path)
            #expect(edit.text.contains(#"<option value="VI" selected="selected">VI</option>"#))

            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            let token = try await TestClient.token(app, admin: admin, city: "ljubljana")
            let removal = try await TestClient.api(
                app, .POST, SiteRoute.apiCityActions(slug: "ljubljana").path, token: token,
                body: #"{"code":"N9","name":"Gozd","field":"green_infrastructure","effect":{"kind":"removal","gpc":"I.1","mode":100}}"#,
                language: "en")
            #expect(removal.status == .badRequest, "a machine that sends a field of another kind is told")
        }
    }

    @Test("codes are unique in a city; an edit that the form refuses changes nothing")
    func codesAndRefusedEdits() async throws {
        try await withTestApp { app in
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let taken = try await officer.post(SiteRoute.cityActions(slug: "kranj").path, form: Self.form(code: "B1"))
            #expect(taken.status == .unprocessableEntity)
            #expect(taken.text.contains("že ima ukrep z oznako B1"))
            let b1 = try #require(try await CityAction.query(on: app.db).filter(\.$code == "B1").first())
            var form = ActionInput(b1, .sl).values
            form["name"] = "Novo ime"
            form["effect_mode"] = "250"
            let refused = try await officer.post(SiteRoute.cityActionEdit(slug: "kranj", id: b1.requireID()).path, form: form)
            #expect(refused.status == .unprocessableEntity)
            #expect(try await CityAction.find(b1.requireID(), on: app.db)?.name == b1.name)
            form["effect_mode"] = "12,5"
            let saved = try await officer.post(SiteRoute.cityActionEdit(slug: "kranj", id: b1.requireID()).path, form: form)
            #expect(saved.status == .seeOther)
            let changed = try #require(try await CityAction.find(b1.requireID(), on: app.db))
            #expect(changed.name == "Novo ime")
            #expect(changed.effect?.mode == 0.125)
            #expect(changed.effect?.min == b1.effect?.min, "the rest of the effect is as it was")
        }
    }

    @Test(
        "saving an action says what it did to the target year's gap, or to the margin when the target is met; an action that shares emissions says how its share is worked out"
    )
    func saveFeedbackAndShares() async throws {
        try await withTestApp { app in
            let t = Localizer(.sl)
            // Velenje's plan misses 2030: a stronger action narrows the gap.
            let velenje = try await CitiesQuery.require(slug: "velenje", on: app.db)
            let gap = try #require(try await Pathway.snapshot(for: velenje, on: app.db).get().year(2030)).gapTCO2e
            #expect(gap > 10_000)
            let h2 = try #require(
                try await CityAction.query(on: app.db).filter(\.$city.$id == velenje.requireID()).filter(\.$code == "H2").first())
            var heat = ActionInput(h2, .sl).values
            heat["effect_mode"] = "30"
            let velenjeOfficer = try await TestClient.signedIn(app, as: Demo.velenjeOfficer)
            let narrowed = try await velenjeOfficer.post(SiteRoute.cityActionEdit(slug: "velenje", id: h2.requireID()).path, form: heat)
            #expect(narrowed.status == .seeOther)
            let smaller = try #require(try await Pathway.snapshot(for: velenje, on: app.db).get().year(2030)).gapTCO2e
            #expect(smaller < gap - 1)
            let told = try await velenjeOfficer.get(try #require(narrowed.headers.first(name: .location)))
            #expect(told.text.contains("<p class=\"notice-detail\">Vrzel 2030: \(t.tonnesCO2e(gap)) → \(t.tonnesCO2e(smaller)).</p>"))

            // Kranj's plan meets 2030: a stronger action widens the margin below the target.
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let city = try await CitiesQuery.require(slug: "kranj", on: app.db)
            let before = try #require(try await Pathway.snapshot(for: city, on: app.db).get().year(2030)).gapTCO2e
            #expect(before < 0, "the demo plan meets the target")
            let b1 = try #require(try await CityAction.query(on: app.db).filter(\.$code == "B1").first())
            var form = ActionInput(b1, .sl).values
            form["effect_max"] = "60"
            form["effect_mode"] = "50"
            let saved = try await officer.post(SiteRoute.cityActionEdit(slug: "kranj", id: b1.requireID()).path, form: form)
            #expect(saved.status == .seeOther)
            let after = try #require(try await Pathway.snapshot(for: city, on: app.db).get().year(2030)).gapTCO2e
            #expect(after < before - 1)
            let page = try await officer.get(try #require(saved.headers.first(name: .location)))
            let expected = "Cilj 2030 je dosežen, rezerva: \(t.tonnesCO2e(-before)) → \(t.tonnesCO2e(-after))."
            #expect(page.text.contains("<p class=\"notice-detail\">\(expected)</p>"), "the notice says \(expected)")
            // Shown once.
            #expect(!(try await officer.get(SiteRoute.cityAction(slug: "kranj", id: b1.requireID()).path)).text.contains("notice-detail"))

            // A save that changes no effect says the margin is as it was.
            form["name"] = "Prenova stavb"
            form["version"] = String(b1.version + 1)
            let renamed = try await officer.post(SiteRoute.cityActionEdit(slug: "kranj", id: b1.requireID()).path, form: form)
            let again = try await officer.get(try #require(renamed.headers.first(name: .location)))
            #expect(again.text.contains("Cilj 2030 ostaja dosežen z rezervo \(t.tonnesCO2e(-after))."))
            // A detail cookie someone planted says nothing: only numbers are read, and worded here.
            officer.cookies[Notice.cookieName] = Notice.saved.rawValue
            officer.cookies[Notice.detailCookieName] = "Pokli%C4%8Dite%20090%20123"
            let planted = try await officer.get(SiteRoute.cityAction(slug: "kranj", id: b1.requireID()).path)
            #expect(planted.text.contains("Spremembe so shranjene.") && !planted.text.contains("notice-detail"))

            // B1 cuts the heating that B2 and B3 switch: its page says so and how the share is split.
            #expect(page.text.contains("Ukrep deluje na iste izpuste kot B2 (Toplotne črpalke"))
            #expect(page.text.contains("Shapleyjeva vrednost"))
            // A removal acts on no emission of another action.
            let n1 = try #require(try await CityAction.query(on: app.db).filter(\.$code == "N1").first())
            #expect(!(try await officer.get(SiteRoute.cityAction(slug: "kranj", id: n1.requireID()).path)).text.contains("Shapley"))
        }
    }

    @Test("a progress note sets status and progress and stays in the log; a cancelled action leaves the pathway")
    func progressNotes() async throws {
        try await withTestApp { app in
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let m1 = try #require(try await CityAction.query(on: app.db).filter(\.$code == "M1").first())
            let path = SiteRoute.cityActionUpdates(slug: "kranj", id: try m1.requireID()).path
            let before = try await Self.gross2030(app)
            let refused = try await officer.post(path, form: ["date": "2026-11", "status": "in_progress", "progress": "120", "note": ""])
            #expect(refused.status == .unprocessableEntity)
            #expect(
                try await officer.post(
                    path, form: ["date": "2026-11-30", "status": "in_progress", "progress": "45", "note": "Sprejet parkirni režim."]
                ).status
                    == .seeOther)
            #expect(
                try await officer.post(
                    path, form: ["date": "2026-12-01", "status": "cancelled", "progress": "45", "note": "Odlok zavrnjen."]
                ).status == .seeOther)
            let action = try #require(try await CityAction.find(m1.requireID(), on: app.db))
            #expect(action.status == .cancelled)
            #expect(action.progress == 45)
            let page = try await TestClient(app).get(SiteRoute.cityAction(slug: "kranj", id: m1.requireID()).path)
            #expect(page.text.contains("Sprejet parkirni režim."))
            #expect(page.text.contains("Odlok zavrnjen."))
            #expect(
                page.text.range(of: "Odlok zavrnjen.")!.lowerBound < page.text.range(of: "Sprejet parkirni režim.")!.lowerBound,
                "newest first")
            #expect(try await Self.gross2030(app) > before, "without M1 emissions are higher")
        }
    }

    @Test("the list filters by field, status and purpose and sorts")
    func listFilters() async throws {
        try await withTestApp { app in
            let visitor = TestClient(app)
            let mobility = try await visitor.get(SiteRoute.cityActions(slug: "kranj", filter: ActionFilter(field: .mobility)).path)
            #expect(mobility.text.contains(">M1<"))
            #expect(!mobility.text.contains(">B1<"))
            #expect(mobility.text.contains("5 ukrepov"), "Slovenian plural for five")
            let moving = try await visitor.get(
                SiteRoute.cityActions(slug: "kranj", filter: ActionFilter(field: .mobility, status: .inProgress)).path)
            #expect(moving.text.contains("3 ukrepi"), "Slovenian plural for three")
            let adaptation = try await visitor.get(SiteRoute.cityActions(slug: "kranj", filter: ActionFilter(purpose: .adaptation)).path)
            #expect(adaptation.text.contains(">N1<"))
            #expect(adaptation.text.contains("1 ukrep"))
            let byProgress = try await visitor.get(SiteRoute.cityActions(slug: "kranj", filter: ActionFilter(sort: .progress)).path)
            let first = try #require(byProgress.text.range(of: "<th scope=\"row\" role=\"rowheader\" data-label=\"Oznaka\">"))
            let code = byProgress.text[first.upperBound...].prefix(2)
            #expect(code == "B4" || code == "W1", "a completed action comes first, not \(code)")
            let completed = try await visitor.get(SiteRoute.cityActions(slug: "kranj", filter: ActionFilter(status: .completed)).path)
            #expect(completed.text.contains("2 ukrepa"))
        }
    }

    @Test("the list sorts by its headings, pages beyond 50 rows, downloads as CSV in both forms, and its cells name their columns")
    func listThatScales() async throws {
        try await withTestApp { app in
            let visitor = TestClient(app)
            let list = try await visitor.get(SiteRoute.cityActions(slug: "kranj").path).text
            // Sorted by code now; the progress heading sorts by progress, most first.
            #expect(list.contains(#"<th scope="col" role="columnheader" aria-sort="ascending"><a href="/cities/kranj/actions">Oznaka"#))
            #expect(
                list.contains(#"role="columnheader"><a href="/cities/kranj/actions?sort=progress">Napredek (%)"#),
                "no aria-sort where it is not sorted")
            #expect(list.contains(#"data-label="Stanje"><span class="badge"#), "a phone's card names each cell's column")
            let byProgress = try await visitor.get("/cities/kranj/actions?sort=progress").text
            #expect(byProgress.contains(#"aria-sort="descending"><a href="/cities/kranj/actions?sort=progress">"#))

            // Sixty actions: two pages (the demo's and the added).
            let kranj = try await CitiesQuery.require(slug: "kranj", on: app.db).requireID()
            let demo = try await CityAction.query(on: app.db).filter(\.$city.$id == kranj).count()
            let added = 60 - demo
            for index in 1...added {
                let action = CityAction()
                action.$city.id = kranj
                _ = ActionInput(values: ActionsTests.form(code: String(format: "Z%02d", index)), fromPage: true).read(
                    into: action, Localizer(.sl))
                try await action.create(on: app.db)
            }
            try await Workspace.changed(cityID: kranj, on: app.db)
            let first = try await visitor.get(SiteRoute.cityActions(slug: "kranj").path).text
            #expect(first.components(separatedBy: #"<tr role="row">"#).count - 2 == 50, "50 rows and the heading's")
            #expect(first.contains("Stran 1 od 2") && first.contains(#"href="/cities/kranj/actions?page=2" rel="next""#))
            let second = try await visitor.get("/cities/kranj/actions?page=2").text
            #expect(second.components(separatedBy: #"<tr role="row">"#).count - 2 == 10)
            #expect(second.contains("Stran 2 od 2") && second.contains(#"rel="prev""#))
            #expect(try await visitor.get("/cities/kranj/actions?page=999999999").status == .ok, "a page beyond the list is the first")

            // The list as CSV: every page, as filtered.
            let csv = try await visitor.get(SiteRoute.cityActionsCSV(slug: "kranj", filter: ActionFilter(field: .mobility)).path)
            #expect(csv.headers.contentType?.subType == "csv")
            let table = try CSVTable(text: csv.text)
            #expect(table.rows.count == 5 + added, "the five mobility actions and those added")
            #expect(table.header.first == "code" && table.header.contains("reduction_2030_tco2e"))
            let excel = try await visitor.get(SiteRoute.cityActionsCSV(slug: "kranj").excel.path)
            #expect(excel.text.hasPrefix("\u{FEFF}code;name;"))
            #expect(CSVTable.text(decoding: Array(excel.body.readableBytesView)).contains(String(format: "Z%02d", added)))
        }
    }

    @Test("deleting an action is reversible by the city admin and recorded")
    func deleteRestore() async throws {
        try await withTestApp { app in
            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            let w1 = try #require(
                try await CityAction.query(on: app.db).filter(\.$code == "W1").join(City.self, on: \CityAction.$city.$id == \City.$id)
                    .filter(City.self, \.$slug == "ljubljana").first())
            #expect(try await admin.post(SiteRoute.cityActionDelete(slug: "ljubljana", id: w1.requireID()).path).status == .seeOther)
            #expect(try await CityAction.find(w1.requireID(), on: app.db) == nil)
            let deleted = try await admin.get(SiteRoute.cityDeleted(slug: "ljubljana").path)
            #expect(deleted.text.contains("W1 · "))
            let restore = SiteRoute.cityRestore(slug: "ljubljana", type: CityAction.auditType, id: try w1.requireID()).path
            #expect(try await admin.post(restore).status == .seeOther)
            #expect(try await CityAction.find(w1.requireID(), on: app.db) != nil)
            let actions = try await AuditEntry.query(on: app.db).filter(\.$recordID == w1.requireID()).all().map(\.action)
            #expect(actions == [.delete, .restore] || actions == [.restore, .delete])
        }
    }

    @Test("the list is searched by any words of the code, name, description or responsible, in any case, with or without č, š, ž")
    func search() async throws {
        try await withTestApp { app in
            let visitor = TestClient(app)
            let found = try await visitor.get(SiteRoute.cityActions(slug: "kranj").path + "?q=kolesarsko+OMREZJE")
            #expect(found.status == .ok)
            #expect(found.text.contains("Kolesarsko omrežje in souporaba koles"))
            #expect(!found.text.contains("Električna vozila in polnilnice"))
            #expect(found.text.contains(#"name="q" value="kolesarsko OMREZJE""#))
            // The filters keep the search, the search keeps the filters.
            let both = try await visitor.get(SiteRoute.cityActions(slug: "kranj").path + "?field=buildings&q=kolesarsko")
            #expect(!both.text.contains("Kolesarsko omrežje in souporaba koles"))
            #expect(both.text.contains(#"<input type="hidden" name="field" value="buildings"/>"#))
            let long = try await visitor.get(SiteRoute.cityActions(slug: "kranj").path + "?q=" + String(repeating: "a", count: 5000))
            #expect(long.status == .ok)
        }
    }

    @Test("on English pages the cities' own Slovenian texts are marked lang=sl (WCAG 3.1.2)")
    func slovenianContentMarked() async throws {
        try await withTestApp { app in
            let english = TestClient(app, headers: ["Accept-Language": "en"])
            let actions = try await english.get(SiteRoute.cityActions(slug: "kranj").path).text
            #expect(actions.contains(#"lang="sl"><a href="#) && actions.contains(">Manj voženj z avtomobilom</a>"))
            let indicators = try await english.get(SiteRoute.cityIndicators(slug: "kranj").path).text
            #expect(indicators.contains(#"lang="sl">"#))
            let inventory = try await english.get(SiteRoute.cityInventory(slug: "kranj", year: 2018).path).text
            #expect(inventory.contains(#"lang="sl">Bilanca energije gospodinjstev"#))
        }
    }

    @Test("the API lists actions with filters and paging, and adds one with the city's token after the same checks")
    func api() async throws {
        try await withTestApp { app in
            let list = try await TestClient.api(app, .GET, SiteRoute.apiCityActions(slug: "kranj").path + "?field=mobility&per_page=2")
            #expect(list.status == .ok)
            let page = try JSONDecoder().decode(ActionPage.self, from: Data(list.text.utf8))
            #expect(page.items.map(\.code) == ["M1", "M2"])
            #expect(page.metadata.total == 5)
            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            let token = try await TestClient.token(app, admin: admin, city: "ljubljana")
            let body =
                #"{"code":"A9","name":"Zelene strehe","field":"buildings","effect":{"kind":"reduce_activity","gpc":"I.2","min":0.01,"mode":0.02,"max":0.5,"start":2025,"full":2030}}"#
            let created = try await TestClient.api(app, .POST, SiteRoute.apiCityActions(slug: "ljubljana").path, token: token, body: body)
            #expect(created.status == .created)
            #expect(created.text.contains(#""in_pathway":true"#))
            let over = body.replacingOccurrences(of: "\"A9\"", with: "\"A10\"").replacingOccurrences(of: "0.5", with: "1.5")
            let refused = try await TestClient.api(
                app, .POST, SiteRoute.apiCityActions(slug: "ljubljana").path, token: token, body: over, language: "en")
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains(#""field":"effect.max""#))
            // A change: only the fields given; the model's check as on the form.
            let a9 = try #require(try await CityAction.query(on: app.db).filter(\.$code == "A9").first())
            let path = SiteRoute.apiCityActions(slug: "ljubljana").path + "/\(try a9.requireID().uuidString)"
            let patched = try await TestClient.api(app, .PATCH, path, token: token, body: #"{"status":"in_progress","progress":30}"#)
            #expect(patched.status == .ok)
            let changed = try #require(try await CityAction.find(a9.requireID(), on: app.db))
            #expect(
                changed.status == .inProgress && changed.progress == 30 && changed.name == "Zelene strehe" && changed.effect?.max == 0.5)
            let wrong = try await TestClient.api(
                app, .PATCH, path, token: token,
                body: #"{"effect":{"kind":"reduce_factor","min":0.1,"mode":0.1,"max":0.1}}"#, language: "en")
            #expect(wrong.status == .badRequest)
            #expect(wrong.text.contains("Choose the carrier the action applies to"))
        }
    }

    struct ActionPage: Decodable {
        struct Item: Decodable { let code: String }
        struct Metadata: Decodable { let total: Int }
        let items: [Item]
        let metadata: Metadata
    }
}
