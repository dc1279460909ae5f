import ClimateModel
import Fluent
import Foundation
import Kernel
import Plot
import Vapor

/// How the side-by-side table is sorted (its headings sort it).
package enum OverviewSort: String, Sendable, CaseIterable {
    case name, population
    case perResident = "per_resident"
    case reduction, planned, gap, probability
}

/// `/partnership`: every city side by side in one sortable table, the
/// charts of emissions per resident and of the probability of meeting the
/// target, and the member cities' joint pathway; as CSV and JSON too.
enum OverviewController {
    static func register(_ routes: any RoutesBuilder) {
        routes.get(.partnership(), use: page)
        routes.get(.partnershipCSV(), use: csv)
    }

    /// The rows in the asked order; the cities without a value for it last, by name.
    static func sorted(_ rows: [PartnershipOverview.Row], by sort: OverviewSort?) -> [PartnershipOverview.Row] {
        func key(_ row: PartnershipOverview.Row) -> Double? {
            switch sort ?? .name {
            case .name: nil
            case .population: Double(row.population)
            case .perResident: row.perResident
            case .reduction: row.reduction
            case .planned: row.plannedTCO2e
            case .gap: row.gapTCO2e
            case .probability: row.probability
            }
        }
        // Larger first where larger is the story (people, reduction, probability); else smaller first.
        let descending = [.population, .reduction, .probability].contains(sort ?? .name)
        return rows.sorted { a, b in
            switch (key(a), key(b)) {
            case (let x?, let y?) where x != y: return descending ? x > y : x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.name.localizedCompare(b.name) == .orderedAscending
            }
        }
    }

    static func order(_ sort: OverviewSort) -> Tables.Column.Order {
        [.population, .reduction, .probability].contains(sort) ? .descending : .ascending
    }

    @Sendable static func page(_ request: Request) async throws -> HTMLResponse {
        let t = request.t
        let list = ListQuery<OverviewSort>(query: (try? request.query.decode([String: String].self)) ?? [:])
        let memory = request.application.workspaceMemory
        // The content is the same for every reader of a language and order
        // while no city's data change: drawn once, put in each reader's layout.
        let token = try await Workspace.allToken(on: request.db)
        let key = "partnership-page:\(request.language.rawValue):\(list.sort?.rawValue ?? "")"
        let content: String
        if let kept = memory.value(key, token: token, as: String.self) {
            content = kept
        } else {
            let (overview, _) = try await PartnershipOverview.kept(on: request.db, memory: memory, gate: request.application.gates.overview)
            content = Node<HTML.BodyContext>.group(
                .h1(.text(t(OverviewText.title))),
                .p(.class("lead"), .text(t(OverviewText.lead))),
                table(sorted(overview.rows, by: list.sort), list, t),
                .p(
                    .a(.href(SiteRoute.partnershipCSV(list).path), .text(t(CoreText.csvList))), .text(" · "),
                    .a(.href(SiteRoute.partnershipCSV(list).excel.path), .text(t(CoreText.csvExcel))), .text(" · "),
                    .a(
                        .href(SiteRoute.apiPartnershipOverview.path), .attribute(named: "type", value: "application/json"),
                        .text(t(OverviewText.openData)))),
                joint(overview, t), comparisonCharts(overview, t)
            ).render()
            memory.keep(content, key, token: token)
        }
        let page = Page(
            title: t(OverviewText.title), description: t(OverviewText.lead), section: .partnership,
            breadcrumbs: [.init(title: t(CoreText.navHome), route: .home)], content: .raw(HTMLResponse.contentMarker))
        return HTMLResponse(html: Layout.render(page, PageContext(request)), content: content)
    }

    static func table(_ rows: [PartnershipOverview.Row], _ list: ListQuery<OverviewSort>, _ t: Localizer) -> Node<HTML.BodyContext> {
        func column(_ title: String, _ sort: OverviewSort, numeric: Bool = true) -> Tables.Column {
            Tables.sorting(
                title, by: sort, current: list.sort, own: .name, numeric: numeric, order: order(sort),
                route: { .partnership(ListQuery(sort: $0)) })
        }
        let dash = "–"
        // The unit is in the headings: the table holds twelve columns.
        func tonnes(_ value: Double?) -> String { value.map { t.integer(rounding: $0) } ?? dash }
        return Tables.list(
            caption: t(OverviewText.caption),
            columns: [
                column(t(OverviewText.columnCity), .name, numeric: false),
                column(t(OverviewText.columnPopulation), .population), Tables.Column(t(OverviewText.columnBaseline), numeric: true),
                Tables.Column(t(OverviewText.columnLatest), numeric: true), column(t(OverviewText.columnPerResident), .perResident),
                column(t(OverviewText.columnReduction), .reduction), column(t(OverviewText.columnPlanned), .planned),
                column(t(OverviewText.columnGap), .gap), column(t(OverviewText.columnProbability), .probability),
                Tables.Column(t(OverviewText.columnActions), numeric: true), Tables.Column(t(OverviewText.columnIndicators), numeric: true),
            ],
            rows: rows.map { row in
                [
                    Tables.Cell(
                        .group(
                            .a(.href(SiteRoute.city(slug: row.slug).path), .text(row.name)), .br(),
                            .span(.class("hint"), .text(row.member ? t(OverviewText.member) : t(OverviewText.notMember))))),
                    .text(t.integer(row.population), numeric: true),
                    .text(row.baselineYear.map { "\($0): \(tonnes(row.baselineTCO2e))" } ?? t(OverviewText.noInventory), numeric: true),
                    .text(
                        row.latestYear.map { "\($0): \(tonnes(row.latestTCO2e))" }
                            ?? (row.inventories == 0 ? dash : t(OverviewText.inventoriesCount, count: row.inventories)), numeric: true),
                    .text(row.perResident.map { t.decimal($0, fractionDigits: 1) } ?? dash, numeric: true),
                    .text(row.reduction.map { t.percent($0) } ?? dash, numeric: true),
                    .text(
                        row.plannedTCO2e.map { "\(row.targetYear.map(String.init) ?? ""): \(t.integer(rounding: $0))" } ?? dash,
                        numeric: true),
                    .text(tonnes(row.gapTCO2e), numeric: true),
                    .text(row.probability.map { t.percent($0) } ?? dash, numeric: true),
                    .text(
                        row.actions == 0
                            ? dash
                            : t(
                                OverviewText.actionsCounts,
                                [
                                    "onTrack": String(row.actionsOnTrack), "delayed": String(row.actionsDelayed),
                                    "completed": String(row.actionsCompleted),
                                ]),
                        numeric: true),
                    .text(
                        row.indicatorsMeasured == 0
                            ? dash
                            : t(
                                OverviewText.indicatorsCounts,
                                ["onTrack": String(row.indicatorsOnTrack), "measured": String(row.indicatorsMeasured)]),
                        numeric: true),
                ]
            }, t)
    }

    /// The members' joint pathway: key figures and the chart with its band.
    static func joint(_ overview: PartnershipOverview, _ t: Localizer) -> Node<HTML.BodyContext> {
        guard let joint = overview.joint, let target = joint.years.first(where: { $0.year == joint.targetYear }) else {
            return .section(
                .ariaLabel(t(OverviewText.jointTitle)), .h2(.text(t(OverviewText.jointTitle))), .p(.text(t(OverviewText.jointNone))))
        }
        let names = overview.jointCities.compactMap { slug in overview.rows.first { $0.slug == slug }?.name }
        let years = joint.years.map(\.year)
        var chart = YearChart(
            id: "chart-joint", title: t(OverviewText.jointChart),
            description: t(
                OverviewText.jointDesc,
                [
                    "first": String(years.first ?? 0), "last": String(years.last ?? 0), "year": String(joint.targetYear),
                    "planned": t.tonnesCO2e(target.grossTCO2e), "target": t.tonnesCO2e(target.targetTCO2e),
                ]),
            years: years, unit: t(PathwayText.unit))
        chart.keyYear = joint.targetYear
        if joint.years.allSatisfy({ $0.grossP5 != nil && $0.grossP95 != nil }) {
            chart.band = .init(
                name: t(OverviewText.jointBand), lower: joint.years.map { $0.grossP5! }, upper: joint.years.map { $0.grossP95! },
                color: "#009E73")
        }
        chart.lines = [
            .init(name: t(OverviewText.jointBAU), values: joint.years.map(\.bauTCO2e), color: "#6b6b6b", style: .dashed),
            .init(name: t(OverviewText.jointTargetLine), values: joint.years.map(\.targetTCO2e), color: "#D55E00"),
            .init(name: t(OverviewText.jointGross), values: joint.years.map(\.grossTCO2e), color: "#00603d"),
        ]
        var figures: [(String, String, String)] = [
            ("joint-planned", t(OverviewText.jointPlanned, ["year": String(joint.targetYear)]), t.tonnesCO2e(target.grossTCO2e)),
            ("joint-target", t(OverviewText.jointTarget, ["year": String(joint.targetYear)]), t.tonnesCO2e(target.targetTCO2e)),
        ]
        if let probability = joint.probabilityMeetsTarget {
            figures.append(("joint-probability", t(OverviewText.jointProbability), t.percent(probability)))
        }
        return .section(
            .ariaLabel(t(OverviewText.jointTitle)),
            .h2(.text(t(OverviewText.jointTitle))),
            .p(.text(t(OverviewText.jointLead, ["cities": t.list(names)]))),
            .div(.class("key-figures"), .forEach(figures) { id, term, value in .dl(.dt(.text(term)), .dd(.id(id), .text(value))) }),
            chart.node(t, tableCaption: t(OverviewText.jointCaption)),
            .p(.class("hint"), .text(t(OverviewText.jointAssumption))))
    }

    /// Emissions per resident and the probability of meeting the target, city by city.
    static func comparisonCharts(_ overview: PartnershipOverview, _ t: Localizer) -> Node<HTML.BodyContext> {
        let withInventory = overview.rows.filter { $0.perResident != nil }.sorted { $0.perResident! > $1.perResident! }
        let withProbability = overview.rows.filter { $0.probability != nil }.sorted { $0.probability! > $1.probability! }
        var nodes: [Node<HTML.BodyContext>] = []
        if let most = withInventory.first {
            let chart = BarChart(
                id: "chart-per-resident", title: t(OverviewText.perResidentTitle),
                description: t(
                    OverviewText.perResidentDesc,
                    [
                        "city": most.name,
                        "value": t(OverviewText.tonnesPerResident, ["value": t.decimal(most.perResident!, fractionDigits: 1)]),
                    ]),
                valueHeading: t(OverviewText.columnPerResident),
                bars: withInventory.map { row in
                    .init(
                        label: row.name, value: row.perResident!,
                        text: t(OverviewText.tonnesPerResident, ["value": t.decimal(row.perResident!, fractionDigits: 1)]),
                        color: row.member ? "#00603d" : "#7f7f7f")
                })
            nodes += [.h2(.text(chart.title)), chart.node(t, rowHeading: t(OverviewText.columnCity))]
        }
        if let best = withProbability.first {
            var chart = BarChart(
                id: "chart-probability", title: t(OverviewText.probabilityTitle),
                description: t(OverviewText.probabilityDesc, ["city": best.name, "value": t.percent(best.probability!)]),
                valueHeading: t(OverviewText.columnProbability),
                bars: withProbability.map { row in
                    .init(label: row.name, value: row.probability!, text: t.percent(row.probability!), color: "#0072B2")
                })
            chart.maximum = 1
            nodes += [.h2(.text(chart.title)), chart.node(t, rowHeading: t(OverviewText.columnCity))]
        }
        return .group(nodes)
    }

    @Sendable static func csv(_ request: Request) async throws -> Response {
        let list = ListQuery<OverviewSort>(query: (try? request.query.decode([String: String].self)) ?? [:])
        let (overview, _) = try await PartnershipOverview.kept(
            on: request.db, memory: request.application.workspaceMemory, gate: request.application.gates.overview)
        let header = [
            "slug", "name", "member", "population", "baseline_year", "baseline_tco2e", "latest_year", "latest_tco2e", "tco2e_per_resident",
            "reduction_since_baseline", "target_year", "planned_tco2e", "gap_tco2e", "probability_meets_target", "actions",
            "actions_on_track", "actions_delayed", "actions_completed", "indicators_measured", "indicators_on_track",
        ]
        let rows = sorted(overview.rows, by: list.sort).map { row -> [String] in
            [
                row.slug, row.name, row.member ? "true" : "false", String(row.population), row.baselineYear.map(String.init) ?? "",
                CSVTable.number(row.baselineTCO2e), row.latestYear.map(String.init) ?? "", CSVTable.number(row.latestTCO2e),
                CSVTable.number(row.perResident), CSVTable.number(row.reduction), row.targetYear.map(String.init) ?? "",
                CSVTable.number(row.plannedTCO2e), CSVTable.number(row.gapTCO2e), CSVTable.number(row.probability), String(row.actions),
                String(row.actionsOnTrack), String(row.actionsDelayed), String(row.actionsCompleted), String(row.indicatorsMeasured),
                String(row.indicatorsOnTrack),
            ]
        }
        return CSVDownload.response(CSVTable.write(header: header, rows: rows), name: "partnership", request)
    }
}
