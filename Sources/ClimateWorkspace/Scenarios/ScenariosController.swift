import ClimateModel
import Fluent
import Kernel
import Plot
import Vapor

/// A city's scenarios: the comparison page (every scenario's pathway against
/// the target line, with a table), each scenario's page with the dashboard's
/// charts and numbers and its form. Public scenarios are everyone's to read,
/// private ones the city team's; the team creates, edits and deletes them
/// (reversibly), every change recorded.
enum ScenariosController {
    static func register(_ routes: any RoutesBuilder) {
        routes.get(.cityScenarios(slug: ""), use: list)
        routes.post(.cityScenarios(slug: ""), use: create)
        routes.get(.cityScenario(slug: "", id: UUID()), use: show)
        routes.post(.cityScenario(slug: "", id: UUID()), use: save)
        routes.post(.cityScenarioDelete(slug: "", id: UUID()), use: removal.handle)
        WhatIf.register(routes)
    }

    /// The scenarios the visitor may see: public ones, and all for the city's team.
    static func visible(_ city: City, _ principal: Principal?, on database: any Database) async throws -> [PlanScenario] {
        let cityID = try city.requireID()
        var query = PlanScenario.query(on: database).filter(\.$city.$id == cityID)
        if !(principal?.can(.readCityWorkspace(cityID)) ?? false) { query = query.filter(\.$isPublic == true) }
        return try await query.sort(\.$name).all()
    }

    /// One row of the comparison: a scenario's (or the plan's) figures in the target year.
    struct Row {
        let name: String
        let route: SiteRoute?
        let isPublic: Bool?
        let snapshot: PathwaySnapshot?
        let capex: Double
    }

    static func rows(_ city: City, _ scenarios: [PlanScenario], _ request: Request) async throws -> [Row] {
        let t = request.t
        let memory = request.application.workspaceMemory
        let inputs = try await Pathway.keptInputs(city, request)
        var rows = [
            Row(
                name: t(ScenariosText.plan), route: nil, isPublic: nil,
                snapshot: try? await Pathway.snapshot(for: city, on: request.db, memory: memory).get(),
                capex: ScenarioPathway.capex(ScenarioChanges(), inputs))
        ]
        for scenario in scenarios {
            let snapshot = try? await ScenarioPathway.snapshot(scenario, city: city, on: request.db, memory: memory).get()
            rows.append(
                Row(
                    name: scenario.name, route: .cityScenario(slug: city.slug, id: try scenario.requireID()), isPublic: scenario.isPublic,
                    snapshot: snapshot, capex: ScenarioPathway.capex(scenario.changes, inputs)))
        }
        return rows
    }

    @Sendable static func list(_ request: Request) async throws -> HTMLResponse {
        let city = try await CitiesQuery.require(slug: request.parameter(SiteRoute.Parameter.slug), on: request.db)
        return try await renderList(city, FormState(), request)
    }

    static func renderList(_ city: City, _ state: FormState, _ request: Request, status: HTTPResponseStatus = .ok) async throws
        -> HTMLResponse
    {
        let t = request.t
        let cityID = try city.requireID()
        let canEdit = request.principal?.can(.editCity(cityID)) ?? false
        let scenarios = try await visible(city, request.principal, on: request.db)
        let rows = try await rows(city, scenarios, request)
        let year = rows.first?.snapshot?.result.targetYear ?? city.targetYear ?? 2030
        var content: [Node<HTML.BodyContext>] = []
        if scenarios.isEmpty { content.append(.p(.text(t(ScenariosText.none)))) }
        if let chart = comparisonChart(city, rows, t) {
            content += [.h2(.text(chart.title)), chart.node(t, tableCaption: t(ScenariosText.compareTitle, city.nameForms(t.language)))]
        }
        content.append(
            Tables.table(
                caption: t(ScenariosText.caption, ["year": String(year)]),
                headings: [
                    (t(ScenariosText.columnScenario), false), (t(ScenariosText.columnPlanned, ["year": String(year)]), true),
                    (t(ScenariosText.columnGap, ["year": String(year)]), true), (t(ScenariosText.columnProbability), true),
                    (t(ScenariosText.columnCapex), true), (t(ScenariosText.visibility), false),
                ],
                rows: rows.map { row in
                    let target = row.snapshot?.year(year)
                    return .tr(
                        .th(
                            .attribute(named: "scope", value: "row"),
                            row.route.map { .a(.href($0.path), .text(row.name)) } ?? .text(row.name)),
                        Tables.number(target.map { t.tonnesCO2e($0.grossTCO2e) } ?? "–"),
                        Tables.number(target.map { t.tonnesCO2e($0.gapTCO2e) } ?? "–"),
                        Tables.number(row.snapshot?.result.target.probabilityMeetsReduction.map { t.percent($0) } ?? "–"),
                        Tables.number(t.integer(rounding: row.capex) + " €"),
                        .td(
                            .text(
                                row.isPublic.map { $0 ? t(ScenariosText.publicBadge) : t(ScenariosText.privateBadge) }
                                    ?? t(ScenariosText.planLead))))
                }))
        content.append(
            .p(
                .a(
                    .href(SiteRoute.apiCityScenarios(slug: city.slug).path), .attribute(named: "type", value: "application/json"),
                    .text(t(ScenariosText.openData)))))
        if canEdit {
            content += [
                .h2(.id("add-scenario"), .text(t(ScenariosText.addTitle))),
                Form.errorSummary(state, title: t(CoreText.formErrorsTitle)),
                .form(
                    .method(.post), .action(SiteRoute.cityScenarios(slug: city.slug).path),
                    .attribute(named: "novalidate", value: "novalidate"), Form.csrf(request.csrfToken),
                    Form.field("name", label: t(ScenariosText.name), state: state, required: true),
                    Form.field("description", label: t(ScenariosText.description), kind: .textarea, state: state),
                    publicBox(state, t),
                    Form.submit(t(ScenariosText.add))),
            ]
        }
        let page = try Page.workspace(
            city, title: t(ScenariosText.title, city.nameForms(t.language)), lead: t(ScenariosText.lead), request.principal, t,
            content: content)
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }

    static func publicBox(_ state: FormState, _ t: Localizer) -> Node<HTML.FormContext> {
        .div(
            .class("checkbox"),
            Form.checkbox("public", checked: state.values["public"] == "on", [("aria-describedby", "field-public-hint")]),
            .label(.for("field-public"), .text(t(ScenariosText.isPublic))),
            .p(.class("hint"), .id("field-public-hint"), .text(t(ScenariosText.publicHint))))
    }

    /// Every pathway (the plan's and each scenario's) against the target line and business as usual.
    static func comparisonChart(_ city: City, _ rows: [Row], _ t: Localizer) -> YearChart? {
        guard let plan = rows.first?.snapshot else { return nil }
        let years = plan.result.years.map(\.year)
        var chart = YearChart(
            id: "chart-scenarios", title: t(ScenariosText.compareTitle, city.nameForms(t.language)),
            description: t(ScenariosText.compareDesc, ["first": String(years.first ?? 0), "last": String(years.last ?? 0)]), years: years,
            unit: t(PathwayText.unit))
        chart.keyYear = plan.result.targetYear
        chart.lines = [
            .init(name: t(ScenariosText.bauLine), values: plan.result.years.map(\.bauTCO2e), color: "#6b6b6b", style: .dashed),
            .init(name: t(ScenariosText.targetLine), values: plan.result.years.map(\.targetTCO2e), color: "#D55E00", style: .dashed),
            .init(name: t(ScenariosText.plan), values: plan.result.years.map(\.grossTCO2e), color: "#00603d"),
        ]
        let colours = YearChart.seriesColours.filter { $0 != "#D55E00" && $0 != "#009E73" }
        for (index, row) in rows.dropFirst().enumerated() {
            guard let snapshot = row.snapshot, snapshot.result.years.map(\.year) == years else { continue }
            chart.lines.append(
                .init(
                    name: row.name, values: snapshot.result.years.map(\.grossTCO2e), color: colours[index % colours.count],
                    style: index / colours.count % 2 == 0 ? .solid : .dashed))
        }
        return chart
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        let scenario = PlanScenario()
        scenario.$city.id = try city.requireID()
        let inputs = try await Pathway.keptInputs(city, request)
        let state = ScenarioInput.read(try request.form().text, inputs: inputs, into: scenario, request.t)
        guard state.isValid else {
            return try await renderList(city, state, request, status: .unprocessableEntity).encodeResponse(for: request)
        }
        try await Audit.create(scenario, by: principal.actor, on: request.db)
        return request.redirect(to: .cityScenario(slug: city.slug, id: try scenario.requireID()), notice: .saved)
    }

    /// The scenario, if the visitor may see it.
    static func load(_ request: Request, _ city: City) async throws -> PlanScenario {
        guard
            let scenario = try await PlanScenario.query(on: request.db).filter(\.$id == request.uuidParameter())
                .filter(\.$city.$id == city.requireID()).first(),
            try scenario.isPublic || (request.principal?.can(.readCityWorkspace(city.requireID())) ?? false)
        else { throw AppError.notFound }
        return scenario
    }

    @Sendable static func show(_ request: Request) async throws -> HTMLResponse {
        let city = try await CitiesQuery.require(slug: request.parameter(SiteRoute.Parameter.slug), on: request.db)
        let scenario = try await load(request, city)
        let inputs = try await Pathway.keptInputs(city, request)
        let state = FormState(editing: ScenarioInput.values(scenario, inputs, request.language), version: scenario.version)
        return try await render(city, scenario, inputs, state, request)
    }

    static func render(
        _ city: City, _ scenario: PlanScenario, _ inputs: Pathway.Inputs, _ state: FormState, _ request: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> HTMLResponse {
        let t = request.t
        let canEdit = request.principal?.can(.editCity(try city.requireID())) ?? false
        let result = try await ScenarioPathway.snapshot(scenario, city: city, on: request.db, memory: request.application.workspaceMemory)
        var content: [Node<HTML.BodyContext>] = [
            .p(.span(.class("badge"), .text(scenario.isPublic ? t(ScenariosText.publicBadge) : t(ScenariosText.privateBadge)))),
            .h2(.text(t(ScenariosText.changesTitle))),
            changes(scenario.changes, inputs, t),
        ]
        switch result {
        case .success(let snapshot): content.append(PathwayDashboard.dashboard(city, snapshot, t))
        case .failure(let why): content.append(unavailable(why, t))
        }
        content.append(
            .p(
                .a(
                    .href(SiteRoute.apiCityScenarioPathway(slug: city.slug, id: try scenario.requireID()).path),
                    .attribute(named: "type", value: "application/json"), .text(t(ScenariosText.apiLink)))))
        if canEdit {
            content += form(city, scenario, inputs, state, request)
            content.append(
                Form.action(
                    .cityScenarioDelete(slug: city.slug, id: try scenario.requireID()),
                    label: t(ScenariosText.delete) + " " + scenario.name,
                    csrf: request.csrfToken))
        }
        let page = try Page.workspace(
            city, title: scenario.name, lead: scenario.description, request.principal, t, content: content,
            crumbs: [.init(title: t(ScenariosText.tab), route: .cityScenarios(slug: city.slug))])
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }

    /// Why a scenario's (or a what-if's) pathway cannot be shown.
    static func unavailable(_ why: Pathway.Unavailable, _ t: Localizer) -> Node<HTML.BodyContext> {
        switch why {
        case .noInventory:
            return .p(.text(t(PathwayText.noInventory)))
        case .invalid(let problems):
            return .div(
                .class("notice notice-warning"), .p(.text(t(ScenariosText.notComputed))),
                .ul(.forEach(problems) { .li(.text(t.problem($0))) }))
        }
    }

    /// What the scenario changes, in words.
    static func changes(_ changes: ScenarioChanges, _ inputs: Pathway.Inputs, _ t: Localizer) -> Node<HTML.BodyContext> {
        let plan = Dictionary(
            Pathway.modelled(inputs.actions).map { ($0.id!.uuidString, (name: $0.name, effect: $0.effect!)) },
            uniquingKeysWith: { a, _ in a })
        let items = changes.lines(t, plan: plan)
        guard !items.isEmpty else { return .p(.text(t(ScenariosText.changesNone))) }
        return .ul(.class("changes"), .forEach(items) { .li(.text($0)) })
    }

    /// A number field in a table's cell, labelled for screen readers, tied to its error.
    static func cell(_ name: String, label: String, _ state: FormState, size: Int = 6) -> Node<HTML.TableRowContext> {
        let error = state.errors[name]
        var attributes: [Attribute<HTML.TableRowContext>] = [
            Attribute(name: "type", value: "text"), Attribute(name: "id", value: "field-\(name)".attributeEscaped),
            Attribute(name: "name", value: name.attributeEscaped),
            Attribute(name: "value", value: (state.values[name] ?? "").attributeEscaped),
            Attribute(name: "aria-label", value: label.attributeEscaped), Attribute(name: "inputmode", value: "decimal"),
            Attribute(name: "size", value: String(size)),
            Attribute(name: "class", value: error == nil ? "cell-input" : "cell-input input-error"),
        ]
        if error != nil {
            attributes += [
                Attribute(name: "aria-invalid", value: "true"),
                Attribute(name: "aria-describedby", value: "field-\(name)-error".attributeEscaped),
            ]
        }
        return .td(
            .selfClosedElement(named: "input", attributes: attributes),
            .unwrap(error) { .p(.class("field-error"), .id("field-\(name)-error"), .text($0)) })
    }

    static func form(_ city: City, _ scenario: PlanScenario, _ inputs: Pathway.Inputs, _ state: FormState, _ request: Request)
        -> [Node<HTML.BodyContext>]
    {
        let t = request.t
        let actions = Pathway.modelled(inputs.actions)
        let prefixes = ScenarioInput.prefixes(scenario.changes, inputs)
        return [
            .h2(.id("edit-scenario"), .text(t(ScenariosText.editTitle))),
            Form.errorSummary(state, title: t(CoreText.formErrorsTitle)),
            .form(
                .method(.post), .action(SiteRoute.cityScenario(slug: city.slug, id: scenario.id!).path),
                .attribute(named: "novalidate", value: "novalidate"), Form.csrf(request.csrfToken), Form.version(state),
                .input(.type(.hidden), .name(ScenarioInput.shown), .value(actions.map { $0.id!.uuidString }.joined(separator: ","))),
                Form.field("name", label: t(ScenariosText.name), state: state, required: true),
                Form.field("description", label: t(ScenariosText.description), kind: .textarea, state: state),
                publicBox(state, t),
                .h3(.text(t(ScenariosText.actionsTitle))),
                .p(.class("hint"), .text(t(ScenariosText.actionsLead))),
                Tables.table(
                    caption: t(ScenariosText.actionsCaption),
                    headings: [
                        (t(ScenariosText.columnAction), false), (t(ScenariosText.columnIn), false), (t(ScenariosText.columnStart), false),
                        (t(ScenariosText.columnFull), false), (t(ScenariosText.columnMin), false), (t(ScenariosText.columnMode), false),
                        (t(ScenariosText.columnMax), false),
                    ],
                    rows: actions.map { action in
                        let id = action.id!
                        let code = ["code": action.code]
                        return .tr(
                            Tables.rowHeading("\(action.code) \(action.name)"),
                            .td(
                                Form.checkbox(
                                    ScenarioInput.on(id), checked: state.values[ScenarioInput.on(id)] == "on",
                                    [("aria-label", t(ScenariosText.inScenario, code))])),
                            cell(ScenarioInput.start(id), label: t(ScenariosText.startOf, code), state, size: 4),
                            cell(ScenarioInput.full(id), label: t(ScenariosText.fullOf, code), state, size: 4),
                            cell(ScenarioInput.min(id), label: t(ScenariosText.minOf, code), state),
                            cell(ScenarioInput.mode(id), label: t(ScenariosText.modeOf, code), state),
                            cell(ScenarioInput.max(id), label: t(ScenariosText.maxOf, code), state))
                    }),
                .h3(.text(t(ScenariosText.growthTitle))),
                .p(.class("hint"), .text(t(ScenariosText.growthLead))),
                Tables.table(
                    caption: t(ScenariosText.growthCaption),
                    headings: [
                        (t(ScenariosText.columnGPC), false), (t(ScenariosText.columnRate), false), (t(ScenariosText.columnRateMin), false),
                        (t(ScenariosText.columnRateMax), false),
                    ],
                    rows: prefixes.map { gpc in
                        let names = ["gpc": gpc]
                        return .tr(
                            Tables.rowHeading(t.gpc(gpc)), cell(ScenarioInput.rate(gpc), label: t(ScenariosText.rateOf, names), state),
                            cell(ScenarioInput.rateMin(gpc), label: t(ScenariosText.rateMinOf, names), state),
                            cell(ScenarioInput.rateMax(gpc), label: t(ScenariosText.rateMaxOf, names), state))
                    }),
                .div(
                    .class("form-grid"),
                    Form.field(
                        ScenarioInput.newGPC, label: t(ScenariosText.newGPC),
                        kind: .select(
                            [("", t(CoreText.chooseNone))] + t.gpcOptions(prefixes: true).filter { !prefixes.contains($0.value) }),
                        state: state),
                    Form.field(ScenarioInput.newRate, label: t(ScenariosText.newRate), state: state)),
                Form.submit(t(ScenariosText.save))),
        ]
    }

    @Sendable static func save(_ request: Request) async throws -> Response {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        let scenario = try await load(request, city)
        let values = try request.form().text
        let t = request.t
        let inputs = try await Pathway.keptInputs(city, request)
        let check = PlanScenario()
        check.id = scenario.id
        check.$city.id = scenario.$city.id
        check.changesJSON = scenario.changesJSON
        var state = ScenarioInput.read(values, inputs: inputs, into: check, t)
        state.keepVersion(of: values)
        if state.isValid { ScenarioInput.check(check, inputs: inputs, state: &state, t) }
        guard state.isValid else {
            return try await render(city, scenario, inputs, state, request, status: .unprocessableEntity).encodeResponse(for: request)
        }
        do {
            try await Audit.update(scenario, expecting: Audit.expectedVersion(values["version"]), by: principal.actor, on: request.db) {
                _ = ScenarioInput.read(values, inputs: inputs, into: $0, t)
            }
        } catch is EditConflict {
            let current = try await PlanScenario.find(scenario.requireID(), on: request.db).orNotFound()
            state.changedMeanwhile(stored: ScenarioInput.values(current, inputs, request.language), version: current.version, t)
            return try await render(city, current, inputs, state, request, status: .conflict).encodeResponse(for: request)
        }
        return request.redirect(to: .cityScenario(slug: city.slug, id: try scenario.requireID()), notice: .saved)
    }

    static let removal = Removal<PlanScenario>.cityRecord(
        Permission.editCity,
        find: { request, cityID in
            try await PlanScenario.query(on: request.db).filter(\.$id == request.uuidParameter()).filter(\.$city.$id == cityID).first()
        },
        back: { city, _ in .cityScenarios(slug: city.slug) })

    static let restorable = Restorable.of(
        PlanScenario.self,
        deleted: { cityID, database in
            PlanScenario.query(on: database).withDeleted().filter(\.$city.$id == cityID).filter(\.$deletedAt != nil)
        },
        label: { $0.name }, deletedAt: { $0.deletedAt })
}
