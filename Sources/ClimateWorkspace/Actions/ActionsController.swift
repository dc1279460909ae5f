import ClimateModel
import Fluent
import Kernel
import Plot
import Vapor

/// A city's action portfolio: the public list (filtered, sorted) and page of
/// each action; adding, editing (with the model's check of its effect),
/// deleting (reversible) and dated progress notes for the city's team.
enum ActionsController {
    static func register(_ routes: any RoutesBuilder) {
        routes.get(.cityActions(slug: ""), use: list)
        routes.get(.cityActionsCSV(slug: ""), use: csv)
        routes.post(.cityActions(slug: ""), use: create)
        routes.get(.cityActionNew(slug: ""), use: newForm)
        routes.get(.cityAction(slug: "", id: UUID()), use: show)
        routes.get(.cityActionEdit(slug: "", id: UUID()), use: editForm)
        routes.post(.cityActionEdit(slug: "", id: UUID()), use: save)
        routes.post(.cityActionDelete(slug: "", id: UUID()), use: removal.handle)
        routes.post(.cityActionUpdates(slug: "", id: UUID()), use: addUpdate)
    }

    @Sendable static func list(_ request: Request) async throws -> HTMLResponse {
        let slug = try request.parameter(SiteRoute.Parameter.slug)
        let filter = ActionFilter(query: (try? request.query.decode([String: String].self)) ?? [:])
        // Kept by the filter it chose, whatever else the query holds: each filter's first page.
        // Searches (their words are anyone's) and later pages are drawn when asked.
        let key = filter.search == nil && filter.page == nil ? SiteRoute.cityActions(slug: slug, filter: filter).path : nil
        return try await request.kept(slug: slug, key: key, keep: key != nil) {
            let city = try await CitiesQuery.require(slug: slug, on: request.db)
            let listed = try await Listed(city, filter, request)
            let (rows, page, pages) = ListQuery<ActionFilter.Sort>(page: filter.page).page(of: listed.shown)
            return try ActionPages.list(
                city, actions: rows, matching: listed.shown.count, total: listed.total, page: page, pages: pages, filter: filter,
                reductions: listed.reductions, targetYear: listed.snapshot?.result.targetYear, request)
        }
    }

    /// The city's actions as a filter shows them, with each one's reduction in the target year.
    struct Listed {
        let shown: [CityAction]
        let total: Int
        let reductions: [String: Double]
        let snapshot: PathwaySnapshot?

        init(_ city: City, _ filter: ActionFilter, _ request: Request) async throws {
            let actions = try await ActionsQuery.all(cityID: city.requireID(), on: request.db)
            snapshot = try await Pathway.standing(city, request)
            reductions = ActionsQuery.reductions(snapshot)
            shown = ActionsQuery.apply(filter, to: actions, reductions: reductions, request.t)
            total = actions.count
        }
    }

    /// The list as it is filtered and sorted, every page, as CSV (machine or spreadsheet form).
    @Sendable static func csv(_ request: Request) async throws -> Response {
        let city = try await CitiesQuery.require(slug: request.parameter(SiteRoute.Parameter.slug), on: request.db)
        let filter = ActionFilter(query: (try? request.query.decode([String: String].self)) ?? [:])
        let listed = try await Listed(city, filter, request)
        let reductions = listed.reductions
        let year = String(listed.snapshot?.result.targetYear ?? city.targetYear ?? 2030)
        let header = [
            "code", "name", "field", "purpose", "status", "progress", "reduction_\(year)_tco2e", "start_date", "end_date", "responsible",
            "capex_eur", "opex_eur", "funding",
        ]
        let rows = listed.shown.map { action -> [String] in
            [
                action.code, action.name, action.field.rawValue, action.purpose.rawValue, action.status.rawValue, String(action.progress),
                reductions[action.code].map { CSVTable.number($0) } ?? "", action.startDateText ?? "", action.endDateText ?? "",
                action.responsible ?? "", action.capexEUR.map { CSVTable.number($0) } ?? "",
                action.opexEUR.map { CSVTable.number($0) } ?? "",
                action.funding ?? "",
            ]
        }
        return CSVDownload.response(CSVTable.write(header: header, rows: rows), name: "\(city.slug)-actions", request)
    }

    static func load(_ request: Request) async throws -> (City, CityAction) {
        let city = try await CitiesQuery.require(slug: request.parameter(SiteRoute.Parameter.slug), on: request.db)
        guard
            let action = try await CityAction.query(on: request.db).filter(\.$id == request.uuidParameter())
                .filter(\.$city.$id == city.requireID()).first()
        else { throw AppError.notFound }
        return (city, action)
    }

    @Sendable static func show(_ request: Request) async throws -> HTMLResponse {
        let (city, action) = try await load(request)
        return try await renderShow(city, action, update: FormState(values: ["date": today().iso]), request)
    }

    static func renderShow(_ city: City, _ action: CityAction, update: FormState, _ request: Request, status: HTTPResponseStatus = .ok)
        async throws -> HTMLResponse
    {
        let updates = try await ActionUpdate.query(on: request.db).filter(\.$action.$id == action.requireID()).sort(
            \.$dateText, .descending
        )
        .sort(\.$createdAt, .descending).all()
        let snapshot = try await Pathway.standing(city, request)
        let canEdit = request.principal?.can(.editCity(try city.requireID())) ?? false
        let linked = try await Links.of(action, on: request.db)
        let hazards = try await HazardLinks.hazards(cityID: city.requireID(), on: request.db).filter {
            linked.hazards.checked.contains($0.id!)
        }
        let indicators = try await IndicatorLinks.indicators(cityID: city.requireID(), on: request.db)
            .filter { linked.indicators.checked.contains($0.id!) }
        let others = try await request.application.features.panels(for: CityAction.auditType, id: action.requireID(), request)
        let page = try ActionPages.show(
            city, action, updates: updates, snapshot: snapshot, canEdit: canEdit, update: update,
            links: .group(
                others, HazardLinks.list(hazards, slug: city.slug, request.t), IndicatorLinks.list(indicators, slug: city.slug, request.t)),
            request)
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }

    @Sendable static func newForm(_ request: Request) async throws -> HTMLResponse {
        let (city, _) = try await CitiesQuery.authorize(request, Permission.editCity)
        return try await renderForm(city, nil, FormState(values: ActionInput.blank.values), checked: Links(), request)
    }

    @Sendable static func editForm(_ request: Request) async throws -> HTMLResponse {
        let (city, _) = try await CitiesQuery.authorize(request, Permission.editCity)
        let (_, action) = try await load(request)
        let checked = try await Links.of(action, on: request.db)
        return try await renderForm(
            city, action, FormState(editing: ActionInput(action, request.language).values, version: action.version), checked: checked,
            request)
    }

    static func renderForm(
        _ city: City, _ action: CityAction?, _ state: FormState, checked: Links, place: ActionFormPlace = ActionFormPlace(),
        _ request: Request, status: HTTPResponseStatus = .ok
    ) async throws -> HTMLResponse {
        let t = request.t
        let hazards = try await HazardLinks.hazards(cityID: city.requireID(), on: request.db)
        let indicators = try await IndicatorLinks.indicators(cityID: city.requireID(), on: request.db)
        let page = try ActionPages.form(
            city, action, state,
            links: .group(
                HazardLinks.fieldset(hazards, checked: checked.hazards, t),
                IndicatorLinks.fieldset(indicators, checked: checked.indicators, t)),
            place: place, request)
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }

    /// What an action is linked to: the hazards it answers, the indicators that follow it.
    struct Links {
        var hazards = LinkChoice.Choice()
        var indicators = LinkChoice.Choice()
        /// The records the form offered (the city's own, not deleted).
        var offeredHazards: Set<UUID> = []
        var offeredIndicators: Set<UUID> = []

        static func of(_ action: CityAction, on database: any Database) async throws -> Links {
            Links(
                hazards: .stored(try await HazardLinks.linked(actionID: action.requireID(), on: database)),
                indicators: .stored(try await IndicatorLinks.linked(actionID: action.requireID(), on: database)))
        }

        /// The links checked on the submitted form (only the city's own records count).
        static func checked(_ city: City, _ request: Request) async throws -> Links {
            let form = try request.formReader()
            let hazards = try await HazardLinks.hazards(cityID: city.requireID(), on: request.db)
            let indicators = try await IndicatorLinks.indicators(cityID: city.requireID(), on: request.db)
            return Links(
                hazards: HazardLinks.checked(form, among: hazards), indicators: IndicatorLinks.checked(form, among: indicators),
                offeredHazards: Set(hazards.compactMap(\.id)), offeredIndicators: Set(indicators.compactMap(\.id)))
        }

        /// Changes the action's links as the form's boxes say; each one added or removed is recorded.
        func sync(_ action: CityAction, by actor: Actor, on database: any Database) async throws {
            try await HazardLinks.sync(action, to: hazards, offered: offeredHazards, by: actor, on: database)
            try await IndicatorLinks.sync(action, to: indicators, offered: offeredIndicators, by: actor, on: database)
        }
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        return try await create(in: city, by: principal, request)
    }

    /// Creates the action the submitted form describes, with its links and
    /// whatever `also` saves beside it, in one transaction; or shows the form
    /// again with every problem.
    static func create(
        in city: City, by principal: Principal, _ request: Request, place: ActionFormPlace = ActionFormPlace(),
        also: (@Sendable (CityAction, any Database) async throws -> Void)? = nil
    ) async throws -> Response {
        let action = CityAction()
        action.$city.id = try city.requireID()
        let state = try await failedState(city, action, request)
        let checked = try await Links.checked(city, request)
        guard state.isValid else {
            return try await renderForm(city, nil, state, checked: checked, place: place, request, status: .unprocessableEntity)
                .encodeResponse(for: request)
        }
        let before = try await Pathway.standing(city, request)
        try await request.db.transaction { database in
            try await Audit.create(action, by: principal.actor, on: database)
            try await checked.sync(action, by: principal.actor, on: database)
            try await also?(action, database)
        }
        return request.redirect(
            to: .cityAction(slug: city.slug, id: try action.requireID()), notice: .saved,
            detail: Pathway.gapChange(before: before, after: try await Pathway.standing(city, request)))
    }

    @Sendable static func save(_ request: Request) async throws -> Response {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        let (_, action) = try await load(request)
        // Check on a copy, so a refused form changes nothing.
        let copy = try await CityAction.find(action.requireID(), on: request.db).orNotFound()
        var state = try await failedState(city, copy, request)
        let checked = try await Links.checked(city, request)
        let form = try request.form().text
        state.keepVersion(of: form)
        guard state.isValid else {
            return try await renderForm(city, action, state, checked: checked, request, status: .unprocessableEntity)
                .encodeResponse(for: request)
        }
        let values = ActionInput(values: form, fromPage: true)
        let t = request.t
        let before = try await Pathway.standing(city, request)
        do {
            try await request.db.transaction { database in
                try await Audit.update(action, expecting: Audit.expectedVersion(form["version"]), by: principal.actor, on: database) {
                    _ = values.read(into: $0, t)
                }
                try await checked.sync(action, by: principal.actor, on: database)
            }
        } catch is EditConflict {
            // Someone saved it meanwhile: their values beside ours, nothing lost.
            let current = try await CityAction.find(action.requireID(), on: request.db).orNotFound()
            var state = FormState(values: values.values)
            state.changedMeanwhile(stored: ActionInput(current, request.language).values, version: current.version, t)
            return try await renderForm(city, current, state, checked: checked, request, status: .conflict).encodeResponse(for: request)
        }
        return request.redirect(
            to: .cityAction(slug: city.slug, id: try action.requireID()), notice: .saved,
            detail: Pathway.gapChange(before: before, after: try await Pathway.standing(city, request)))
    }

    /// Reads the submitted form into `action` and says everything wrong with
    /// it, the model's objections included (nothing when it is fine).
    static func failedState(_ city: City, _ action: CityAction, _ request: Request) async throws -> FormState {
        try await failedState(
            city, action, ActionInput(values: try request.form().text, fromPage: true), request.t, on: request.db)
    }

    static func failedState(_ city: City, _ action: CityAction, _ input: ActionInput, _ t: Localizer, on database: any Database)
        async throws -> FormState
    {
        var state = input.read(into: action, t)
        guard state.isValid else { return state }
        let code = action.code
        let clash = try await CityAction.query(on: database).filter(\.$city.$id == city.requireID()).filter(\.$code == code).all()
            .contains { $0.id != action.id }
        if clash { state.fail("code", t(ActionsText.codeTaken, ["code": code])) }
        let inputs = try await Pathway.load(city, on: database)
        ActionInput.checkWithModel(action, inputs: inputs, state: &state, t)
        return state
    }

    static let removal = Removal<CityAction>.cityRecord(
        Permission.editCity,
        find: { request, cityID in
            try await CityAction.query(on: request.db).filter(\.$id == request.uuidParameter()).filter(\.$city.$id == cityID).first()
        },
        back: { city, _ in .cityActions(slug: city.slug) })

    /// Deleted actions come back unless their code was given again since (codes are unique in a city).
    static let restorable = Restorable.of(
        CityAction.self,
        deleted: { cityID, database in
            CityAction.query(on: database).withDeleted().filter(\.$city.$id == cityID).filter(\.$deletedAt != nil)
        },
        label: { "\($0.code) · \($0.name)" }, deletedAt: { $0.deletedAt },
        mayRestore: { action, database in
            try await CityAction.query(on: database).filter(\.$city.$id == action.$city.id).filter(\.$code == action.code).count() == 0
        })

    @Sendable static func addUpdate(_ request: Request) async throws -> Response {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        let (_, action) = try await load(request)
        let t = request.t
        let (state, update) = readUpdate(try request.form(), t)
        guard let update else {
            return try await renderShow(city, action, update: state, request, status: .unprocessableEntity).encodeResponse(for: request)
        }
        try await recordUpdate(action, update, by: principal.actor, on: request.db)
        return request.redirect(to: .cityAction(slug: city.slug, id: try action.requireID()), notice: .saved)
    }

    /// A dated progress note as the form or the API sent it.
    struct Update {
        let date: CalendarDate
        let status: ActionStatus
        let progress: Int
        let note: String
    }

    /// The progress note of a form (or the API's), or every problem with it.
    static func readUpdate(_ fields: FormFields, _ t: Localizer) -> (FormState, Update?) {
        var form = FormReader(fields, t)
        let date = form.date("date", required: true, day: true)
        let status = form.choice("status", ActionStatus.self)
        let progress = form.integer("progress", in: 0...100, required: true, message: t(ActionsText.progressRange))
        let note = form.text("note", max: ActionInput.Longest.note, required: true)
        guard form.isValid, let date, let status, let progress, let note else { return (form.state, nil) }
        return (form.state, Update(date: date, status: status, progress: progress, note: note))
    }

    /// A dated progress note: it sets the action's status and progress, both recorded.
    static func recordUpdate(_ action: CityAction, _ update: Update, by actor: Actor, on database: any Database) async throws {
        try await database.transaction { database in
            try await Audit.update(action, by: actor, on: database) {
                $0.status = update.status
                $0.progress = update.progress
            }
            let update = try ActionUpdate(action: action, date: update.date, note: update.note, author: actor.label)
            try await Audit.create(update, by: actor, on: database)
        }
    }

    /// Today in Ljubljana.
    static func today() -> CalendarDate { CalendarDate(Date()) }
}

/// The database questions of actions, and the list's filtering and sorting.
enum ActionsQuery {
    static func all(cityID: UUID, on database: any Database) async throws -> [CityAction] {
        try await CityAction.query(on: database).filter(\.$city.$id == cityID).sort(\.$code).all()
    }

    /// Each action's reduction in the target year, by code.
    static func reductions(_ snapshot: PathwaySnapshot?) -> [String: Double] {
        guard let snapshot else { return [:] }
        let year = String(snapshot.result.targetYear)
        return Dictionary(snapshot.result.actions.map { ($0.id, $0.reductionTCO2e[year] ?? 0) }, uniquingKeysWith: { a, _ in a })
    }

    static func apply(_ filter: ActionFilter, to actions: [CityAction], reductions: [String: Double], _ t: Localizer) -> [CityAction] {
        func holds(_ action: CityAction) -> Bool {
            ListQuery<ActionFilter.Sort>.matches(filter.search, [action.code, action.name, action.description, action.responsible ?? ""])
        }
        let shown = actions.filter { action in
            (filter.field == nil || action.field == filter.field) && (filter.status == nil || action.status == filter.status)
                && (filter.purpose == nil || action.purpose == filter.purpose) && holds(action)
        }
        let statusOrder = Dictionary(uniqueKeysWithValues: ActionStatus.allCases.enumerated().map { ($1, $0) })
        switch filter.sort ?? .code {
        case .code: return shown.sorted { $0.code.localizedStandardCompare($1.code) == .orderedAscending }
        case .name: return shown.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
        case .status: return shown.sorted { (statusOrder[$0.status]!, $0.code) < (statusOrder[$1.status]!, $1.code) }
        case .progress: return shown.sorted { ($0.progress, $1.code) > ($1.progress, $0.code) }
        case .reduction: return shown.sorted { (reductions[$0.code] ?? -1, $1.code) > (reductions[$1.code] ?? -1, $0.code) }
        case .end: return shown.sorted { ($0.endDate?.iso ?? "9999", $0.code) < ($1.endDate?.iso ?? "9999", $1.code) }
        }
    }
}
