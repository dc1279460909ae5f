import ClimateModel
import Fluent
import Kernel
import Vapor

/// A city's inventories: the list, one inventory with its rows and totals,
/// adding and deleting rows, CSV import (all or nothing) and export,
/// submitting (locks it with its factors) and returning to draft.
enum InventoryController {
    static func register(_ routes: any RoutesBuilder) {
        routes.get(.cityInventories(slug: ""), use: list)
        routes.post(.cityInventories(slug: ""), use: create)
        routes.get(.cityInventory(slug: "", year: 0), use: show)
        routes.get(.cityInventoryExport(slug: "", year: 0), use: export)
        routes.post(.cityInventoryRows(slug: "", year: 0), use: addRow)
        routes.post(.cityInventoryRowDelete(slug: "", year: 0, id: UUID()), use: rowRemoval.handle)
        routes.get(.cityInventoryRowEdit(slug: "", year: 0, id: UUID()), use: editRowForm)
        routes.post(.cityInventoryRowEdit(slug: "", year: 0, id: UUID()), use: saveRow)
        // A whole inventory as a file is larger than a form.
        routes.upload(.cityInventoryImport(slug: "", year: 0), upTo: 10 * 1024 * 1024, use: importFile)
        routes.post(.cityInventorySubmit(slug: "", year: 0), use: submit)
        routes.post(.cityInventoryReopen(slug: "", year: 0), use: reopen)
    }

    /// Who may see a city's drafts; a submitted inventory is public.
    static func canRead(_ principal: Principal?, _ cityID: UUID) -> Bool {
        principal?.can(.readCityWorkspace(cityID)) ?? false
    }

    @Sendable static func list(_ request: Request) async throws -> HTMLResponse {
        let city = try await CitiesQuery.require(slug: request.parameter(SiteRoute.Parameter.slug), on: request.db)
        return try await renderList(city, create: FormState(values: ["gwp": "AR5", "coverage": "BASIC"]), request)
    }

    static func renderList(_ city: City, create: FormState, _ request: Request, status: HTTPResponseStatus = .ok) async throws
        -> HTMLResponse
    {
        let cityID = try city.requireID()
        let readsDrafts = canRead(request.principal, cityID)
        let items = try await InventoryQuery.summaries(cityID: cityID, drafts: readsDrafts, language: request.language, on: request.db)
            .map { InventoryPages.ListItem(year: $0.inventory.year, status: $0.inventory.status, total: $0.totalTCO2e, rows: $0.rows) }
        let canEdit = request.principal?.can(.editCity(cityID)) ?? false
        let page = try InventoryPages.list(city, items: items, create: canEdit ? create : nil, request)
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        let t = request.t
        let (state, new) = try await InventoryInput.readNew(try request.form(), cityID: city.requireID(), t, on: request.db)
        guard let new else {
            return try await renderList(city, create: state, request, status: .unprocessableEntity).encodeResponse(for: request)
        }
        let year = new.year
        let inventory = CityInventory(cityID: try city.requireID(), year: year, gwp: new.gwp, coverage: new.coverage)
        try await Audit.create(inventory, by: principal.actor, on: request.db)
        return request.redirect(to: .cityInventory(slug: city.slug, year: year), notice: .saved)
    }

    /// The city and inventory of the address, if the visitor may see it.
    static func load(_ request: Request) async throws -> (City, CityInventory) {
        let city = try await CitiesQuery.require(slug: request.parameter(SiteRoute.Parameter.slug), on: request.db)
        let cityID = try city.requireID()
        guard let inventory = try await InventoryQuery.inventory(cityID: cityID, year: request.yearParameter(), on: request.db) else {
            throw AppError.notFound
        }
        if !inventory.isLocked, !canRead(request.principal, cityID) {
            guard request.principal != nil else { throw AppError.unauthorized }
            throw AppError.forbidden
        }
        return (city, inventory)
    }

    /// The city and draft inventory of the address for someone who may edit it.
    static func loadForEditing(_ request: Request) async throws -> (City, CityInventory, Principal) {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        guard let inventory = try await InventoryQuery.inventory(cityID: city.requireID(), year: request.yearParameter(), on: request.db)
        else { throw AppError.notFound }
        return (city, inventory, principal)
    }

    @Sendable static func show(_ request: Request) async throws -> HTMLResponse {
        // Who may see a draft is checked on every request: the page is kept by what the reader may do.
        // Each order's first page is kept; searches and later pages are drawn when asked.
        let list = ListQuery<InventoryRowSort>(query: (try? request.query.decode([String: String].self)) ?? [:])
        let slug = try request.parameter(SiteRoute.Parameter.slug)
        // The key is the page's own address (2022 and 02022 are one page, one key).
        let key = list.isPlain ? SiteRoute.cityInventory(slug: slug, year: try request.yearParameter(), list: list).path : nil
        return try await request.kept(slug: slug, key: key, keep: key != nil) {
            let (city, inventory) = try await load(request)
            return try await page(city, inventory, request, list: list)
        }
    }

    static func render(
        _ city: City, _ inventory: CityInventory, _ request: Request, row: FormState = FormState(), importText: String = "",
        importProblems: [InputProblem] = [], notice: String? = nil, status: HTTPResponseStatus = .ok
    ) async throws -> HTMLResponse {
        let page = try await page(
            city, inventory, request, row: row, importText: importText, importProblems: importProblems, notice: notice)
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }

    static func page(
        _ city: City, _ inventory: CityInventory, _ request: Request, row: FormState = FormState(), importText: String = "",
        importProblems: [InputProblem] = [], notice: String? = nil, list: ListQuery<InventoryRowSort> = ListQuery()
    ) async throws -> Page {
        let (rows, calculation) = try await InventoryQuery.calculated(inventory, on: request.db)
        let cityID = try city.requireID()
        let principal = request.principal
        return try InventoryPages.show(
            .init(
                city: city, inventory: inventory, rows: rows, calculation: calculation,
                canEdit: !inventory.isLocked && (principal?.can(.editCity(cityID)) ?? false),
                canReopen: inventory.isLocked && (principal?.can(.reopenInventory(cityID)) ?? false),
                row: row, importText: importText, importProblems: importProblems, error: notice, list: list),
            request)
    }

    @Sendable static func export(_ request: Request) async throws -> Response {
        let (city, inventory) = try await load(request)
        let rows = try await InventoryQuery.rows(of: inventory, on: request.db)
        return CSVDownload.response(InventoryFile.write(rows), name: "\(city.slug)-inventory-\(inventory.year)", request)
    }

    /// A row form read and checked by the model with the inventory's factors.
    /// A row of the form read and checked by the model with the draft's grid factors.
    static func checkRow(_ fields: FormFields, _ inventory: CityInventory, _ request: Request) async throws -> (
        FormState, InventoryInput.Row?
    ) {
        let t = request.t
        let (read, row) = InventoryInput.readRow(fields, t)
        var state = read
        if let row {
            let gridFactors = try await InventoryQuery.gridFactors(of: inventory, on: request.db)
            if case .failure(let problems) = Inventory.check([Located(row.activity, at: .path("row"))], gridFactors: gridFactors) {
                for problem in problems.problems {
                    state.fail(
                        InventoryInput.field(for: problem.reason), t(InventoryText.rowProblem, ["problem": t.reason(problem.reason)]))
                }
                return (state, nil)
            }
        }
        return (state, row)
    }

    @Sendable static func addRow(_ request: Request) async throws -> Response {
        let (city, inventory, principal) = try await loadForEditing(request)
        guard !inventory.isLocked else {
            return try await lockedPage(city, inventory, request)
        }
        let (state, input) = try await checkRow(try request.form(), inventory, request)
        guard let input else {
            return try await render(city, inventory, request, row: state, status: .unprocessableEntity).encodeResponse(for: request)
        }
        let added: Void? = try await InventoryQuery.whileDraft(inventory, on: request.db) { database in
            let last = try await inventory.$rows.query(on: database).max(\.$position)
            let row = try InventoryRow(
                inventory: inventory, position: (last ?? 0) + 1, activity: input.activity,
                dataSource: input.dataSource, quality: input.quality)
            try await Audit.create(row, by: principal.actor, on: database)
        }
        guard added != nil else { return try await lockedPage(city, inventory, request) }
        return request.redirect(to: .cityInventory(slug: city.slug, year: inventory.year), notice: .saved)
    }

    /// A draft's row of the address, for someone who may edit it.
    static func loadRow(_ request: Request) async throws -> (City, CityInventory, InventoryRow, Principal) {
        let (city, inventory, principal) = try await loadForEditing(request)
        guard
            let row = try await InventoryRow.query(on: request.db).filter(\.$id == request.uuidParameter())
                .filter(\.$inventory.$id == inventory.requireID()).first()
        else { throw AppError.notFound }
        return (city, inventory, row, principal)
    }

    static func renderRowForm(
        _ city: City, _ inventory: CityInventory, _ row: InventoryRow, _ state: FormState, _ request: Request,
        status: HTTPResponseStatus = .ok
    ) throws -> HTMLResponse {
        let page = try InventoryPages.rowForm(city, inventory, row, state, request)
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }

    @Sendable static func editRowForm(_ request: Request) async throws -> HTMLResponse {
        let (city, inventory, row, _) = try await loadRow(request)
        return try renderRowForm(city, inventory, row, FormState(editing: rowValues(row, request.language), version: row.version), request)
    }

    /// A row as its form's fields, in the reader's number habits.
    static func rowValues(_ row: InventoryRow, _ language: Language) -> [String: String] {
        [
            "gpc": row.gpc, "carrier": row.carrier ?? "", "amount": NumberInput.text(row.amount, language), "unit": row.unit ?? "",
            "factor_tco2e_per_unit": NumberInput.text(row.factorTCO2ePerUnit, language),
            "emissions_tco2e": NumberInput.text(row.emissionsTCO2e, language), "notation_key": row.notationKey ?? "",
            "data_source": row.dataSource ?? "", "quality": row.quality?.rawValue ?? "",
        ]
    }

    @Sendable static func saveRow(_ request: Request) async throws -> Response {
        let (city, inventory, row, principal) = try await loadRow(request)
        guard !inventory.isLocked else {
            return try await lockedPage(city, inventory, request)
        }
        let values = try request.form()
        let (checked, input) = try await checkRow(values, inventory, request)
        var state = checked
        state.keepVersion(of: values.text)
        guard let input else {
            return try await renderRowForm(city, inventory, row, state, request, status: .unprocessableEntity).encodeResponse(for: request)
        }
        let expected = Audit.expectedVersion(values.text["version"])
        let saved: Void?
        do {
            saved = try await InventoryQuery.whileDraft(inventory, on: request.db) { database in
                try await saveRow(row, input, expected: expected, by: principal.actor, on: database)
            }
        } catch is EditConflict {
            let current = try await InventoryRow.find(row.requireID(), on: request.db).orNotFound()
            state.changedMeanwhile(stored: rowValues(current, request.language), version: current.version, request.t)
            return try await renderRowForm(city, inventory, current, state, request, status: .conflict).encodeResponse(for: request)
        }
        guard saved != nil else { return try await lockedPage(city, inventory, request) }
        return request.redirect(to: .cityInventory(slug: city.slug, year: inventory.year), notice: .saved)
    }

    private static func saveRow(
        _ row: InventoryRow, _ input: InventoryInput.Row, expected: Int?, by actor: Actor, on database: any Database
    ) async throws {
        let (activity, dataSource, quality) = (input.activity, input.dataSource, input.quality)
        try await Audit.update(row, expecting: expected, by: actor, on: database) {
            $0.gpc = activity.gpc
            $0.carrier = activity.carrier
            $0.amount = activity.amount
            $0.unit = activity.unit?.rawValue
            $0.factorTCO2ePerUnit = activity.factorTCO2ePerUnit
            $0.emissionsTCO2e = activity.emissionsTCO2e
            $0.notationKey = activity.notationKey?.rawValue
            $0.dataSource = dataSource
            $0.quality = quality
        }
    }

    /// A draft's row; a submitted inventory keeps its rows (checked in the delete's transaction).
    static let rowRemoval = Removal<InventoryRow>(
        find: { request in
            let (city, inventory, principal) = try await loadForEditing(request)
            guard
                let row = try await InventoryRow.query(on: request.db).filter(\.$id == request.uuidParameter())
                    .filter(\.$inventory.$id == inventory.requireID()).first()
            else { throw AppError.notFound }
            return .init(
                row, by: principal, back: .cityInventory(slug: city.slug, year: inventory.year), slug: city.slug,
                refused: { try await lockedPage(city, inventory, request) })
        },
        allowed: { row, database in try await InventoryQuery.claimDraft(row.$inventory.id, on: database) })

    /// A row comes back only to a draft.
    static let rowRestorable = Restorable.of(
        InventoryRow.self,
        deleted: { cityID, database in
            InventoryRow.query(on: database).withDeleted().filter(\.$cityID == cityID).filter(\.$deletedAt != nil).with(\.$inventory)
        },
        label: { "\($0.inventory.year) · \($0.gpc) \($0.carrier ?? "") \($0.dataSource ?? "")" }, deletedAt: { $0.deletedAt },
        mayRestore: { row, database in try await InventoryQuery.claimDraft(row.$inventory.id, on: database) })

    /// The file sent with the import form: the uploaded file, else the pasted text.
    @Sendable static func importFile(_ request: Request) async throws -> Response {
        let (city, inventory, principal) = try await loadForEditing(request)
        guard !inventory.isLocked else {
            return try await lockedPage(city, inventory, request)
        }
        let upload = try request.upload()
        let gridFactors = try await InventoryQuery.gridFactors(of: inventory, on: request.db)
        switch InventoryFile.read(upload.text, gridFactors: gridFactors) {
        case .failure(let problems):
            return try await render(
                city, inventory, request, importText: upload.pasted, importProblems: problems.problems, status: .unprocessableEntity
            )
            .encodeResponse(for: request)
        case .success(let rows):
            guard try await replaceRows(of: inventory, with: rows, by: principal.actor, on: request.bulkDB) != nil else {
                return try await lockedPage(city, inventory, request)
            }
            return request.redirect(to: .cityInventory(slug: city.slug, year: inventory.year), notice: .imported)
        }
    }

    /// A submitted inventory's page with the notice that it cannot change.
    static func lockedPage(_ city: City, _ inventory: CityInventory, _ request: Request) async throws -> Response {
        try await render(city, inventory, request, notice: request.t(InventoryText.lockedError), status: .conflict)
            .encodeResponse(for: request)
    }

    /// Replaces a draft's rows in one short transaction (`Audit.staging`:
    /// the new rows and every audit entry are staged first): the old rows are
    /// deleted (and can be restored), the new ones created, each change
    /// recorded. The new rows, or `nil` when the inventory was submitted
    /// meanwhile (nothing changed).
    static func replaceRows(of inventory: CityInventory, with rows: [InventoryFile.Row], by actor: Actor, on database: any Database)
        async throws -> [InventoryRow]?
    {
        let records = try rows.enumerated().map { index, row in
            try InventoryRow(
                inventory: inventory, position: index + 1, activity: row.activity, dataSource: row.dataSource, quality: row.quality)
        }
        // The old rows are read before the transaction and staged to be
        // deleted; should one change meanwhile, again, and the last time
        // they are read and deleted inside the transaction.
        for attempt in 1...3 {
            let last = attempt == 3
            let old = last ? [] : try await InventoryQuery.decodedRows(of: inventory, on: database)
            let done = try await Audit.staging(records, replacing: old, by: actor, on: database) { database, staged in
                try await InventoryQuery.whileDraft(inventory, on: database) { (database: any Database) async throws -> Bool in
                    if last {
                        try await Audit.deleteAll(InventoryQuery.rows(of: inventory, on: database), by: actor, on: database)
                    } else {
                        guard staged.replaces(try await InventoryQuery.rowVersions(of: inventory, on: database)) else { return false }
                        try await InventoryQuery.softDeleteRows(of: inventory, on: database)
                    }
                    try await staged.moveIn(on: database)
                    return true
                }
            }
            guard let done else { return nil }
            if done { return records }
        }
        return nil
    }

    @Sendable static func submit(_ request: Request) async throws -> Response {
        let (city, inventory, principal) = try await loadForEditing(request)
        let t = request.t
        switch try await submit(inventory, by: principal.actor, on: request.db) {
        case .submitted:
            return request.redirect(to: .cityInventory(slug: city.slug, year: inventory.year), notice: .submitted)
        case .alreadySubmitted:
            return try await lockedPage(city, inventory, request)
        case .empty:
            return try await render(city, inventory, request, notice: t(InventoryText.cannotSubmitEmpty), status: .unprocessableEntity)
                .encodeResponse(for: request)
        case .invalid(let problems):
            let message = problems.map { t.problem($0) }.joined(separator: "; ")
            return try await render(city, inventory, request, notice: message, status: .unprocessableEntity).encodeResponse(for: request)
        }
    }

    enum Submission: Sendable {
        case submitted, alreadySubmitted, empty
        case invalid([InputProblem])
    }

    /// Submits a draft: locked with the factors it was calculated with. The
    /// rows are read and calculated after the draft is claimed, in the same
    /// transaction, so what is locked is what was checked, even when an
    /// import races the submit.
    static func submit(_ inventory: CityInventory, by actor: Actor, on database: any Database) async throws -> Submission {
        try await InventoryQuery.whileDraft(inventory, on: database) { (database: any Database) async throws -> Submission in
            let (rows, calculation) = try await InventoryQuery.calculated(inventory, on: database)
            guard !rows.isEmpty else { return .empty }
            guard calculation.problems.isEmpty else { return .invalid(calculation.problems) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let factors = String(decoding: try encoder.encode(calculation.factors), as: UTF8.self)
            try await Audit.update(inventory, by: actor, on: database) {
                $0.status = .submitted
                $0.submittedAt = Date()
                $0.factorsUsedJSON = factors
            }
            return .submitted
        } ?? .alreadySubmitted
    }

    @Sendable static func reopen(_ request: Request) async throws -> Response {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.reopenInventory)
        guard let inventory = try await InventoryQuery.inventory(cityID: city.requireID(), year: request.yearParameter(), on: request.db)
        else { throw AppError.notFound }
        try await Audit.update(inventory, by: principal.actor, on: request.db) {
            $0.status = .draft
            $0.submittedAt = nil
            $0.factorsUsedJSON = nil
        }
        return request.redirect(to: .cityInventory(slug: city.slug, year: inventory.year), notice: .saved)
    }
}
