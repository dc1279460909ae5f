import ClimateModel
import Fluent
import Kernel
import Plot
import Vapor

/// A city's indicators: the public list with each one's status and a small
/// chart, an indicator's page with its values; for the city's team, adding
/// and editing indicators, entering values, importing them from CSV (all or
/// nothing) and deleting (reversible).
enum IndicatorsController {
    static func register(_ routes: any RoutesBuilder) {
        routes.get(.cityIndicators(slug: ""), use: list)
        routes.get(.cityIndicatorsCSV(slug: ""), use: csv)
        routes.post(.cityIndicators(slug: ""), use: create)
        routes.get(.cityIndicator(slug: "", id: UUID()), use: show)
        routes.get(.cityIndicatorEdit(slug: "", id: UUID()), use: editForm)
        routes.post(.cityIndicatorEdit(slug: "", id: UUID()), use: save)
        routes.post(.cityIndicatorDelete(slug: "", id: UUID()), use: removal.handle)
        routes.post(.cityIndicatorValues(slug: "", id: UUID()), use: addValue)
        routes.upload(.cityIndicatorImport(slug: "", id: UUID()), upTo: 5 * 1024 * 1024, use: importValues)
        routes.post(.cityIndicatorValueDelete(slug: "", id: UUID(), value: UUID()), use: valueRemoval.handle)
        routes.get(.cityIndicatorValueEdit(slug: "", id: UUID(), value: UUID()), use: correctForm)
        routes.post(.cityIndicatorValueEdit(slug: "", id: UUID(), value: UUID()), use: correct)
    }

    static func all(cityID: UUID, on database: any Database) async throws -> [(Indicator, IndicatorProgress)] {
        let indicators = try await Indicator.query(on: database).filter(\.$city.$id == cityID).sort(\.$name).with(\.$values).all()
        return indicators.map { ($0, $0.progress($0.values)) }
    }

    @Sendable static func list(_ request: Request) async throws -> HTMLResponse {
        let slug = try request.parameter(SiteRoute.Parameter.slug)
        let state = FormState(values: ["direction": "down", "frequency": "annual"])
        let list = ListQuery<IndicatorSort>(query: (try? request.query.decode([String: String].self)) ?? [:])
        // Each order's first page is kept; searches and later pages are drawn when asked.
        let key = list.isPlain ? SiteRoute.cityIndicators(slug: slug, list: list).path : nil
        return try await request.kept(slug: slug, key: key, keep: key != nil) {
            let city = try await CitiesQuery.require(slug: slug, on: request.db)
            let indicators = try await all(cityID: city.requireID(), on: request.db)
            let canEdit = request.principal?.can(.editCity(try city.requireID())) ?? false
            return try IndicatorPages.list(
                city, shown(indicators, list, request.t), total: indicators.count, list: list, form: canEdit ? state : nil, request)
        }
    }

    /// The indicators a list shows, in its order.
    static func shown(_ indicators: [(Indicator, IndicatorProgress)], _ list: ListQuery<IndicatorSort>, _ t: Localizer)
        -> [(Indicator, IndicatorProgress)]
    {
        let found = indicators.filter { indicator, _ in list.matches([indicator.name, indicator.unit, indicator.source ?? ""]) }
        let statusOrder = Dictionary(uniqueKeysWithValues: IndicatorStatus.allCases.enumerated().map { ($1, $0) })
        func name(_ item: (Indicator, IndicatorProgress)) -> String { item.0.name }
        return switch list.sort ?? .name {
        case .name: found.sorted { name($0).compare(name($1), locale: t.locale) == .orderedAscending }
        case .field: found.sorted { (t($0.0.field.text), name($0)) < (t($1.0.field.text), name($1)) }
        case .status: found.sorted { (statusOrder[$0.1.status]!, name($0)) < (statusOrder[$1.1.status]!, name($1)) }
        // The most recent first; none last.
        case .latest: found.sorted { ($0.1.latest?.date.iso ?? "", name($1)) > ($1.1.latest?.date.iso ?? "", name($0)) }
        }
    }

    /// The list as searched and sorted, every page, as CSV (machine or spreadsheet form).
    @Sendable static func csv(_ request: Request) async throws -> Response {
        let city = try await CitiesQuery.require(slug: request.parameter(SiteRoute.Parameter.slug), on: request.db)
        let list = ListQuery<IndicatorSort>(query: (try? request.query.decode([String: String].self)) ?? [:])
        let indicators = shown(try await all(cityID: city.requireID(), on: request.db), list, request.t)
        let header = [
            "name", "unit", "field", "direction", "baseline_year", "baseline_value", "target_year", "target_value", "latest_date",
            "latest_value", "status", "source",
        ]
        let rows = indicators.map { indicator, progress -> [String] in
            [
                indicator.name, indicator.unit, indicator.field.rawValue, indicator.direction.rawValue,
                indicator.baselineYear.map(String.init) ?? "", CSVTable.number(indicator.baselineValue),
                indicator.targetYear.map(String.init) ?? "", CSVTable.number(indicator.targetValue), progress.latest?.date.iso ?? "",
                CSVTable.number(progress.latest?.value), progress.status.rawValue, indicator.source ?? "",
            ]
        }
        return CSVDownload.response(CSVTable.write(header: header, rows: rows), name: "\(city.slug)-indicators", request)
    }

    static func renderList(_ city: City, _ state: FormState, _ request: Request, status: HTTPResponseStatus = .ok) async throws
        -> HTMLResponse
    {
        let indicators = try await all(cityID: city.requireID(), on: request.db)
        let canEdit = request.principal?.can(.editCity(try city.requireID())) ?? false
        let page = try IndicatorPages.list(
            city, indicators, total: indicators.count, list: ListQuery(), form: canEdit ? state : nil, request)
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        let indicator = Indicator()
        indicator.$city.id = try city.requireID()
        let state = IndicatorInput.read(try request.form().text, into: indicator, request.t)
        guard state.isValid else {
            return try await renderList(city, state, request, status: .unprocessableEntity).encodeResponse(for: request)
        }
        try await Audit.create(indicator, by: principal.actor, on: request.db)
        return request.redirect(to: .cityIndicator(slug: city.slug, id: try indicator.requireID()), notice: .saved)
    }

    static func load(_ request: Request) async throws -> (City, Indicator) {
        let city = try await CitiesQuery.require(slug: request.parameter(SiteRoute.Parameter.slug), on: request.db)
        guard
            let indicator = try await Indicator.query(on: request.db).filter(\.$id == request.uuidParameter())
                .filter(\.$city.$id == city.requireID()).with(\.$values).first()
        else { throw AppError.notFound }
        return (city, indicator)
    }

    @Sendable static func show(_ request: Request) async throws -> HTMLResponse {
        let (city, indicator) = try await load(request)
        return try await renderShow(city, indicator, value: FormState(values: ["date": String(ActionsController.today().year)]), request)
    }

    static func renderShow(
        _ city: City, _ indicator: Indicator, value: FormState, importText: String = "", importProblems: [String] = [],
        _ request: Request, status: HTTPResponseStatus = .ok
    ) async throws -> HTMLResponse {
        let canEdit = request.principal?.can(.editCity(try city.requireID())) ?? false
        let linked = try await IndicatorLinks.linked(indicatorID: indicator.requireID(), on: request.db)
        let actions = try await IndicatorLinks.actions(cityID: city.requireID(), on: request.db).filter { linked.contains($0.id!) }
        let page = try IndicatorPages.show(
            city, indicator, canEdit: canEdit, value: value, importText: importText, importProblems: importProblems,
            actions: IndicatorLinks.list(actions, slug: city.slug, request.t), request)
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }

    @Sendable static func editForm(_ request: Request) async throws -> HTMLResponse {
        let (city, _) = try await CitiesQuery.authorize(request, Permission.editCity)
        let (_, indicator) = try await load(request)
        let state = FormState(editing: IndicatorInput.values(indicator, request.language), version: indicator.version)
        let checked = LinkChoice.Choice.stored(try await IndicatorLinks.linked(indicatorID: indicator.requireID(), on: request.db))
        return try await renderForm(city, indicator, state, checked: checked, request)
    }

    /// The indicator's form with the city's actions to choose from.
    static func renderForm(
        _ city: City, _ indicator: Indicator, _ state: FormState, checked: LinkChoice.Choice, _ request: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> HTMLResponse {
        let actions = try await IndicatorLinks.actions(cityID: city.requireID(), on: request.db)
        let page = try IndicatorPages.form(
            city, indicator, state, links: IndicatorLinks.fieldset(actions, checked: checked, request.t), request)
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }

    @Sendable static func save(_ request: Request) async throws -> Response {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        let (_, indicator) = try await load(request)
        let values = try request.form().text
        // Checked on a copy, so a refused form changes nothing.
        let check = Indicator()
        check.$city.id = indicator.$city.id
        var state = IndicatorInput.read(values, into: check, request.t)
        state.keepVersion(of: values)
        let actions = try await IndicatorLinks.actions(cityID: city.requireID(), on: request.db)
        let checked = IndicatorLinks.checked(try request.formReader(), among: actions)
        guard state.isValid else {
            return try await renderForm(city, indicator, state, checked: checked, request, status: .unprocessableEntity)
                .encodeResponse(for: request)
        }
        let t = request.t
        do {
            try await request.db.transaction { database in
                try await Audit.update(indicator, expecting: Audit.expectedVersion(values["version"]), by: principal.actor, on: database) {
                    _ = IndicatorInput.read(values, into: $0, t)
                }
                try await IndicatorLinks.sync(
                    indicator, to: checked, offered: Set(actions.compactMap(\.id)), by: principal.actor, on: database)
            }
        } catch is EditConflict {
            let current = try await Indicator.find(indicator.requireID(), on: request.db).orNotFound()
            state.changedMeanwhile(stored: IndicatorInput.values(current, request.language), version: current.version, t)
            return try await renderForm(city, current, state, checked: checked, request, status: .conflict).encodeResponse(for: request)
        }
        return request.redirect(to: .cityIndicator(slug: city.slug, id: try indicator.requireID()), notice: .saved)
    }

    static let removal = Removal<Indicator>.cityRecord(
        Permission.editCity,
        find: { request, cityID in
            try await Indicator.query(on: request.db).filter(\.$id == request.uuidParameter()).filter(\.$city.$id == cityID).first()
        },
        back: { city, _ in .cityIndicators(slug: city.slug) })

    /// A value of one of the city's indicators.
    static let valueRemoval = Removal<IndicatorValue>.cityRecord(
        Permission.editCity,
        find: { request, cityID in
            // Of an indicator that is there (not deleted).
            guard
                try await Indicator.query(on: request.db).filter(\.$id == request.uuidParameter()).filter(\.$city.$id == cityID)
                    .count() == 1
            else { return nil }
            return try await IndicatorValue.query(on: request.db).filter(\.$id == request.uuidParameter(SiteRoute.Parameter.value))
                .filter(\.$indicator.$id == request.uuidParameter()).filter(\.$cityID == cityID).first()
        },
        back: { city, value in .cityIndicator(slug: city.slug, id: value.$indicator.id) })

    /// A value of an indicator of the address, for someone who edits the city.
    static func loadValue(_ request: Request) async throws -> (City, Indicator, IndicatorValue, Principal) {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        let (_, indicator) = try await load(request)
        guard let value = try indicator.values.first(where: { $0.id == (try request.uuidParameter(SiteRoute.Parameter.value)) }) else {
            throw AppError.notFound
        }
        return (city, indicator, value, principal)
    }

    @Sendable static func correctForm(_ request: Request) async throws -> HTMLResponse {
        let (city, indicator, value, _) = try await loadValue(request)
        let state = FormState(values: [
            "date": value.dateText, "value": NumberInput.text(value.value, request.language), "note": value.note ?? "",
        ])
        return try correctPage(city, indicator, value, state, request)
    }

    static func correctPage(
        _ city: City, _ indicator: Indicator, _ value: IndicatorValue, _ state: FormState, _ request: Request,
        status: HTTPResponseStatus = .ok
    ) throws -> HTMLResponse {
        let t = request.t
        let id = try indicator.requireID()
        let page = try Page.workspace(
            city, title: t(IndicatorsText.correctTitle, ["name": indicator.name, "date": value.dateText]), lead: nil, request.principal, t,
            content: [
                Form.errorSummary(state, title: t(CoreText.formErrorsTitle)),
                .form(
                    .method(.post), .action(SiteRoute.cityIndicatorValueEdit(slug: city.slug, id: id, value: value.id!).path),
                    .attribute(named: "novalidate", value: "novalidate"), Form.csrf(request.csrfToken),
                    .div(
                        .class("form-grid"),
                        Form.field("date", label: t(IndicatorsText.date), state: state, hint: t(IndicatorsText.dateHint), required: true),
                        Form.field("value", label: t(IndicatorsText.value) + " (" + indicator.unit + ")", state: state, required: true),
                        Form.field("note", label: t(IndicatorsText.note), state: state)),
                    Form.submit(t(IndicatorsText.correctSave)), .text(" "),
                    .a(
                        .class("button button-secondary"), .href(SiteRoute.cityIndicator(slug: city.slug, id: id).path),
                        .text(t(CoreText.cancel)))),
            ],
            crumbs: [
                .init(title: t(IndicatorsText.link), route: .cityIndicators(slug: city.slug)),
                .init(title: indicator.name, route: .cityIndicator(slug: city.slug, id: id)),
            ])
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }

    /// A value corrected: its date, number or note, each change recorded.
    @Sendable static func correct(_ request: Request) async throws -> Response {
        let (city, indicator, value, principal) = try await loadValue(request)
        let t = request.t
        var (state, row) = IndicatorInput.readValue(try request.form(), t)
        if let row, indicator.values.contains(where: { $0.id != value.id && $0.dateText == row.date.iso }) {
            state.fail("date", t(IndicatorsText.dateTaken, ["date": row.date.iso]))
        }
        guard state.isValid, let row else {
            return try await correctPage(city, indicator, value, state, request, status: .unprocessableEntity).encodeResponse(for: request)
        }
        try await Audit.update(value, by: principal.actor, on: request.db) {
            $0.dateText = row.date.iso
            $0.value = row.value
            $0.note = row.note
        }
        return request.redirect(to: .cityIndicator(slug: city.slug, id: try indicator.requireID()), notice: .saved)
    }

    static let restorables = [
        Restorable.of(
            Indicator.self,
            deleted: { cityID, database in
                Indicator.query(on: database).withDeleted().filter(\.$city.$id == cityID).filter(\.$deletedAt != nil)
            },
            label: { "\($0.name) (\($0.unit))" }, deletedAt: { $0.deletedAt }),
        Restorable.of(
            IndicatorValue.self,
            deleted: { cityID, database in
                IndicatorValue.query(on: database).withDeleted().filter(\.$cityID == cityID).filter(\.$deletedAt != nil).with(\.$indicator)
            },
            label: { "\($0.indicator.name): \($0.dateText) = \($0.value)" }, deletedAt: { $0.deletedAt }),
    ]

    @Sendable static func addValue(_ request: Request) async throws -> Response {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        let (_, indicator) = try await load(request)
        let t = request.t
        let (state, row) = IndicatorInput.readValue(try request.form(), t)
        guard let row else {
            return try await renderShow(city, indicator, value: state, request, status: .unprocessableEntity).encodeResponse(for: request)
        }
        try await IndicatorInput.store([row], in: indicator, origin: .entered, by: principal.actor, on: request.db)
        return request.redirect(to: .cityIndicator(slug: city.slug, id: try indicator.requireID()), notice: .saved)
    }

    @Sendable static func importValues(_ request: Request) async throws -> Response {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        let (_, indicator) = try await load(request)
        let upload = try request.upload()
        switch IndicatorInput.readFile(upload.text, request.t) {
        case .failure(let problems):
            return try await renderShow(
                city, indicator, value: FormState(), importText: upload.pasted, importProblems: problems.lines, request,
                status: .unprocessableEntity
            ).encodeResponse(for: request)
        case .success(let rows):
            try await IndicatorInput.store(rows, in: indicator, origin: .imported, by: principal.actor, on: request.db)
            return request.redirect(to: .cityIndicator(slug: city.slug, id: try indicator.requireID()), notice: .imported)
        }
    }
}
