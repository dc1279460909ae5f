import ClimateModel
import Fluent
import Foundation
import Kernel
import Plot
import Vapor

/// What if: anyone switches the plan's actions off and on or delays them and
/// sees the target year's numbers and the pathway change, without saving
/// anything. The page is a GET form, so it works without JavaScript and its
/// address can be shared; the answer is worked out for each request from
/// the plan's inputs (kept in memory while the city's data are unchanged).
enum WhatIf {
    /// The delays offered, in years.
    static let delays = [0, 1, 2, 3, 4, 5, 7, 10]

    /// What the address asks: the actions switched off and the delays, by code.
    struct Choice: Equatable {
        var off: Set<String> = []
        var delay: [String: Int] = [:]

        /// The choice read from the query; without `w` (no form sent) every action is on.
        init(query: [String: String], codes: [String]) {
            let sent = query["w"] != nil
            for code in codes {
                if sent, query[WhatIf.on(code)] == nil { off.insert(code) }
                if let text = query[WhatIf.delay(code)], let years = Int(text), WhatIf.delays.contains(years), years > 0 {
                    delay[code] = years
                }
            }
        }

        init(off: Set<String> = [], delay: [String: Int] = [:]) {
            self.off = off
            self.delay = delay
        }

        /// The address's query for this choice.
        func query(codes: [String]) -> [(String, String)] {
            [("w", "1")]
                + codes.flatMap { code -> [(String, String)] in
                    (off.contains(code) ? [] : [(WhatIf.on(code), "1")]) + (delay[code].map { [(WhatIf.delay(code), String($0))] } ?? [])
                }
        }

        /// The choice as a scenario's changes of the plan's actions. A delay
        /// moves the years the model uses (start: the year after the baseline
        /// when none is given; full: the start), at most to the horizon.
        func changes(_ actions: [CityAction], inputs: Pathway.Inputs) -> ScenarioChanges {
            var changes = ScenarioChanges()
            let baseline = inputs.inventory?.year ?? inputs.city.baselineYear ?? 2018
            let horizon = max(Pathway.horizon, inputs.city.targetYear ?? 2030, baseline)
            for action in actions {
                guard let effect = action.effect, let id = action.id else { continue }
                var change = ScenarioChanges.ActionChange(code: action.code)
                if off.contains(action.code) { change.off = true }
                if let years = delay[action.code], years > 0 {
                    let start = effect.start ?? baseline + 1
                    let full = effect.full ?? start
                    change.start = min(start + years, horizon)
                    change.full = min(full + years, horizon)
                }
                if !change.isEmpty { changes.actions[id.uuidString] = change }
            }
            return changes
        }
    }

    static func on(_ code: String) -> String { "on_\(code)" }
    static func delay(_ code: String) -> String { "delay_\(code)" }

    static func register(_ routes: any RoutesBuilder) {
        routes.get(.cityWhatIf(slug: ""), use: page)
    }

    @Sendable static func page(_ request: Request) async throws -> HTMLResponse {
        let city = try await CitiesQuery.require(slug: request.parameter(SiteRoute.Parameter.slug), on: request.db)
        let t = request.t
        let inputs = try await Pathway.keptInputs(city, request)
        let actions = Pathway.modelled(inputs.actions)
        let codes = actions.map(\.code)
        let choice = Choice(query: (try? request.query.decode([String: String].self)) ?? [:], codes: codes)
        let plan = try? await Pathway.snapshot(for: city, on: request.db, memory: request.application.workspaceMemory).get()
        let changes = choice.changes(actions, inputs: inputs)
        // A model run for each answer: at most two at once, so visitors cannot hold every core.
        let result = try await request.application.gates.whatIf.run { Pathway.compute(ScenarioPathway.apply(changes, to: inputs)) }
        var content: [Node<HTML.BodyContext>] = []
        switch result {
        case .failure(let why):
            content.append(ScenariosController.unavailable(why, t))
        case .success(let snapshot):
            content += figures(snapshot, plan: plan, t)
            content.append(
                chart(city, snapshot, plan: plan, t).node(t, tableCaption: t(ScenariosText.whatIfChart, city.nameForms(t.language))))
        }
        content += form(city, actions, choice, t)
        let page = try Page.workspace(
            city, title: t(ScenariosText.whatIfTitle, city.nameForms(t.language)), lead: t(ScenariosText.whatIfLead), request.principal, t,
            content: content)
        return HTMLResponse(html: Layout.render(page, PageContext(request)))
    }

    /// The target year's numbers of the what-if beside the plan's.
    static func figures(_ snapshot: PathwaySnapshot, plan: PathwaySnapshot?, _ t: Localizer) -> [Node<HTML.BodyContext>] {
        let year = snapshot.result.targetYear
        let now = snapshot.year(year)
        let before = plan?.year(year)
        func figure(_ id: String, _ term: String, _ value: String, _ planned: String?) -> Node<HTML.BodyContext> {
            .dl(
                .dt(.text(term)), .dd(.id(id), .text(value)),
                .unwrap(planned) { .dd(.class("hint"), .text(t(ScenariosText.inPlan, ["value": $0]))) })
        }
        var items = [
            figure(
                "what-if-planned", t(ScenariosText.columnPlanned, ["year": String(year)]), t.tonnesCO2e(now?.grossTCO2e ?? 0),
                before.map { t.tonnesCO2e($0.grossTCO2e) }),
            figure(
                "what-if-gap", t(ScenariosText.columnGap, ["year": String(year)]), t.tonnesCO2e(now?.gapTCO2e ?? 0),
                before.map { t.tonnesCO2e($0.gapTCO2e) }),
        ]
        if let probability = snapshot.result.target.probabilityMeetsReduction {
            items.append(
                figure(
                    "what-if-probability", t(ScenariosText.columnProbability), t.percent(probability),
                    plan?.result.target.probabilityMeetsReduction.map { t.percent($0) }))
        }
        return [.div(.class("key-figures"), .attribute(named: "aria-live", value: "polite"), .group(items))]
    }

    static func chart(_ city: City, _ snapshot: PathwaySnapshot, plan: PathwaySnapshot?, _ t: Localizer) -> YearChart {
        let rows = snapshot.result.years
        var chart = YearChart(
            id: "chart-what-if", title: t(ScenariosText.whatIfChart, city.nameForms(t.language)),
            description: t(
                ScenariosText.whatIfDesc,
                [
                    "year": String(snapshot.result.targetYear),
                    "value": t.tonnesCO2e(snapshot.year(snapshot.result.targetYear)?.grossTCO2e ?? 0),
                ]),
            years: rows.map(\.year), unit: t(PathwayText.unit))
        chart.keyYear = snapshot.result.targetYear
        if rows.allSatisfy({ $0.grossP5 != nil && $0.grossP95 != nil }) {
            chart.band = .init(
                name: t(PathwayText.band), lower: rows.map { $0.grossP5! }, upper: rows.map { $0.grossP95! }, color: "#56B4E9")
        }
        chart.lines = [
            .init(name: t(ScenariosText.bauLine), values: rows.map(\.bauTCO2e), color: "#6b6b6b", style: .dashed),
            .init(name: t(ScenariosText.targetLine), values: rows.map(\.targetTCO2e), color: "#D55E00", style: .dashed),
        ]
        if let plan, plan.result.years.count == rows.count {
            chart.lines.append(.init(name: t(ScenariosText.plan), values: plan.result.years.map(\.grossTCO2e), color: "#00603d"))
        }
        chart.lines.append(.init(name: t(ScenariosText.whatIfLine), values: rows.map(\.grossTCO2e), color: "#0072B2"))
        return chart
    }

    /// The delay of one action, a choice of years.
    static func delaySelect(_ code: String, _ chosen: Int, _ t: Localizer) -> Node<HTML.BodyContext> {
        let options: [Node<HTML.BodyContext>] = delays.map { years in
            let label = years == 0 ? t(ScenariosText.whatIfNoDelay) : t(ScenariosText.whatIfYears, count: years)
            var attributes: [Node<HTML.BodyContext>] = [.attribute(named: "value", value: String(years))]
            if years == chosen { attributes.append(.attribute(named: "selected", value: "selected")) }
            return .element(named: "option", nodes: attributes + [.text(label)])
        }
        let label = t(ScenariosText.whatIfDelayOf, ["code": code]).attributeEscaped
        return .element(
            named: "select",
            nodes: [.attribute(named: "name", value: delay(code).attributeEscaped), .attribute(named: "aria-label", value: label)] + options
        )
    }

    static func form(_ city: City, _ actions: [CityAction], _ choice: Choice, _ t: Localizer) -> [Node<HTML.BodyContext>] {
        [
            .h2(.id("what-if-form"), .text(t(ScenariosText.whatIfActions))),
            .form(
                .method(.get), .action(SiteRoute.cityWhatIf(slug: city.slug).path),
                .input(.type(.hidden), .name("w"), .value("1")),
                Tables.table(
                    caption: t(ScenariosText.whatIfCaption),
                    headings: [
                        (t(ScenariosText.columnAction), false), (t(ScenariosText.whatIfOn), false), (t(ScenariosText.whatIfDelay), false),
                    ],
                    rows: actions.map { action in
                        let code = action.code
                        let names = ["code": code]
                        return .tr(
                            Tables.rowHeading("\(code) \(action.name)"),
                            .td(
                                Form.checkbox(
                                    on(code), checked: !choice.off.contains(code), [("aria-label", t(ScenariosText.whatIfOnOf, names))])),
                            .td(delaySelect(code, choice.delay[code] ?? 0, t)))
                    }),
                .div(
                    .class("form-actions"), .button(.type(.submit), .class("button"), .text(t(ScenariosText.whatIfSubmit))), .text(" "),
                    .a(.href(SiteRoute.cityWhatIf(slug: city.slug).path), .text(t(ScenariosText.whatIfReset))))),
        ]
    }
}
