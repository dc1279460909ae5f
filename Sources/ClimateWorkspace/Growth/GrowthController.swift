import ClimateModel
import Fluent
import Kernel
import Plot
import Vapor

/// A city's growth rates (MODEL.md §3 `growth`): public to read, since they
/// shape the public pathway; the city's team adds, edits and deletes them
/// (reversibly). Every change is checked by the model with the rest of the
/// city's inputs and recorded; saving tells what it did to the target year's gap.
enum GrowthController {
    static func register(_ routes: any RoutesBuilder) {
        routes.get(.cityGrowth(slug: ""), use: list)
        routes.post(.cityGrowth(slug: ""), use: create)
        routes.get(.cityGrowthEdit(slug: "", id: UUID()), use: editForm)
        routes.post(.cityGrowthEdit(slug: "", id: UUID()), use: save)
        routes.post(.cityGrowthDelete(slug: "", id: UUID()), use: removal.handle)
    }

    static let fields = ["gpc", "rate", "rate_min", "rate_max", "source", "note"]

    /// The city's rates, in GPC order.
    static func all(cityID: UUID, on database: any Database) async throws -> [GrowthRate] {
        let rates = try await GrowthRate.query(on: database).filter(\.$city.$id == cityID).all()
        let order = GPCOrder.sorted(Set(rates.map(\.gpc)))
        return rates.sorted { (order.firstIndex(of: $0.gpc) ?? 0) < (order.firstIndex(of: $1.gpc) ?? 0) }
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
        let rates = try await all(cityID: cityID, on: request.db)
        let canEdit = request.principal?.can(.editCity(cityID)) ?? false
        let pathway = try await Pathway.snapshot(for: city, on: request.db, memory: request.application.workspaceMemory)
        var content: [Node<HTML.BodyContext>] = [
            rates.isEmpty
                ? .p(.text(t(GrowthText.none)))
                : Tables.table(
                    caption: t(GrowthText.caption),
                    headings: [
                        (t(GrowthText.gpc), false), (t(GrowthText.perYear), true), (t(GrowthText.source), false),
                        (t(GrowthText.note), false),
                    ] + (canEdit ? [(t(CoreText.columnEdit), false)] : []),
                    rows: rates.map { rate in
                        .tr(
                            Tables.rowHeading(t.gpc(rate.gpc)), Tables.number(text(rate, t)),
                            .td(.span(.attribute(named: "lang", value: "sl"), .text(rate.source))),
                            .td(.span(.attribute(named: "lang", value: "sl"), .text(rate.note ?? ""))),
                            .if(
                                canEdit,
                                .td(
                                    .a(
                                        .href(SiteRoute.cityGrowthEdit(slug: city.slug, id: rate.id!).path),
                                        .attribute(named: "aria-label", value: (t(CoreText.edit) + " " + t.gpc(rate.gpc)).attributeEscaped),
                                        .text(t(CoreText.edit))),
                                    Form.action(
                                        .cityGrowthDelete(slug: city.slug, id: rate.id!),
                                        label: t(GrowthText.delete) + " " + t.gpc(rate.gpc), csrf: request.csrfToken))))
                    }),
            .p(
                .a(
                    .href(SiteRoute.apiCityGrowth(slug: city.slug).path), .attribute(named: "type", value: "application/json"),
                    .text(t(GrowthText.openData)))),
            .h2(.text(t(GrowthText.bauTitle))),
            bau(pathway, t),
        ]
        if canEdit {
            content +=
                [.h2(.id("add-growth"), .text(t(GrowthText.addTitle)))]
                + form(state, action: .cityGrowth(slug: city.slug), submit: t(GrowthText.add), request)
        }
        let page = try Page.workspace(
            city, title: t(GrowthText.title, city.nameForms(t.language)), lead: t(GrowthText.lead), request.principal,
            t, content: content)
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }

    /// The rate as the table shows it: "0,5 %", or "0,5 % (0 % do 1,2 %)".
    static func text(_ rate: GrowthRate, _ t: Localizer) -> String {
        guard rate.isRange else { return t.percent(exactly: rate.rateMode) }
        return t.percent(exactly: rate.rateMode, min: rate.rateMin ?? rate.rateMode, max: rate.rateMax ?? rate.rateMode)
    }

    /// Business as usual in the baseline year and the target year, as the pathway has it.
    static func bau(_ pathway: Result<PathwaySnapshot, Pathway.Unavailable>, _ t: Localizer) -> Node<HTML.BodyContext> {
        guard case .success(let snapshot) = pathway, let first = snapshot.result.years.first,
            let target = snapshot.year(snapshot.result.targetYear)
        else { return .p(.text(t(GrowthText.bauFlat))) }
        return .group(
            .p(.text(t(GrowthText.bauLead))),
            .div(
                .class("key-figures"),
                .dl(
                    .dt(.text(t(GrowthText.bauBaseline, ["year": String(first.year)]))),
                    .dd(.id("bau-baseline"), .text(t.tonnesCO2e(first.bauTCO2e)))),
                .dl(
                    .dt(.text(t(GrowthText.bauTarget, ["year": String(target.year)]))),
                    .dd(.id("bau-target"), .text(t.tonnesCO2e(target.bauTCO2e))))))
    }

    static func form(_ state: FormState, action: SiteRoute, submit: String, _ request: Request)
        -> [Node<HTML.BodyContext>]
    {
        let t = request.t
        return [
            Form.errorSummary(state, title: t(CoreText.formErrorsTitle)),
            .form(
                .method(.post), .action(action.path), .attribute(named: "novalidate", value: "novalidate"), Form.csrf(request.csrfToken),
                Form.version(state),
                .div(
                    .class("form-grid"),
                    Form.field(
                        "gpc", label: t(GrowthText.gpc),
                        kind: .select([("", t(CoreText.chooseNone))] + t.gpcOptions(prefixes: true)), state: state,
                        hint: t(GrowthText.gpcHint), required: true),
                    Form.field("rate", label: t(GrowthText.rate), state: state, hint: t(GrowthText.rateHint), required: true),
                    Form.field("rate_min", label: t(GrowthText.rateMin), state: state, hint: t(GrowthText.rangeHint)),
                    Form.field("rate_max", label: t(GrowthText.rateMax), state: state),
                    Form.field("source", label: t(GrowthText.source), state: state, required: true)
                ),
                Form.field("note", label: t(GrowthText.note), kind: .textarea, state: state),
                Form.submit(submit)
            ),
        ]
    }

    /// A rate as its form's fields (percent a year, in the reader's numbers).
    static func values(_ rate: GrowthRate, _ language: Kernel.Language) -> [String: String] {
        func percent(_ value: Double?) -> String { NumberInput.text(value.map { ($0 * 100 * 1e9).rounded() / 1e9 }, language) }
        return [
            "gpc": rate.gpc, "rate": percent(rate.rateMode), "rate_min": percent(rate.rateMin), "rate_max": percent(rate.rateMax),
            "source": rate.source, "note": rate.note ?? "",
        ]
    }

    /// The sane range of a rate, a fraction a year (the model takes > −1 … 1).
    static let range: ClosedRange<Double> = -0.5...0.5

    /// The form read into `rate`; `numbers` came as numbers (the API: fractions, not percent).
    static func read(_ values: [String: String], numbers: [String: Double] = [:], into rate: GrowthRate, _ t: Localizer) -> FormState {
        var form = FormReader(FormFields(values, numbers: numbers), t, shown: fields)
        let gpc = form.raw("gpc") ?? ""
        if !t.gpcOptions(prefixes: true).contains(where: { $0.value == gpc }) {
            form.fail("gpc", t(CoreText.choose))
        }
        func fraction(_ name: String, required: Bool = false) -> Double? {
            if numbers[name] != nil { return form.decimal(name, in: range, message: t(GrowthText.percentRange)) }
            return form.decimal(
                name, in: range.lowerBound * 100...range.upperBound * 100, required: required, message: t(GrowthText.percentRange)
            )
            .map(NumberInput.fraction(percent:))
        }
        let mode = fraction("rate", required: true)
        let low = fraction("rate_min")
        let high = fraction("rate_max")
        if (low == nil) != (high == nil), !form.failed("rate_min"), !form.failed("rate_max") {
            form.fail(low == nil ? "rate_min" : "rate_max", t(GrowthText.bothEnds))
        }
        if let mode, let low, let high, !(low <= mode && mode <= high) {
            form.fail(
                low > mode ? "rate_min" : "rate_max",
                t(GrowthText.order, ["min": t.percent(exactly: low), "mode": t.percent(exactly: mode), "max": t.percent(exactly: high)]))
        }
        let source = form.text("source", max: 500, required: true)
        let note = form.text("note", max: 2000)
        guard form.isValid, let mode, let source else { return form.state }
        rate.gpc = gpc
        rate.rateMode = mode
        rate.rateMin = low
        rate.rateMax = high
        rate.source = source
        rate.note = note
        return form.state
    }

    /// What the model says of the city's inputs with `rate` among its rates,
    /// put on the form's fields; and whether another live rate has its prefix.
    static func check(_ rate: GrowthRate, city: City, state: inout FormState, on database: any Database, _ t: Localizer) async throws {
        let cityID = try city.requireID()
        let others = try await all(cityID: cityID, on: database).filter { $0.id == nil || $0.id != rate.id }
        if others.contains(where: { $0.gpc == rate.gpc }) {
            state.fail("gpc", t(GrowthText.taken, ["gpc": t.gpc(rate.gpc)]))
            return
        }
        let inputs = try await Pathway.load(city, on: database)
        guard inputs.inventory != nil else { return }
        let json = Pathway.scenarioJSON(inputs, growth: others + [rate])
        guard case .failure(let problems) = Pathway.scenario(json) else { return }
        let path = "growth.\(rate.gpc)"
        for problem in problems.problems {
            guard case .path(let at) = problem.location, at == path || at.hasPrefix(path + ".") else { continue }
            let name = at.hasSuffix(".min") ? "rate_min" : at.hasSuffix(".max") ? "rate_max" : "rate"
            state.fail(name, t(GrowthText.modelProblem, ["problem": t.reason(problem.reason)]))
        }
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        let rate = GrowthRate()
        rate.$city.id = try city.requireID()
        var state = read(try request.form().text, into: rate, request.t)
        if state.isValid { try await check(rate, city: city, state: &state, on: request.db, request.t) }
        guard state.isValid else {
            return try await renderList(city, state, request, status: .unprocessableEntity).encodeResponse(for: request)
        }
        let before = try await Pathway.standing(city, request)
        try await Audit.create(rate, by: principal.actor, on: request.db)
        return request.redirect(
            to: .cityGrowth(slug: city.slug), notice: .saved,
            detail: Pathway.gapChange(before: before, after: try await Pathway.standing(city, request)))
    }

    static func load(_ request: Request, _ city: City) async throws -> GrowthRate {
        guard
            let rate = try await GrowthRate.query(on: request.db).filter(\.$id == request.uuidParameter())
                .filter(\.$city.$id == city.requireID()).first()
        else { throw AppError.notFound }
        return rate
    }

    @Sendable static func editForm(_ request: Request) async throws -> HTMLResponse {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        let rate = try await load(request, city)
        return try renderForm(city, rate, FormState(editing: values(rate, request.language), version: rate.version), principal, request)
    }

    static func renderForm(
        _ city: City, _ rate: GrowthRate, _ state: FormState, _ principal: Principal, _ request: Request, status: HTTPResponseStatus = .ok
    ) throws -> HTMLResponse {
        let t = request.t
        let page = try Page.workspace(
            city, title: t(GrowthText.editTitle, ["gpc": t.gpc(rate.gpc)]), lead: nil, principal, t,
            content: form(
                state, action: .cityGrowthEdit(slug: city.slug, id: rate.id!), submit: t(GrowthText.save), request),
            crumbs: [.init(title: t(GrowthText.tab), route: .cityGrowth(slug: city.slug))])
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }

    @Sendable static func save(_ request: Request) async throws -> Response {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        let rate = try await load(request, city)
        let values = try request.form().text
        let t = request.t
        let check = GrowthRate()
        check.id = rate.id
        check.$city.id = rate.$city.id
        var state = read(values, into: check, t)
        state.keepVersion(of: values)
        if state.isValid { try await Self.check(check, city: city, state: &state, on: request.db, t) }
        guard state.isValid else {
            return try await renderForm(city, rate, state, principal, request, status: .unprocessableEntity).encodeResponse(for: request)
        }
        let before = try await Pathway.standing(city, request)
        do {
            try await Audit.update(rate, expecting: Audit.expectedVersion(values["version"]), by: principal.actor, on: request.db) {
                _ = read(values, into: $0, t)
            }
        } catch is EditConflict {
            let current = try await GrowthRate.find(rate.requireID(), on: request.db).orNotFound()
            state.changedMeanwhile(stored: Self.values(current, request.language), version: current.version, t)
            return try await renderForm(city, current, state, principal, request, status: .conflict).encodeResponse(for: request)
        }
        return request.redirect(
            to: .cityGrowth(slug: city.slug), notice: .saved,
            detail: Pathway.gapChange(before: before, after: try await Pathway.standing(city, request)))
    }

    static let removal = Removal<GrowthRate>.cityRecord(
        Permission.editCity,
        find: { request, cityID in
            try await GrowthRate.query(on: request.db).filter(\.$id == request.uuidParameter()).filter(\.$city.$id == cityID).first()
        },
        back: { city, _ in .cityGrowth(slug: city.slug) })

    /// A deleted rate comes back unless its prefix was given a rate since.
    static let restorable = Restorable.of(
        GrowthRate.self,
        deleted: { cityID, database in
            GrowthRate.query(on: database).withDeleted().filter(\.$city.$id == cityID).filter(\.$deletedAt != nil)
        },
        label: { "\($0.gpc): \($0.rateMode)" }, deletedAt: { $0.deletedAt },
        mayRestore: { rate, database in
            try await GrowthRate.query(on: database).filter(\.$city.$id == rate.$city.id).filter(\.$gpc == rate.gpc).count() == 0
        })
}
