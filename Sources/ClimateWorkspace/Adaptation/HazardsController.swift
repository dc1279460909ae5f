import Fluent
import Kernel
import Plot
import Vapor

/// A city's register of climate hazards and the adaptation actions linked
/// to each: public to read; the city's team adds, edits and deletes
/// (reversible), and links actions to hazards on the action's form.
enum HazardsController {
    static func register(_ routes: any RoutesBuilder) {
        routes.get(.cityHazards(slug: ""), use: list)
        routes.post(.cityHazards(slug: ""), use: create)
        routes.get(.cityHazardEdit(slug: "", id: UUID()), use: editForm)
        routes.post(.cityHazardEdit(slug: "", id: UUID()), use: save)
        routes.post(.cityHazardDelete(slug: "", id: UUID()), use: removal.handle)
    }

    static let fields = ["kind", "description", "probability", "impact", "trend", "sectors", "vulnerable_groups"]

    /// A city's hazards, riskiest first (probability × impact), with their actions.
    static func all(cityID: UUID, on database: any Database) async throws -> [(Hazard, [CityAction])] {
        let hazards = try await Hazard.query(on: database).filter(\.$city.$id == cityID).all()
        let links = try await ActionHazard.query(on: database).filter(\.$cityID == cityID).all()
        let actions = try await CityAction.query(on: database).filter(\.$city.$id == cityID).all()
        let byID = Dictionary(actions.map { ($0.id!, $0) }, uniquingKeysWith: { a, _ in a })
        let rank: (Hazard) -> Int = { rankOf($0.probability) * rankOf($0.impact) }
        return hazards.sorted { (rank($0), $1.kind.rawValue) > (rank($1), $0.kind.rawValue) }.map { hazard in
            (hazard, links.filter { $0.hazardID == hazard.id }.compactMap { byID[$0.actionID] }.sorted { $0.code < $1.code })
        }
    }

    static func rankOf(_ level: HazardLevel) -> Int {
        switch level {
        case .low: 1
        case .medium: 2
        case .high: 3
        }
    }

    @Sendable static func list(_ request: Request) async throws -> HTMLResponse {
        let city = try await CitiesQuery.require(slug: request.parameter(SiteRoute.Parameter.slug), on: request.db)
        return try await renderList(city, FormState(values: ["probability": "medium", "impact": "medium", "trend": "increasing"]), request)
    }

    static func renderList(_ city: City, _ state: FormState, _ request: Request, status: HTTPResponseStatus = .ok) async throws
        -> HTMLResponse
    {
        let t = request.t
        let hazards = try await all(cityID: city.requireID(), on: request.db)
        let canEdit = request.principal?.can(.editCity(try city.requireID())) ?? false
        var content: [Node<HTML.BodyContext>] = [
            hazards.isEmpty
                ? .p(.text(t(HazardsText.none)))
                : Tables.table(
                    caption: t(HazardsText.caption),
                    headings: [
                        (t(HazardsText.kind), false), (t(HazardsText.probability), false), (t(HazardsText.impact), false),
                        (t(HazardsText.trend), false), (t(HazardsText.sectors), false), (t(HazardsText.vulnerable), false),
                        (t(HazardsText.actions), false),
                    ] + (canEdit ? [(t(CoreText.columnEdit), false)] : []),
                    rows: hazards.map { hazard, actions in
                        .tr(
                            .th(
                                .attribute(named: "scope", value: "row"), .strong(.text(t(hazard.kind.text))), .br(),
                                .span(.attribute(named: "lang", value: "sl"), .text(hazard.description))),
                            .td(.span(.class("badge badge-\(hazard.probability.rawValue)"), .text(t(hazard.probability.text)))),
                            .td(.span(.class("badge badge-\(hazard.impact.rawValue)"), .text(t(hazard.impact.text)))),
                            .td(.text(t(hazard.trend.text))), .td(.text(hazard.sectors ?? "")), .td(.text(hazard.vulnerableGroups ?? "")),
                            .td(
                                actions.isEmpty
                                    ? .text(t(HazardsText.noActions))
                                    : .ul(
                                        .forEach(actions) { action in
                                            .li(
                                                .a(
                                                    .href(SiteRoute.cityAction(slug: city.slug, id: action.id!).path),
                                                    .text("\(action.code) \(action.name)")))
                                        })),
                            .if(
                                canEdit,
                                .td(
                                    .a(.href(SiteRoute.cityHazardEdit(slug: city.slug, id: hazard.id!).path), .text(t(CoreText.edit))),
                                    Form.action(
                                        .cityHazardDelete(slug: city.slug, id: hazard.id!),
                                        label: t(HazardsText.delete) + " " + t(hazard.kind.text),
                                        csrf: request.csrfToken))))
                    }),
            .p(
                .a(
                    .href(SiteRoute.apiCityHazards(slug: city.slug).path), .attribute(named: "type", value: "application/json"),
                    .text(t(HazardsText.openData)))),
        ]
        if canEdit {
            content +=
                [.h2(.id("add-hazard"), .text(t(HazardsText.add)))]
                + form(state, action: .cityHazards(slug: city.slug), submit: t(HazardsText.addButton), request)
        }
        let page = try Page.workspace(
            city, title: t(HazardsText.title, ["city": city.name]), lead: t(HazardsText.lead), request.principal, t, content: content)
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }

    static func form(_ state: FormState, action: SiteRoute, submit: String, _ request: Request) -> [Node<HTML.BodyContext>] {
        let t = request.t
        let levels = HazardLevel.allCases.map { ($0.rawValue, t($0.text)) }
        return [
            Form.errorSummary(state, title: t(CoreText.formErrorsTitle)),
            .form(
                .method(.post), .action(action.path), .attribute(named: "novalidate", value: "novalidate"), Form.csrf(request.csrfToken),
                Form.version(state),
                .div(
                    .class("form-grid"),
                    Form.field(
                        "kind", label: t(HazardsText.kind),
                        kind: .select([("", t(CoreText.chooseNone))] + HazardKind.allCases.map { ($0.rawValue, t($0.text)) }),
                        state: state,
                        required: true),
                    Form.field("probability", label: t(HazardsText.probability), kind: .select(levels), state: state),
                    Form.field("impact", label: t(HazardsText.impact), kind: .select(levels), state: state),
                    Form.field(
                        "trend", label: t(HazardsText.trend), kind: .select(HazardTrend.allCases.map { ($0.rawValue, t($0.text)) }),
                        state: state),
                    Form.field("sectors", label: t(HazardsText.sectors), state: state),
                    Form.field("vulnerable_groups", label: t(HazardsText.vulnerable), state: state)
                ),
                Form.field("description", label: t(HazardsText.description), kind: .textarea, state: state, required: true),
                Form.submit(submit)
            ),
        ]
    }

    /// The form read into `hazard`; the state lists every problem.
    static func read(_ values: [String: String], into hazard: Hazard, _ t: Localizer) -> FormState {
        var form = FormReader(FormFields(values), t, shown: fields)
        let kind = form.choice("kind", HazardKind.self)
        let probability = form.choice("probability", HazardLevel.self)
        let impact = form.choice("impact", HazardLevel.self)
        let trend = form.choice("trend", HazardTrend.self, required: false) ?? .unknown
        let description = form.text("description", max: 5000, required: true)
        let sectors = form.text("sectors", max: 1000)
        let vulnerable = form.text("vulnerable_groups", max: 1000)
        guard form.isValid, let kind, let probability, let impact, let description else { return form.state }
        hazard.kind = kind
        hazard.probability = probability
        hazard.impact = impact
        hazard.trend = trend
        hazard.description = description
        hazard.sectors = sectors
        hazard.vulnerableGroups = vulnerable
        return form.state
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        let hazard = Hazard()
        hazard.$city.id = try city.requireID()
        let state = read(try request.form().text, into: hazard, request.t)
        guard state.isValid else {
            return try await renderList(city, state, request, status: .unprocessableEntity).encodeResponse(for: request)
        }
        try await Audit.create(hazard, by: principal.actor, on: request.db)
        return request.redirect(to: .cityHazards(slug: city.slug), notice: .saved)
    }

    static func load(_ request: Request, _ city: City) async throws -> Hazard {
        guard
            let hazard = try await Hazard.query(on: request.db).filter(\.$id == request.uuidParameter())
                .filter(\.$city.$id == city.requireID()).first()
        else { throw AppError.notFound }
        return hazard
    }

    @Sendable static func editForm(_ request: Request) async throws -> HTMLResponse {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        let hazard = try await load(request, city)
        return try renderForm(city, hazard, FormState(editing: values(hazard), version: hazard.version), principal, request)
    }

    /// A hazard as its form's fields.
    static func values(_ hazard: Hazard) -> [String: String] {
        [
            "kind": hazard.kind.rawValue, "description": hazard.description, "probability": hazard.probability.rawValue,
            "impact": hazard.impact.rawValue, "trend": hazard.trend.rawValue, "sectors": hazard.sectors ?? "",
            "vulnerable_groups": hazard.vulnerableGroups ?? "",
        ]
    }

    static func renderForm(
        _ city: City, _ hazard: Hazard, _ state: FormState, _ principal: Principal, _ request: Request,
        status: HTTPResponseStatus = .ok
    ) throws -> HTMLResponse {
        let t = request.t
        let page = try Page.workspace(
            city, title: t(HazardsText.editTitle, ["kind": t(hazard.kind.text)]), lead: nil, principal, t,
            content: form(state, action: .cityHazardEdit(slug: city.slug, id: hazard.id!), submit: t(HazardsText.save), request),
            crumbs: [.init(title: t(CityEditText.hazardsLink), route: .cityHazards(slug: city.slug))])
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }

    @Sendable static func save(_ request: Request) async throws -> Response {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        let hazard = try await load(request, city)
        let values = try request.form().text
        let check = Hazard()
        var state = read(values, into: check, request.t)
        state.keepVersion(of: values)
        guard state.isValid else {
            return try await renderForm(city, hazard, state, principal, request, status: .unprocessableEntity).encodeResponse(for: request)
        }
        let t = request.t
        do {
            try await Audit.update(hazard, expecting: Audit.expectedVersion(values["version"]), by: principal.actor, on: request.db) {
                _ = read(values, into: $0, t)
            }
        } catch is EditConflict {
            let current = try await Hazard.find(hazard.requireID(), on: request.db).orNotFound()
            state.changedMeanwhile(stored: Self.values(current), version: current.version, t)
            return try await renderForm(city, current, state, principal, request, status: .conflict).encodeResponse(for: request)
        }
        return request.redirect(to: .cityHazards(slug: city.slug), notice: .saved)
    }

    static let removal = Removal<Hazard>.cityRecord(
        Permission.editCity,
        find: { request, cityID in
            try await Hazard.query(on: request.db).filter(\.$id == request.uuidParameter()).filter(\.$city.$id == cityID).first()
        },
        back: { city, _ in .cityHazards(slug: city.slug) })

    static let restorable = Restorable.of(
        Hazard.self,
        deleted: { cityID, database in Hazard.query(on: database).withDeleted().filter(\.$city.$id == cityID).filter(\.$deletedAt != nil) },
        label: { "\($0.kind.rawValue): \($0.description)" }, deletedAt: { $0.deletedAt })
}
