import ClimateModel
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
@testable import ZavezaApp

@Suite("Scenarios: named what-ifs of a city's plan beside it, public or the team's, never touching the adopted actions")
struct ScenariosTests {
    static func scenario(_ app: Application, _ slug: String, named name: String) async throws -> PlanScenario {
        try #require(
            try await PlanScenario.query(on: app.db).join(City.self, on: \PlanScenario.$city.$id == \City.$id)
                .filter(City.self, \.$slug == slug).filter(\.$name == name).first())
    }

    @Test("a visitor sees public scenarios only; the city's team and its token see private ones too")
    func visibility() async throws {
        try await withTestApp { app in
            let visitor = TestClient(app)
            let page = try await visitor.get(SiteRoute.cityScenarios(slug: "kranj").path)
            #expect(page.status == .ok)
            #expect(page.text.contains("Zamik financiranja") && !page.text.contains("Brez dveh največjih naložb"))
            #expect(page.text.contains("id=\"chart-scenarios\""))
            let hidden = try await Self.scenario(app, "kranj", named: "Brez dveh največjih naložb")
            #expect(try await visitor.get(SiteRoute.cityScenario(slug: "kranj", id: hidden.requireID()).path).status == .notFound)
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            #expect(try await officer.get(SiteRoute.cityScenarios(slug: "kranj").path).text.contains("Brez dveh največjih naložb"))
            #expect(try await officer.get(SiteRoute.cityScenario(slug: "kranj", id: hidden.requireID()).path).status == .ok)

            let list = try await TestClient.api(app, .GET, SiteRoute.apiCityScenarios(slug: "ljubljana").path)
            #expect(list.status == .ok && list.text.contains("Zamik financiranja") && !list.text.contains("Brez dveh"))
            let admin = try await TestClient.signedIn(app, as: Demo.ljubljanaAdmin)
            let token = try await TestClient.token(app, admin: admin, city: "ljubljana", scope: "read")
            #expect(
                try await TestClient.api(app, .GET, SiteRoute.apiCityScenarios(slug: "ljubljana").path, token: token).text.contains(
                    "Brez dveh"))
            let other = try await Self.scenario(app, "ljubljana", named: "Brez dveh največjih naložb")
            let path = SiteRoute.apiCityScenarioPathway(slug: "ljubljana", id: try other.requireID()).path
            #expect(try await TestClient.api(app, .GET, path).status == .notFound)
            let pathway = try await TestClient.api(app, .GET, path, token: token)
            #expect(pathway.status == .ok && pathway.text.contains(#""status":"ok""#))
        }
    }

    @Test("a scenario's pathway is the model's run of the plan with its changes, and the adopted actions stay as they were")
    func sameAsTheModel() async throws {
        try await withTestApp { app in
            let kranj = try await CitiesQuery.require(slug: "kranj", on: app.db)
            let scenario = try await Self.scenario(app, "kranj", named: "Brez dveh največjih naložb")
            let inputs = try await Pathway.load(kranj, on: app.db)
            let off = Set(scenario.changes.actions.filter { $0.value.off == true }.keys)
            #expect(off.count == 2)
            var json = Pathway.scenarioJSON(inputs)
            let codes = Set(inputs.actions.filter { off.contains($0.id!.uuidString) }.map(\.code))
            json["actions"] = (json["actions"] as! [[String: Any]]).filter { !codes.contains($0["id"] as! String) }
            var growth = json["growth"] as! [String: Any]
            growth["II"] = 0.01
            json["growth"] = growth
            let expected = ScenarioEngine(try Pathway.scenario(json).get()).run(draws: Pathway.draws, seed: Pathway.seed)
            let got = try await ScenarioPathway.snapshot(scenario, city: kranj, on: app.db, memory: nil).get()
            #expect(got.result.years.map(\.grossTCO2e) == expected.years.map(\.grossTCO2e))
            #expect(got.result.target.probabilityMeetsReduction == expected.target.probabilityMeetsReduction)
            let plan = try await Pathway.snapshot(for: kranj, on: app.db).get()
            #expect(got.year(2030)!.grossTCO2e > plan.year(2030)!.grossTCO2e)
            // The plan's actions are what they were.
            #expect(try await Pathway.load(kranj, on: app.db).actions.map(\.effect) == inputs.actions.map(\.effect))
        }
    }

    @Test(
        "an officer builds a scenario that drops two actions and delays a third; it shows on the comparison; the history says what changed")
    func build() async throws {
        try await withTestApp { app in
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let created = try await officer.post(
                SiteRoute.cityScenarios(slug: "kranj").path, form: ["name": "Brez prometnih ukrepov", "public": "on"])
            #expect(created.status == .seeOther)
            let scenario = try await Self.scenario(app, "kranj", named: "Brez prometnih ukrepov")
            #expect(scenario.isPublic && scenario.changes == ScenarioChanges())
            let kranj = try await CitiesQuery.require(slug: "kranj", on: app.db)
            let inputs = try await Pathway.load(kranj, on: app.db)
            let plan = try await Pathway.snapshot(for: kranj, on: app.db).get()
            let first = try await ScenarioPathway.snapshot(scenario, city: kranj, on: app.db, memory: nil).get()
            #expect(first.result.years.map(\.grossTCO2e) == plan.result.years.map(\.grossTCO2e), "a new scenario is the plan")

            let byCode = Dictionary(uniqueKeysWithValues: inputs.actions.map { ($0.code, $0.id!) })
            var form = ScenarioInput.values(scenario, inputs, .sl)
            form["version"] = String(scenario.version)
            form[ScenarioInput.on(byCode["M1"]!)] = nil
            form[ScenarioInput.on(byCode["M2"]!)] = nil
            form[ScenarioInput.start(byCode["B3"]!)] = "2026"
            form[ScenarioInput.full(byCode["B3"]!)] = "2034"
            form[ScenarioInput.mode(byCode["B1"]!)] = "12"
            form[ScenarioInput.rate("II")] = "1"
            let path = SiteRoute.cityScenario(slug: "kranj", id: try scenario.requireID()).path
            let saved = try await officer.post(path, form: form)
            #expect(saved.status == .seeOther)
            let changed = try await Self.scenario(app, "kranj", named: "Brez prometnih ukrepov")
            let changes = changed.changes
            #expect(changes.actions[byCode["M1"]!.uuidString]?.off == true)
            #expect(changes.actions[byCode["B3"]!.uuidString]?.start == 2026)
            #expect(changes.actions[byCode["B1"]!.uuidString]?.mode == 0.12)
            #expect(changes.actions.count == 4, "only what differs from the plan is kept")
            #expect(changes.growth["II"]?.mode == 0.01 && changes.growth["II"]?.max == 0.012)
            let after = try await ScenarioPathway.snapshot(changed, city: kranj, on: app.db, memory: nil).get()
            #expect(after.year(2030)!.grossTCO2e > plan.year(2030)!.grossTCO2e)
            #expect(after.labels["M1"] == nil && after.labels["B3"] != nil)

            let page = try await officer.get(path)
            #expect(page.text.contains("M1 Manj voženj z avtomobilom: izpuščen"))
            #expect(page.text.contains("B3 Širitev daljinskega ogrevanja: začetek 2026, poln učinek 2034"))
            let comparison = try await TestClient(app).get(SiteRoute.cityScenarios(slug: "kranj").path)
            #expect(comparison.text.contains("Brez prometnih ukrepov"))
            let coordinator = try await TestClient.signedIn(app, as: Demo.coordinator)
            let history = try await coordinator.get(SiteRoute.cityHistory(slug: "kranj").path)
            #expect(history.text.contains("Scenarij"))
            #expect(history.text.contains("M1 : izpuščen") || history.text.contains("M1: izpuščen"))
            #expect(!history.text.contains(#"{&quot;actions"#) && !history.text.contains(#"{"actions""#))

            // An old form is a conflict; nothing of it is saved.
            form[ScenarioInput.on(byCode["W1"]!)] = nil
            #expect(try await officer.post(path, form: form).status == .conflict)
            #expect(try await Self.scenario(app, "kranj", named: "Brez prometnih ukrepov").changes == changes)
        }
    }

    @Test("a scenario's bad years, effects and rates are named on their row; nothing is saved")
    func refused() async throws {
        try await withTestApp { app in
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let scenario = try await Self.scenario(app, "kranj", named: "Zamik financiranja")
            let kranj = try await CitiesQuery.require(slug: "kranj", on: app.db)
            let inputs = try await Pathway.load(kranj, on: app.db)
            let b1 = try #require(inputs.actions.first { $0.code == "B1" }?.id)
            let n1 = try #require(inputs.actions.first { $0.code == "N1" }?.id)
            var base = ScenarioInput.values(scenario, inputs, .sl)
            base["version"] = String(scenario.version)
            let path = SiteRoute.cityScenario(slug: "kranj", id: try scenario.requireID()).path
            let cases: [(String, String, String)] = [
                (ScenarioInput.full(b1), "2020", "B1: začetek ne sme biti po letu polnega učinka"),
                (ScenarioInput.mode(b1), "150", "B1: vpišite odstotek med 0 in 100"),
                (ScenarioInput.max(b1), "1", "B1: veljati mora najmanj ≤ najverjetneje ≤ največ"),
                (ScenarioInput.start(n1), "3000", "N1:"),
                (ScenarioInput.rate("II"), "80", "na leto med −50 in 50"),
                ("name", "", ""),
            ]
            for (field, value, words) in cases {
                var form = base
                form[field] = value
                let response = try await officer.post(path, form: form)
                #expect(response.status == .unprocessableEntity, "\(field)")
                #expect(response.text.contains("id=\"field-\(field)-error\""), "\(field)")
                #expect(words.isEmpty || response.text.contains(words), "\(field): \(words)")
            }
            #expect(try await Self.scenario(app, "kranj", named: "Zamik financiranja").version == scenario.version)
        }
    }

    @Test("a scenario saved unchanged stays the plan: numbers shown in percent and read back are the same numbers")
    func unchanged() async throws {
        try await withTestApp { app in
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            #expect(try await officer.post(SiteRoute.cityScenarios(slug: "kranj").path, form: ["name": "Kot načrt"]).status == .seeOther)
            // A rate that does not survive ×100 ÷100 in binary: 0.007 → 0.7 → 0.006999999999999999.
            let kranj = try await CitiesQuery.require(slug: "kranj", on: app.db)
            let rate = try #require(try await GrowthController.all(cityID: kranj.requireID(), on: app.db).first { $0.gpc == "I.3" })
            rate.rateMode = 0.007
            try await rate.save(on: app.db)
            let scenario = try await Self.scenario(app, "kranj", named: "Kot načrt")
            let inputs = try await Pathway.load(kranj, on: app.db)
            var form = ScenarioInput.values(scenario, inputs, .sl)
            form["version"] = String(scenario.version)
            let path = SiteRoute.cityScenario(slug: "kranj", id: try scenario.requireID()).path
            #expect(try await officer.post(path, form: form).status == .seeOther)
            #expect(try await Self.scenario(app, "kranj", named: "Kot načrt").changes == ScenarioChanges())
            // An action the form did not show (added since) is not left out.
            var older = ScenarioInput.values(scenario, inputs, .sl)
            older["version"] = "2"
            let b1 = try #require(inputs.actions.first { $0.code == "B1" }?.id)
            older[ScenarioInput.shown] = older[ScenarioInput.shown]!.replacingOccurrences(of: b1.uuidString, with: "")
            older[ScenarioInput.on(b1)] = nil
            #expect(try await officer.post(path, form: older).status == .seeOther)
            #expect(try await Self.scenario(app, "kranj", named: "Kot načrt").changes.actions[b1.uuidString] == nil)
        }
    }
}
