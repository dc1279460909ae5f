import ClimateModel
import Kernel
import Plot
import Vapor

/// The pages of a city's indicators.
enum IndicatorPages {
    static func number(_ value: Double, _ t: Localizer) -> String {
        t.decimal(value, fractionDigits: value == value.rounded() ? 0 : (abs(value) < 10 ? 2 : 1))
    }

    static func chart(_ indicator: Indicator, _ progress: IndicatorProgress, small: Bool, _ t: Localizer) -> PointChart {
        let latest = progress.latest.map { "\(t.date($0.date)): \(number($0.value, t)) \(indicator.unit)" } ?? t(IndicatorsText.noData)
        let target =
            indicator.targetYear.flatMap { year in indicator.targetValue.map { "\(year): \(number($0, t)) \(indicator.unit)" } }
            ?? t(IndicatorsText.noTarget)
        var chart = PointChart(
            id: "indicator-\(indicator.id!.uuidString.prefix(8).lowercased())\(small ? "-small" : "")",
            title: t(IndicatorsText.chartTitle, ["name": indicator.name]),
            description: t(
                IndicatorsText.chartDesc,
                ["count": t(IndicatorsText.valuesTitle) + " " + t.integer(progress.points.count), "latest": latest, "target": target]),
            points: progress.points.map { ($0.year, $0.value) })
        chart.small = small
        if let year = indicator.targetYear, let value = indicator.targetValue {
            chart.target = (Double(year) + 0.5, value)
            let start =
                indicator.baselineYear.flatMap { year in indicator.baselineValue.map { (Double(year) + 0.5, $0) } }
                ?? progress.points.first.map { ($0.year, $0.value) }
            if let start { chart.reference = (start, (Double(year) + 0.5, value)) }
        }
        return chart
    }

    /// The list: `indicators` are those the search found, in its order, of `total`.
    static func list(
        _ city: City, _ indicators: [(Indicator, IndicatorProgress)], total: Int, list: ListQuery<IndicatorSort>, form: FormState?,
        _ request: Request
    ) throws -> Page {
        let t = request.t
        let (rows, page, pages) = list.page(of: indicators)
        func column(_ title: String, _ sort: IndicatorSort?, numeric: Bool = false, order: Tables.Column.Order = .ascending)
            -> Tables.Column
        {
            guard let sort else { return Tables.Column(title, numeric: numeric) }
            return Tables.sorting(title, by: sort, current: list.sort, own: .name, numeric: numeric, order: order) {
                .cityIndicators(slug: city.slug, list: list.sorted(by: $0))
            }
        }
        var content: [Node<HTML.BodyContext>] = [
            ListSearch.form(
                action: .cityIndicators(slug: city.slug), label: t(IndicatorsText.search),
                keeping: list.sort.map { [("sort", $0.rawValue)] } ?? [], search: list.search, t),
            .p(.text(t(IndicatorsText.count, count: indicators.count) + (indicators.count == total ? "" : " / \(t.integer(total))"))),
            indicators.isEmpty
                ? .p(.text(t(total == 0 ? IndicatorsText.none : IndicatorsText.noneMatch)))
                : Tables.list(
                    caption: t(IndicatorsText.listTitle, ["city": city.name]),
                    columns: [
                        column(t(IndicatorsText.name), .name), column(t(IndicatorsText.field), .field),
                        column(t(IndicatorsText.latest), .latest, numeric: true, order: .descending),
                        column(t(IndicatorsText.target), nil, numeric: true), column(t(IndicatorsText.status), .status),
                        column(t(IndicatorsText.chartTitle, ["name": ""]).trimmingCharacters(in: .whitespaces), nil),
                    ],
                    rows: rows.map { indicator, progress in
                        [
                            Tables.Cell(
                                .a(.href(SiteRoute.cityIndicator(slug: city.slug, id: indicator.id!).path), .text(indicator.name)),
                                lang: "sl"),
                            .text(t(indicator.field.text)),
                            .text(
                                progress.latest.map { "\(number($0.value, t)) \(indicator.unit) (\(t.date($0.date)))" } ?? "—",
                                numeric: true),
                            .text(
                                indicator.targetValue.map {
                                    "\(number($0, t)) \(indicator.unit) (\(indicator.targetYear.map(String.init) ?? ""))"
                                } ?? "—", numeric: true),
                            Tables.Cell(.span(.class("badge badge-\(progress.status.rawValue)"), .text(t(progress.status.text)))),
                            Tables.Cell(.raw(chart(indicator, progress, small: true, t).svg(t))),
                        ]
                    }, t),
            Tables.pager(
                page: page, pages: pages,
                route: { .cityIndicators(slug: city.slug, list: ListQuery(search: list.search, sort: list.sort, page: $0 > 1 ? $0 : nil)) },
                t),
            .p(
                .a(.href(SiteRoute.cityIndicatorsCSV(slug: city.slug, list: list).path), .text(t(CoreText.csvList))), .text(" · "),
                .a(.href(SiteRoute.cityIndicatorsCSV(slug: city.slug, list: list).excel.path), .text(t(CoreText.csvExcel))),
                .text(" · "),
                .a(
                    .href(SiteRoute.apiCityIndicators(slug: city.slug).path), .attribute(named: "type", value: "application/json"),
                    .text(t(IndicatorsText.openData)))),
        ]
        if let form {
            content +=
                [.h2(.id("new-indicator"), .text(t(IndicatorsText.new)))] + fields(form, action: .cityIndicators(slug: city.slug), request)
        }
        return try Page.workspace(
            city, title: t(IndicatorsText.listTitle, ["city": city.name]), lead: t(IndicatorsText.listLead), request.principal, t,
            content: content)
    }

    static func fields(_ state: FormState, action: SiteRoute, links: Node<HTML.FormContext> = .empty, _ request: Request)
        -> [Node<HTML.BodyContext>]
    {
        let t = request.t
        let none = [("", t(CoreText.chooseNone))]
        return [
            Form.errorSummary(state, title: t(CoreText.formErrorsTitle)),
            .form(
                .method(.post), .action(action.path), .attribute(named: "novalidate", value: "novalidate"), Form.csrf(request.csrfToken),
                Form.version(state),
                .div(
                    .class("form-grid"),
                    Form.field("name", label: t(IndicatorsText.name), state: state, required: true),
                    Form.field("unit", label: t(IndicatorsText.unit), state: state, required: true),
                    Form.field(
                        "field", label: t(IndicatorsText.field),
                        kind: .select(none + FieldOfAction.allCases.map { ($0.rawValue, t($0.text)) }),
                        state: state, required: true),
                    Form.field(
                        "direction", label: t(IndicatorsText.direction),
                        kind: .select([("down", t(IndicatorsText.directionDown)), ("up", t(IndicatorsText.directionUp))]), state: state),
                    Form.field("baseline_year", label: t(IndicatorsText.baselineYear), kind: .number, state: state),
                    Form.field("baseline_value", label: t(IndicatorsText.baselineValue), state: state),
                    Form.field("target_year", label: t(IndicatorsText.targetYear), kind: .number, state: state),
                    Form.field("target_value", label: t(IndicatorsText.targetValue), state: state),
                    Form.field("source", label: t(IndicatorsText.source), state: state),
                    Form.field(
                        "frequency", label: t(IndicatorsText.frequency),
                        kind: .select(IndicatorFrequency.allCases.map { ($0.rawValue, t($0.text)) }), state: state)
                ),
                links,
                Form.submit(t(IndicatorsText.save))
            ),
        ]
    }

    /// The indicator's form, with the actions it may follow (`links`).
    static func form(_ city: City, _ indicator: Indicator, _ state: FormState, links: Node<HTML.FormContext>, _ request: Request) throws
        -> Page
    {
        let t = request.t
        return try Page.workspace(
            city, title: t(IndicatorsText.editTitle, ["name": indicator.name]), lead: nil, request.principal, t,
            content: fields(state, action: .cityIndicatorEdit(slug: city.slug, id: indicator.id!), links: links, request),
            crumbs: [.init(title: t(IndicatorsText.link), route: .cityIndicators(slug: city.slug))])
    }

    static func show(
        _ city: City, _ indicator: Indicator, canEdit: Bool, value: FormState, importText: String, importProblems: [String],
        actions: Node<HTML.BodyContext>, _ request: Request
    ) throws -> Page {
        let t = request.t
        let progress = indicator.progress(indicator.values)
        let id = indicator.id!
        let notSet = t(CoreText.notSet)
        let facts: [(String, String)] = [
            (t(IndicatorsText.unit), indicator.unit), (t(IndicatorsText.field), t(indicator.field.text)),
            (t(IndicatorsText.direction), t(indicator.direction == .up ? IndicatorsText.directionUp : IndicatorsText.directionDown)),
            (
                t(IndicatorsText.baselineValue),
                indicator.baselineValue.map { "\(number($0, t)) (\(indicator.baselineYear.map(String.init) ?? ""))" } ?? notSet
            ),
            (
                t(IndicatorsText.target),
                indicator.targetValue.map { "\(number($0, t)) (\(indicator.targetYear.map(String.init) ?? ""))" } ?? notSet
            ),
            (t(IndicatorsText.frequency), t(indicator.frequency.text)), (t(IndicatorsText.source), indicator.source ?? notSet),
            (t(IndicatorsText.status), t(progress.status.text)),
        ]
        let values = indicator.values.sorted { ($0.date ?? CalendarDate(year: 1)!) > ($1.date ?? CalendarDate(year: 1)!) }
        var content: [Node<HTML.BodyContext>] = [
            .p(.span(.class("badge badge-\(progress.status.rawValue)"), .text(t(progress.status.text)))),
            .if(
                canEdit,
                .div(
                    .class("record-actions"),
                    .a(.class("button"), .href(SiteRoute.cityIndicatorEdit(slug: city.slug, id: id).path), .text(t(IndicatorsText.edit))),
                    Form.action(
                        .cityIndicatorDelete(slug: city.slug, id: id), label: t(IndicatorsText.delete) + ": " + indicator.name,
                        csrf: request.csrfToken))),
            .div(.class("facts"), .forEach(facts) { term, value in .dl(.dt(.text(term)), .dd(.text(value))) }),
            .unwrap(progress.expected) {
                .p(.class("hint"), .text(t(IndicatorsText.expected, ["value": number($0, t) + " " + indicator.unit])))
            },
            .div(.class("chart"), .raw(chart(indicator, progress, small: false, t).svg(t))),
            actions,
            .h2(.text(t(IndicatorsText.valuesTitle))),
            values.isEmpty
                ? .p(.text(t(IndicatorsText.noValues)))
                : Tables.table(
                    caption: t(IndicatorsText.valuesCaption, ["name": indicator.name]),
                    headings: [
                        (t(IndicatorsText.date), false), (t(IndicatorsText.value) + " (" + indicator.unit + ")", true),
                        (t(IndicatorsText.origin), false), (t(IndicatorsText.note), false),
                    ] + (canEdit ? [(t(CoreText.columnEdit), false)] : []),
                    rows: values.map { value in
                        .tr(
                            Tables.rowHeading(value.date.map { t.date($0) } ?? value.dateText), Tables.number(number(value.value, t)),
                            .td(.text(t(value.origin.text))), .td(.text(value.note ?? "")),
                            .if(
                                canEdit,
                                .td(
                                    .a(
                                        .href(SiteRoute.cityIndicatorValueEdit(slug: city.slug, id: id, value: value.id!).path),
                                        .text(t(IndicatorsText.correctValue) + " " + value.dateText)), .text(" "),
                                    Form.action(
                                        .cityIndicatorValueDelete(slug: city.slug, id: id, value: value.id!),
                                        label: t(IndicatorsText.deleteValue) + " " + value.dateText, csrf: request.csrfToken))))
                    }),
        ]
        if canEdit {
            content += [
                .h2(.id("add-value"), .text(t(IndicatorsText.addValue))),
                Form.errorSummary(value, title: t(CoreText.formErrorsTitle)),
                .form(
                    .method(.post), .action(SiteRoute.cityIndicatorValues(slug: city.slug, id: id).path),
                    .attribute(named: "novalidate", value: "novalidate"), Form.csrf(request.csrfToken),
                    .div(
                        .class("form-grid"),
                        Form.field("date", label: t(IndicatorsText.date), state: value, hint: t(IndicatorsText.dateHint), required: true),
                        Form.field("value", label: t(IndicatorsText.value), state: value, required: true),
                        Form.field("note", label: t(IndicatorsText.note), state: value)
                    ),
                    Form.submit(t(IndicatorsText.addValueButton))
                ),
                .h2(.id("import"), .text(t(IndicatorsText.importTitle))),
                .p(.class("hint"), .text(t(IndicatorsText.importLead))),
                .if(
                    !importProblems.isEmpty,
                    .div(
                        .class("error-summary"), .id("import-problems"), .attribute(named: "role", value: "alert"),
                        .h2(.text(t(IndicatorsText.importProblemsTitle))), .ul(.forEach(importProblems) { .li(.text($0)) }))),
                .form(
                    .method(.post), .action(SiteRoute.cityIndicatorImport(slug: city.slug, id: id).path), .enctype(.multipartData),
                    Form.csrf(request.csrfToken),
                    .div(
                        .class("field"), .label(.for("field-file"), .text(t(IndicatorsText.importFile))),
                        .input(.type(.file), .id("field-file"), .name("file"), .attribute(named: "accept", value: ".csv,text/csv"))),
                    Form.field("csv", label: t(IndicatorsText.importText), kind: .textarea, state: FormState(values: ["csv": importText])),
                    Form.submit(t(IndicatorsText.importButton))
                ),
            ]
        }
        return try Page.workspace(
            city, title: indicator.name, lead: nil, request.principal, t, content: content,
            crumbs: [.init(title: t(IndicatorsText.link), route: .cityIndicators(slug: city.slug))])
    }
}
