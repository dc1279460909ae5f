import ClimateModel
import Fluent
import Foundation
import Kernel
import Plot
import Vapor

/// The pathway dashboard of a city (PRODUCT.md B, Pathway): key figures, the
/// pathway against the target line with its uncertainty band, emissions by
/// sector, what each action contributes, and the gap in the target year.
enum PathwayDashboard {
    /// How many actions get a wedge of their own; the rest are shown together.
    static let wedgeCount = 8

    /// The dashboard of a city as HTML, kept in memory until the city's data
    /// change: drawing the charts is most of the work of the city's page.
    /// Cities that are not members and have no inventory get none.
    static func html(_ city: City, token: UUID, _ request: Request) async throws -> String {
        let cityID = try city.requireID()
        let memory = request.application.workspaceMemory
        let key = "dashboard:\(cityID):\(request.language.rawValue)"
        if let html = memory.value(key, token: token, as: String.self) { return html }
        let pathway = try await Pathway.snapshot(for: city, token: token, on: request.db, memory: memory)
        var html = ""
        if case .failure(.noInventory) = pathway, city.membershipStatus != .member {
            html = ""
        } else {
            html = section(city, pathway, request.t).render()
        }
        memory.keep(html, key, token: token)
        return html
    }

    static func section(_ city: City, _ result: Result<PathwaySnapshot, Pathway.Unavailable>, _ t: Localizer) -> Node<HTML.BodyContext> {
        let content: Node<HTML.BodyContext>
        switch result {
        case .failure(.noInventory):
            content = .p(.text(t(PathwayText.noInventory)))
        case .failure(.invalid(let problems)):
            content = .div(
                .class("notice notice-warning"), .p(.text(t(PathwayText.invalid))), .p(.text(t(PathwayText.invalidLead))),
                .ul(.forEach(problems) { .li(.text(t.problem($0))) }))
        case .success(let snapshot):
            content = .group(
                dashboard(city, snapshot, t),
                .ul(
                    .class("links"),
                    .li(.a(.href(SiteRoute.cityWhatIf(slug: city.slug).path), .text(t(PathwayText.whatIfLink)))),
                    .li(.a(.href(SiteRoute.cityScenarios(slug: city.slug).path), .text(t(PathwayText.scenariosLink))))))
        }
        return .section(
            .id("pathway"), .ariaLabel(t(PathwayText.title)),
            .h2(.text(t(PathwayText.title))),
            .p(
                .text(t(PathwayText.lead)), .text(" "),
                .a(.href(SiteRoute.cityGrowth(slug: city.slug).path), .text(t(PathwayText.growthLink)))),
            content,
            .p(
                .a(
                    .href(SiteRoute.apiCityPathway(slug: city.slug).path), .attribute(named: "type", value: "application/json"),
                    .text(t(PathwayText.openData))))
        )
    }

    static func dashboard(_ city: City, _ snapshot: PathwaySnapshot, _ t: Localizer) -> Node<HTML.BodyContext> {
        let result = snapshot.result
        let years = result.years.map(\.year)
        let targetYear = result.targetYear
        let baseline = result.baseline.totalTCO2e
        let target = snapshot.year(targetYear)
        let planned = target?.grossTCO2e ?? 0
        let targetLevel = target?.targetTCO2e ?? 0
        let gap = target?.gapTCO2e ?? 0
        let tons = t.tonnesCO2e
        var figures: [(String, String, String?)] = [
            (t(PathwayText.baseline, ["year": String(result.baselineYear)]), tons(baseline), nil),
            (
                t(PathwayText.planned, ["year": String(targetYear)]), tons(planned),
                baseline > 0 ? t(PathwayText.reductionSince, ["percent": t.percent(1 - planned / baseline)]) : nil
            ),
            (t(PathwayText.target, ["year": String(targetYear)]), tons(targetLevel), nil),
            (t(PathwayText.gap, ["year": String(targetYear)]), gap > 0 ? tons(gap) : t(ClimateText.gapNone), nil),
        ]
        if let removals = target?.removalsTCO2e, removals > 0 {
            figures.append((t(PathwayText.removals, ["year": String(targetYear)]), tons(removals), t(PathwayText.removalsLead)))
        }
        if let probability = result.target.probabilityMeetsReduction {
            figures.append((t(PathwayText.probability), t.percent(probability), t(PathwayText.probabilityLead)))
        }
        let basis = t(
            PathwayText.basis,
            [
                "year": String(snapshot.inventoryYear), "status": t(snapshot.inventoryStatus.text),
                "actions": t(ActionsText.count, count: snapshot.actions.count), "draws": t.integer(snapshot.draws),
                "date": t.dateTime(snapshot.computedAt),
            ])
        return .group(
            .div(
                .class("key-figures"),
                .forEach(figures) { term, value, note in
                    .dl(.dt(.text(term)), .dd(.text(value)), .unwrap(note) { .dd(.class("hint"), .text($0)) })
                }),
            .p(.class("hint"), .text(basis)),
            .h3(.text(t(PathwayText.pathwayTitle, city.nameForms(t.language)))),
            pathwayChart(city, snapshot, years, t).node(t, tableCaption: t(PathwayText.tableCaption)),
            .h3(.text(t(PathwayText.gapTitle, ["year": String(targetYear)]))),
            gapChart(snapshot, t),
            .h3(.text(t(PathwayText.wedgesTitle, city.nameForms(t.language)))),
            wedgeChart(city, snapshot, years, t).node(t, tableCaption: t(PathwayText.tableCaption)),
            .h3(.text(t(PathwayText.sectorsTitle, city.nameForms(t.language)))),
            sectorChart(city, snapshot, years, t).node(t, tableCaption: t(PathwayText.tableCaption))
        )
    }

    static func pathwayChart(_ city: City, _ snapshot: PathwaySnapshot, _ years: [Int], _ t: Localizer) -> YearChart {
        let rows = snapshot.result.years
        let target = snapshot.year(snapshot.result.targetYear)
        var chart = YearChart(
            id: "chart-pathway", title: t(PathwayText.pathwayTitle, city.nameForms(t.language)),
            description: t(
                PathwayText.pathwayDesc,
                [
                    "planned": t.tonnesCO2e(target?.grossTCO2e ?? 0), "year": String(snapshot.result.targetYear),
                    "target": t.tonnesCO2e(target?.targetTCO2e ?? 0), "low": t.tonnesCO2e(target?.grossP5 ?? target?.grossTCO2e ?? 0),
                    "high": t.tonnesCO2e(target?.grossP95 ?? target?.grossTCO2e ?? 0), "bau": t.tonnesCO2e(target?.bauTCO2e ?? 0),
                ]),
            years: years, unit: t(PathwayText.unit))
        chart.keyYear = snapshot.result.targetYear
        if rows.allSatisfy({ $0.grossP5 != nil && $0.grossP95 != nil }) {
            chart.band = .init(
                name: t(PathwayText.band), lower: rows.map { $0.grossP5! }, upper: rows.map { $0.grossP95! }, color: "#009E73")
        }
        chart.lines = [
            .init(name: t(PathwayText.bau), values: rows.map(\.bauTCO2e), color: "#6b6b6b", style: .dashed),
            .init(name: t(PathwayText.targetLine), values: rows.map(\.targetTCO2e), color: "#D55E00"),
            .init(name: t(PathwayText.plannedLine), values: rows.map(\.grossTCO2e), color: "#00603d"),
        ]
        return chart
    }

    static func sectorChart(_ city: City, _ snapshot: PathwaySnapshot, _ years: [Int], _ t: Localizer) -> YearChart {
        let rows = snapshot.result.years
        let sectors = ["I", "II", "III", "IV", "V"].filter { sector in rows.contains { ($0.bySector[sector] ?? 0) != 0 } }
        let year = snapshot.result.targetYear
        let inTarget = snapshot.year(year)?.bySector ?? [:]
        let largest = sectors.max { (inTarget[$0] ?? 0) < (inTarget[$1] ?? 0) } ?? "I"
        var chart = YearChart(
            id: "chart-sectors", title: t(PathwayText.sectorsTitle, city.nameForms(t.language)),
            description: t(
                PathwayText.sectorsDesc,
                [
                    "first": String(years.first ?? 0), "last": String(years.last ?? 0), "year": String(year), "sector": t.sector(largest),
                    "value": t.tonnesCO2e(inTarget[largest] ?? 0),
                ]),
            years: years, unit: t(PathwayText.unit))
        chart.keyYear = snapshot.result.targetYear
        chart.areas = sectors.enumerated().map { index, sector in
            .init(name: t.sector(sector), values: rows.map { $0.bySector[sector] ?? 0 }, color: YearChart.palette[index])
        }
        return chart
    }

    static func wedgeChart(_ city: City, _ snapshot: PathwaySnapshot, _ years: [Int], _ t: Localizer) -> YearChart {
        let rows = snapshot.result.years
        let year = String(snapshot.result.targetYear)
        let names = snapshot.labels.mapValues(\.name)
        // Removals lower net, not gross emissions, so they are no wedge between BAU and gross.
        let removals = Set(snapshot.actions.filter { $0.kind == .removal }.map(\.code))
        let ranked = snapshot.result.actions.filter { !removals.contains($0.id) }.sorted {
            ($0.reductionTCO2e[year] ?? 0) > ($1.reductionTCO2e[year] ?? 0)
        }
        let own = ranked.prefix(wedgeCount)
        let rest = ranked.dropFirst(wedgeCount)
        func values(_ action: ScenarioResult.ActionResult) -> [Double] { years.map { action.reductionTCO2e[String($0)] ?? 0 } }
        let top = ranked.first
        var chart = YearChart(
            id: "chart-wedges", title: t(PathwayText.wedgesTitle, city.nameForms(t.language)),
            description: t(
                PathwayText.wedgesDesc,
                [
                    "year": year, "action": top.map { "\($0.id) \(names[$0.id] ?? "")" } ?? "—",
                    "value": t.tonnesCO2e(top?.reductionTCO2e[year] ?? 0),
                ]),
            years: years, unit: t(PathwayText.unit))
        chart.keyYear = snapshot.result.targetYear
        chart.areas =
            [.init(name: t(PathwayText.remaining), values: rows.map(\.grossTCO2e), color: "#c9d3cd")]
            + own.map { action in
                // Each action keeps its colour, whatever others are added.
                .init(
                    name: "\(action.id) \(names[action.id] ?? "")", values: values(action), color: YearChart.colour(for: action.id),
                    short: action.id)
            }
        if !rest.isEmpty {
            let sum = years.indices.map { index in rest.reduce(0.0) { $0 + values($1)[index] } }
            chart.areas.append(.init(name: t(PathwayText.otherActions), values: sum, color: "#8a8a8a"))
        }
        chart.lines = [.init(name: t(PathwayText.bau), values: rows.map(\.bauTCO2e), color: "#333333", style: .dashed)]
        return chart
    }

    /// Bars of the baseline, the target and the planned emissions in the
    /// target year, with the planned interval, and their table.
    static func gapChart(_ snapshot: PathwaySnapshot, _ t: Localizer) -> Node<HTML.BodyContext> {
        let year = snapshot.result.targetYear
        guard let row = snapshot.year(year) else { return .empty }
        let baseline = snapshot.result.baseline.totalTCO2e
        let bars: [(String, Double, String)] = [
            (t(PathwayText.gapBaseline), baseline, "#7f7f7f"), (t(PathwayText.gapTarget), row.targetTCO2e, "#D55E00"),
            (t(PathwayText.gapPlanned), row.grossTCO2e, "#00603d"),
        ]
        let maximum = YearChart.niceStep(max(baseline, row.grossP95 ?? 0, row.grossTCO2e) / 4) * 4
        let gap = row.gapTCO2e
        let description = t(
            PathwayText.gapDesc,
            [
                "baseline": t.tonnesCO2e(baseline), "target": t.tonnesCO2e(row.targetTCO2e), "planned": t.tonnesCO2e(row.grossTCO2e),
                "gap": gap > 0 ? t.tonnesCO2e(gap) : t(ClimateText.gapNone),
            ])
        let n = YearChart.number
        // Wide for screens and paper, narrow for phones (labels at 12 px or more).
        let title = t(PathwayText.gapTitle, ["year": String(year)])
        func svg(_ frame: YearChart.Frame) -> String {
            let (left, font) = (frame.left, frame.font)
            func x(_ value: Double) -> Double { left + max(0, value) / max(maximum, 1) * (frame.width - left - frame.right) }
            var svg = YearChart.opening(id: "chart-gap", frame, title: title, description: description)
            for (index, bar) in bars.enumerated() {
                let y = 14.0 + Double(index) * 42
                // The planned bar's label goes past its interval's whisker.
                let end = index == 2 ? max(x(bar.1), x(row.grossP95 ?? 0)) : x(bar.1)
                svg += "<text x=\"\(n(left - 8))\" y=\"\(n(y + 19))\" text-anchor=\"end\" font-size=\"\(n(font))\" fill=\"#1d2a23\">"
                svg += bar.0.attributeEscaped + "</text>"
                svg += "<rect x=\"\(n(left))\" y=\"\(n(y))\" width=\"\(n(x(bar.1) - left))\" height=\"28\" fill=\"\(bar.2)\"/>"
                svg += "<text x=\"\(n(end + 6))\" y=\"\(n(y + 19))\" font-size=\"\(n(font))\" fill=\"#1d2a23\">"
                svg += t.integer(rounding: bar.1) + "</text>"
            }
            if let low = row.grossP5, let high = row.grossP95 {
                let y = 14.0 + 2 * 42 + 14
                let line = "stroke=\"#1d2a23\" stroke-width=\"2\"/>"
                svg += "<line x1=\"\(n(x(low)))\" x2=\"\(n(x(high)))\" y1=\"\(n(y))\" y2=\"\(n(y))\" " + line
                for end in [low, high] {
                    svg += "<line x1=\"\(n(x(end)))\" x2=\"\(n(x(end)))\" y1=\"\(n(y - 8))\" y2=\"\(n(y + 8))\" " + line
                }
            }
            return svg + "</svg>"
        }
        var rows: [Node<HTML.TableContext>] = bars.map { .tr(Tables.rowHeading($0.0), Tables.number(t.integer(rounding: $0.1))) }
        if let low = row.grossP5, let high = row.grossP95 {
            rows.append(
                .tr(
                    Tables.rowHeading(t(PathwayText.gapRange)),
                    Tables.number("\(t.integer(rounding: low))–\(t.integer(rounding: high))")))
        }
        rows.append(
            .tr(Tables.rowHeading(t(PathwayText.gap, ["year": String(year)])), Tables.number(t.integer(rounding: max(0, gap)))))
        let table = Tables.table(
            caption: t(PathwayText.tableCaption) + " (" + t(PathwayText.unit) + ")", headings: [("", false), (String(year), true)],
            rows: rows)
        // Bars with their names left of them and their numbers after them.
        let wide = YearChart.Frame(width: 720, height: 150, left: 130, right: 110, top: 0, bottom: 0, font: 13, suffix: "")
        let narrow = YearChart.Frame(width: 330, height: 150, left: 96, right: 64, top: 0, bottom: 0, font: 14, suffix: "-narrow")
        return .div(.class("chart"), .raw(svg(wide)), .raw(svg(narrow)), YearChart.numbers(title: title, table, printed: table, t))
    }
}
