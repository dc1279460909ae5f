import ClimateModel
import Kernel
import Plot
import Vapor

/// The inventory pages: the list of a city's inventories and one inventory
/// with its rows, totals beside them, the factors it used and its forms.
enum InventoryPages {
    struct ListItem: Equatable {
        let year: Int
        let status: InventoryStatus
        let total: Double
        let rows: Int
    }

    static func list(_ city: City, items: [ListItem], create: FormState?, _ request: Request) throws -> Page {
        let t = request.t
        var content: [Node<HTML.BodyContext>] = [
            items.isEmpty
                ? .p(.text(t(InventoryText.none)))
                : Tables.table(
                    caption: t(InventoryText.listTitle, ["city": city.name]),
                    headings: [
                        (t(InventoryText.columnYear), false), (t(InventoryText.columnStatus), false), (t(InventoryText.columnTotal), true),
                        (t(InventoryText.columnRows), true),
                    ],
                    rows: items.map { item in
                        .tr(
                            .td(.a(.href(SiteRoute.cityInventory(slug: city.slug, year: item.year).path), .text(String(item.year)))),
                            .td(.span(.class("badge badge-\(item.status.rawValue)"), .text(t(item.status.text)))),
                            Tables.number(t.integer(rounding: item.total)), Tables.number(t.integer(item.rows)))
                    })
        ]
        if let create {
            content += [
                .h2(.text(t(InventoryText.createTitle))),
                Form.errorSummary(create, title: t(CoreText.formErrorsTitle)),
                .form(
                    .method(.post), .action(SiteRoute.cityInventories(slug: city.slug).path),
                    .attribute(named: "novalidate", value: "novalidate"), Form.csrf(request.csrfToken),
                    .div(
                        .class("form-grid"),
                        Form.field("year", label: t(CoreText.columnYear), kind: .number, state: create, required: true),
                        Form.field(
                            "gwp", label: t(InventoryText.gwp), kind: .select(GWPSet.allCases.map { ($0.rawValue, $0.rawValue) }),
                            state: create),
                        Form.field(
                            "coverage", label: t(InventoryText.coverage),
                            kind: .select(Coverage.allCases.map { ($0.rawValue, $0.rawValue) }), state: create)
                    ),
                    Form.submit(t(InventoryText.create))
                ),
            ]
        }
        return try Page.workspace(
            city, title: t(InventoryText.listTitle, ["city": city.name]), lead: t(InventoryText.listLead), request.principal, t,
            content: content)
    }

    struct Model {
        let city: City
        let inventory: CityInventory
        let rows: [InventoryRow]
        let calculation: InventoryCalculation
        let canEdit: Bool
        let canReopen: Bool
        let row: FormState
        let importText: String
        let importProblems: [InputProblem]
        /// A problem with the whole inventory (locked, cannot be submitted).
        let error: String?
        /// The rows shown: the words searched, their order, the page.
        var list = ListQuery<InventoryRowSort>()
    }

    /// The rows the list shows, in its order, with their place in the inventory (for the delete buttons).
    static func shown(_ model: Model, _ t: Localizer) -> [(number: Int, row: InventoryRow)] {
        let numbered = model.rows.enumerated().map { (number: $0.offset + 1, row: $0.element) }
        let found = numbered.filter { _, row in
            model.list.matches([
                row.gpc, t.gpc(row.gpc), row.carrier.map { t.carrier($0) } ?? "", row.dataSource ?? "", row.notationKey ?? "",
            ])
        }
        let emissions = model.calculation.rowEmissions
        return switch model.list.sort ?? .gpc {
        case .gpc: found
        case .emissions:
            found.sorted { (emissions[$0.row.id!] ?? -.infinity, $1.number) > (emissions[$1.row.id!] ?? -.infinity, $0.number) }
        case .quality:
            found.sorted {
                (DataQuality.allCases.firstIndex(of: $0.row.quality ?? .low) ?? 9, $0.number) < (
                    DataQuality.allCases.firstIndex(of: $1.row.quality ?? .low) ?? 9, $1.number
                )
            }
        case .source:
            found.sorted { (($0.row.dataSource ?? "").lowercased(), $0.number) < (($1.row.dataSource ?? "").lowercased(), $1.number) }
        }
    }

    static func show(_ model: Model, _ request: Request) throws -> Page {
        let t = request.t
        let city = model.city
        let inventory = model.inventory
        let year = inventory.year
        let totals = model.calculation.totals
        let ton: (Double) -> String = { t.integer(rounding: $0) }
        let status: Node<HTML.BodyContext> = .p(
            .span(.class("badge badge-\(inventory.status.rawValue)"), .text(t(inventory.status.text))),
            .text(" · GWP \(inventory.gwp) · \(inventory.coverage) · "),
            .text(t(InventoryText.rowCount, count: model.rows.count)),
            .unwrap(inventory.submittedAt) { .text(" · " + t(InventoryText.submittedOn, ["date": t.dateTime($0)])) }
        )
        let found = shown(model, t)
        let (rows, page, pages) = model.list.page(of: found)
        func column(_ title: String, _ sort: InventoryRowSort?, numeric: Bool = false, order: Tables.Column.Order = .ascending)
            -> Tables.Column
        {
            guard let sort else { return Tables.Column(title, numeric: numeric) }
            return Tables.sorting(title, by: sort, current: model.list.sort, own: .gpc, numeric: numeric, order: order) {
                .cityInventory(slug: city.slug, year: year, list: model.list.sorted(by: $0))
            }
        }
        let rowsTable: Node<HTML.BodyContext> =
            model.rows.isEmpty
            ? .p(.text(t(InventoryText.noRows)))
            : .group(
                ListSearch.form(
                    action: .cityInventory(slug: city.slug, year: year), label: t(InventoryText.search),
                    keeping: model.list.sort.map { [("sort", $0.rawValue)] } ?? [], search: model.list.search, t),
                .if(
                    found.count != model.rows.count,
                    .p(.text(t(InventoryText.rowCount, count: found.count) + " / \(t.integer(model.rows.count))"))),
                Tables.list(
                    caption: t(InventoryText.rowsCaption, ["year": String(year)]),
                    columns: [
                        column(t(ClimateText.gpc), .gpc), column(t(ClimateText.carrier), nil),
                        column(t(ClimateText.amount), nil, numeric: true),
                        column(t(ClimateText.unit), nil), column(t(ClimateText.emissions), .emissions, numeric: true, order: .descending),
                        column(t(ClimateText.dataSource), .source), column(t(ClimateText.quality), .quality),
                    ] + (model.canEdit ? [Tables.Column(t(CoreText.columnEdit))] : []),
                    rows: rows.map { number, row in
                        let amount: String =
                            if let key = row.notationKey {
                                key
                            } else if let amount = row.amount {
                                t.decimal(amount, fractionDigits: amount == amount.rounded() ? 0 : 2)
                                    + (row.factorTCO2ePerUnit.map { " × " + t.decimal($0, fractionDigits: 4) } ?? "")
                            } else {
                                ""
                            }
                        var cells: [Tables.Cell] = [
                            Tables.Cell(.abbr(.title(t.gpc(row.gpc)), .text(row.gpc))), .text(row.carrier.map { t.carrier($0) } ?? ""),
                            .text(amount, numeric: true), .text(row.unit ?? ""),
                            .text(model.calculation.rowEmissions[row.id!].map { t.decimal($0, fractionDigits: 1) } ?? "—", numeric: true),
                            Tables.Cell(.text(row.dataSource ?? ""), lang: "sl"), .text(row.quality.map { t($0.text) } ?? ""),
                        ]
                        if model.canEdit {
                            cells.append(
                                Tables.Cell(
                                    .div(
                                        .class("row-actions"),
                                        .a(
                                            .href(SiteRoute.cityInventoryRowEdit(slug: city.slug, year: year, id: row.id!).path),
                                            .text(t(InventoryText.edit)),
                                            .attribute(named: "aria-label", value: t(InventoryText.edit) + " " + row.gpc)),
                                        Form.action(
                                            .cityInventoryRowDelete(slug: city.slug, year: year, id: row.id!),
                                            label: t(
                                                InventoryText.deleteRow,
                                                [
                                                    "n": String(number),
                                                    "what": ([row.gpc] + (row.carrier.map { [t.carrier($0)] } ?? [])).joined(
                                                        separator: " "),
                                                ]), csrf: request.csrfToken))))
                        }
                        return cells
                    }, t),
                Tables.pager(
                    page: page, pages: pages,
                    route: {
                        .cityInventory(
                            slug: city.slug, year: year,
                            list: ListQuery(search: model.list.search, sort: model.list.sort, page: $0 > 1 ? $0 : nil))
                    }, t))
        let totalsAside: Node<HTML.BodyContext> = .section(
            .class("totals"), .ariaLabel(t(InventoryText.totalsTitle)),
            .h2(.text(t(InventoryText.totalsTitle))),
            .p(.class("big-number"), .strong(.text(t.tonnesCO2e(totals.totalTCO2e)))),
            Tables.table(
                caption: t(InventoryText.bySector),
                headings: [(t(InventoryText.sector), false), (t(InventoryText.tonnes), true)],
                rows: ["I", "II", "III", "IV", "V"].map { sector in
                    .tr(Tables.rowHeading(t.sector(sector)), Tables.number(ton(totals.bySector[sector] ?? 0)))
                }),
            Tables.table(
                caption: t(InventoryText.byScope),
                headings: [(t(InventoryText.scopeColumn), false), (t(InventoryText.tonnes), true)],
                rows: ["1", "2", "3"].map { scope in
                    .tr(Tables.rowHeading(t(ClimateText.scope, ["scope": scope])), Tables.number(ton(totals.byScope[scope] ?? 0)))
                }),
            Tables.table(
                caption: t(InventoryText.byGas),
                headings: [(t(InventoryText.gas), false), (t(InventoryText.tonnes).replacingOccurrences(of: " CO₂e", with: ""), true)],
                rows: [
                    .tr(Tables.rowHeading(t(ClimateText.gasCO2)), Tables.number(t.decimal(totals.byGasT["CO2"] ?? 0, fractionDigits: 0))),
                    .tr(Tables.rowHeading(t(ClimateText.gasCH4)), Tables.number(t.decimal(totals.byGasT["CH4"] ?? 0, fractionDigits: 2))),
                    .tr(Tables.rowHeading(t(ClimateText.gasN2O)), Tables.number(t.decimal(totals.byGasT["N2O"] ?? 0, fractionDigits: 2))),
                    .tr(Tables.rowHeading(t(ClimateText.unsplit)), Tables.number(ton(totals.co2eUnsplitTCO2e))),
                    .tr(Tables.rowHeading(t(ClimateText.biogenic)), Tables.number(ton(totals.biogenicCO2T))),
                    .tr(Tables.rowHeading(t(ClimateText.outsideTotal)), Tables.number(ton(totals.outsideTotalTCO2e))),
                ]),
            .if(
                !totals.notationKeys.isEmpty,
                .group(
                    .h3(.text(t(InventoryText.notationKeysTitle))),
                    .ul(.forEach(totals.notationKeys) { .li(.text("\($0.gpc): \($0.key.rawValue)")) })))
        )
        let factors: Node<HTML.BodyContext> = .section(
            .ariaLabel(t(InventoryText.factorsTitle)),
            .h2(.text(t(InventoryText.factorsTitle))),
            .p(.text(t(InventoryText.factorsLead, ["year": String(year)]))),
            .p(.class("hint"), .text(t(model.calculation.factorsKept ? InventoryText.factorsKept : InventoryText.factorsDraft))),
            model.calculation.factors.isEmpty
                ? .p(.text(t(InventoryText.factorsNone)))
                : Tables.table(
                    caption: t(InventoryText.factorsTitle),
                    headings: [
                        (t(ClimateText.carrier), false), (t(InventoryText.factorValue), true), (t(InventoryText.factorSource), false),
                    ],
                    rows: model.calculation.factors.map { factor in
                        .tr(
                            Tables.rowHeading(t.carrier(factor.carrier)), Tables.number(t.decimal(factor.value, fractionDigits: 3)),
                            .td(.text(factor.source)))
                    })
        )
        var content: [Node<HTML.BodyContext>] = [
            status,
            .unwrap(model.error) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            importProblems(model.importProblems, t),
            // An empty draft starts with its file.
            .if(model.canEdit && model.rows.isEmpty, .group(importForm(model, request))),
            .p(
                .a(
                    .class("button button-secondary"), .href(SiteRoute.cityInventoryExport(slug: city.slug, year: year).path),
                    .text(t(InventoryText.export))), .text(" "),
                .a(
                    .class("button button-secondary"), .href(SiteRoute.cityInventoryExport(slug: city.slug, year: year).excel.path),
                    .text(t(CoreText.csvExcel)))),
            .div(
                .class("with-aside"), .section(.ariaLabel(t(InventoryText.rowsTitle)), .h2(.text(t(InventoryText.rowsTitle))), rowsTable),
                totalsAside),
            factors,
        ]
        if model.canEdit { content += editForms(model, request) }
        if model.canReopen {
            content += [
                .h2(.text(t(InventoryText.reopen))), .p(.text(t(InventoryText.reopenLead))),
                Form.action(.cityInventoryReopen(slug: city.slug, year: year), label: t(InventoryText.reopen), csrf: request.csrfToken),
            ]
        }
        return try Page.workspace(
            city, title: t(InventoryText.title, ["year": String(year), "city": city.name]), lead: t(InventoryText.lead), request.principal,
            t, content: content, crumbs: [.init(title: t(InventoryText.link), route: .cityInventories(slug: city.slug))])
    }

    /// The problems of a refused import, each with its line, in the reader's language.
    static func importProblems(_ problems: [InputProblem], _ t: Localizer) -> Node<HTML.BodyContext> {
        guard !problems.isEmpty else { return .empty }
        return .div(
            .class("error-summary"), .id("import-problems"), .attribute(named: "role", value: "alert"),
            .h2(.text(t(InventoryText.importProblemsTitle))),
            .p(.text(t(InventoryText.importProblemsLead))),
            .ul(.forEach(problems) { .li(.text(t.problem($0))) })
        )
    }

    /// The fields of a row, for adding one or editing one.
    static func rowFields(_ state: FormState, action: SiteRoute, submit: String, _ request: Request) -> [Node<HTML.BodyContext>] {
        let t = request.t
        let none = [("", t(CoreText.chooseNone))]
        let references = t.gpcOptions(prefixes: false)
        let carriers = t.carrierOptions()
        return [
            Form.errorSummary(state, title: t(CoreText.formErrorsTitle)),
            .form(
                .method(.post), .action(action.path), .attribute(named: "novalidate", value: "novalidate"), Form.csrf(request.csrfToken),
                Form.version(state),
                .div(
                    .class("form-grid"),
                    Form.field("gpc", label: t(ClimateText.gpc), kind: .select(none + references), state: state, required: true),
                    Form.field("carrier", label: t(ClimateText.carrier), kind: .select(none + carriers), state: state),
                    Form.field("amount", label: t(ClimateText.amount), state: state),
                    Form.field(
                        "unit", label: t(ClimateText.unit),
                        kind: .select(none + ActivityUnit.allCases.map { ($0.rawValue, $0.rawValue) }),
                        state: state),
                    Form.field(
                        "factor_tco2e_per_unit", label: t(InventoryText.ownFactor), state: state, hint: t(InventoryText.ownFactorHint)),
                    Form.field("emissions_tco2e", label: t(InventoryText.direct), state: state),
                    Form.field(
                        "notation_key", label: t(InventoryText.notationKey),
                        kind: .select(none + NotationKey.allCases.map { ($0.rawValue, $0.rawValue) }), state: state),
                    Form.field("data_source", label: t(ClimateText.dataSource), state: state),
                    Form.field(
                        "quality", label: t(ClimateText.quality),
                        kind: .select(none + DataQuality.allCases.map { ($0.rawValue, t($0.text)) }),
                        state: state)
                ),
                Form.submit(submit)
            ),
        ]
    }

    /// The page that edits one row of a draft.
    static func rowForm(_ city: City, _ inventory: CityInventory, _ row: InventoryRow, _ state: FormState, _ request: Request) throws
        -> Page
    {
        let t = request.t
        return try Page.workspace(
            city, title: t(InventoryText.editRowTitle, ["gpc": row.gpc, "year": String(inventory.year)]), lead: t(InventoryText.lead),
            request.principal, t,
            content: rowFields(
                state, action: .cityInventoryRowEdit(slug: city.slug, year: inventory.year, id: row.id!), submit: t(InventoryText.saveRow),
                request),
            crumbs: [
                .init(title: t(InventoryText.link), route: .cityInventories(slug: city.slug)),
                .init(title: String(inventory.year), route: .cityInventory(slug: city.slug, year: inventory.year)),
            ])
    }

    static func editForms(_ model: Model, _ request: Request) -> [Node<HTML.BodyContext>] {
        let t = request.t
        let slug = model.city.slug
        let year = model.inventory.year
        return [
            .h2(.id("add-row"), .text(t(InventoryText.addTitle)))
        ] + rowFields(model.row, action: .cityInventoryRows(slug: slug, year: year), submit: t(InventoryText.add), request)
            + (model.rows.isEmpty ? [] : importForm(model, request)) + [
                .h2(.text(t(InventoryText.submit))),
                .p(.text(t(InventoryText.submitLead))),
                Form.action(
                    .cityInventorySubmit(slug: slug, year: year), label: t(InventoryText.submit), csrf: request.csrfToken, secondary: false),
            ]
    }

    /// The import form: a file, or its text pasted.
    static func importForm(_ model: Model, _ request: Request) -> [Node<HTML.BodyContext>] {
        let t = request.t
        let slug = model.city.slug
        let year = model.inventory.year
        return [
            .h2(.id("import"), .text(t(InventoryText.importTitle))),
            .p(.class("hint"), .text(t(InventoryText.importLead))),
            .form(
                .method(.post), .action(SiteRoute.cityInventoryImport(slug: slug, year: year).path),
                .enctype(.multipartData), Form.csrf(request.csrfToken),
                .div(
                    .class("field"), .label(.for("field-file"), .text(t(InventoryText.importFile))),
                    .input(.type(.file), .id("field-file"), .name("file"), .attribute(named: "accept", value: ".csv,text/csv"))),
                Form.field("csv", label: t(InventoryText.importText), kind: .textarea, state: FormState(values: ["csv": model.importText])),
                Form.submit(t(InventoryText.importButton))
            ),
        ]
    }
}
