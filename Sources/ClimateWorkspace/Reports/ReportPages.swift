import ClimateModel
import Kernel
import Plot
import Vapor

/// Reports as printable pages, drawn from their documents (the live ones and
/// the kept snapshots alike), in the reader's language.
enum ReportPages {
    static func ton(_ value: Double?, _ t: Localizer) -> String { value.map { t.integer(rounding: $0) } ?? "—" }

    static func body(_ kind: ReportKind, json: Data, _ t: Localizer) throws -> Node<HTML.BodyContext> {
        let decoder = JSONDecoder()
        switch kind {
        case .ccc: return ccc(try decoder.decode(CCCReport.self, from: json), t)
        case .covenant: return covenant(try decoder.decode(CovenantReport.self, from: json), t)
        case .gpc: return gpc(try decoder.decode(GPCReport.self, from: json), t)
        }
    }

    static func ccc(_ report: CCCReport, _ t: Localizer) -> Node<HTML.BodyContext> {
        let totals = report.baseline.reduce(into: [Double](repeating: 0, count: 8)) { sum, row in
            for (index, value) in [
                row.scope1TCO2e, row.scope2TCO2e, row.scope3TCO2e, row.totalTCO2e, row.co2T, row.ch4T, row.n2oT, row.unsplitTCO2e,
            ].enumerated() {
                sum[index] += value
            }
        }
        func sectorRow(_ title: String, _ values: [Double]) -> Node<HTML.TableContext> {
            .tr(
                Tables.rowHeading(title),
                .forEach(values.enumerated()) { index, value in
                    Tables.number(index == 5 || index == 6 ? t.decimal(value, fractionDigits: 2) : ton(value, t))
                })
        }
        let targetYear = report.gap?.targetYear
        return .group(
            .h2(.text(t(ReportsText.baselineTitle, ["year": String(report.inventoryYear)]))),
            Tables.table(
                caption: t(ReportsText.baselineTitle, ["year": String(report.inventoryYear)]) + " · GWP \(report.gwp) · \(report.coverage)",
                headings: [
                    (t(ReportsText.sector), false), (t(ReportsText.scope1), true), (t(ReportsText.scope2), true),
                    (t(ReportsText.scope3), true),
                    (t(ReportsText.total), true), (t(ReportsText.co2), true), (t(ReportsText.ch4), true), (t(ReportsText.n2o), true),
                    (t(ReportsText.unsplit), true),
                ],
                rows: report.baseline.map { row in
                    sectorRow(
                        t.sector(row.sector),
                        [
                            row.scope1TCO2e, row.scope2TCO2e, row.scope3TCO2e, row.totalTCO2e, row.co2T, row.ch4T, row.n2oT,
                            row.unsplitTCO2e,
                        ])
                } + [sectorRow(t(ClimateText.total), totals)]),
            .h2(.text(t(ReportsText.actionsTitle))),
            Tables.table(
                caption: t(ReportsText.actionsTitle),
                headings: [
                    (t(ReportsText.code), false), (t(ReportsText.name), false), (t(ActionsText.field), false),
                    (t(ReportsText.status), false),
                    (t(ReportsText.progress), true), (t(ReportsText.responsible), false), (t(ReportsText.period), false),
                    (t(ReportsText.capex), true),
                    (targetYear.map { t(ReportsText.reduction, ["year": String($0)]) } ?? t(ActionsText.sortReduction), true),
                ],
                rows: report.actions.map { action in
                    .tr(
                        Tables.rowHeading(action.code), .td(.attribute(named: "lang", value: "sl"), .text(action.name)),
                        .td(.text(FieldOfAction(rawValue: action.field).map { t($0.text) } ?? action.field)),
                        .td(.text(ActionStatus(rawValue: action.status).map { t($0.text) } ?? action.status)),
                        Tables.number(t.percent(Double(action.progress) / 100)), .td(.text(action.responsible ?? "")),
                        .td(.text([action.start, action.end].compactMap { $0 }.joined(separator: "–"))),
                        Tables.number(ton(action.capexEUR, t)),
                        Tables.number(ton(action.reductionTCO2e, t)))
                }),
            .h2(.text(t(ReportsText.indicatorsTitle))),
            Tables.table(
                caption: t(ReportsText.indicatorsTitle),
                headings: [
                    (t(ReportsText.name), false), (t(ReportsText.unit), false), (t(ReportsText.baseline), true),
                    (t(ReportsText.latest), true),
                    (t(ReportsText.target), true), (t(ReportsText.status), false),
                ],
                rows: report.indicators.map { indicator in
                    func value(_ number: Double?, _ when: String?) -> String {
                        number.map { IndicatorPages.number($0, t) + (when.map { " (\($0))" } ?? "") } ?? "—"
                    }
                    return .tr(
                        Tables.rowHeading(indicator.name), .td(.text(indicator.unit)),
                        Tables.number(value(indicator.baselineValue, indicator.baselineYear.map(String.init))),
                        Tables.number(value(indicator.latestValue, indicator.latestDate)),
                        Tables.number(value(indicator.targetValue, indicator.targetYear.map(String.init))),
                        .td(.text(IndicatorStatus(rawValue: indicator.status).map { t($0.text) } ?? indicator.status)))
                }),
            .unwrap(report.gap) { gap in
                .group(
                    .h2(.text(t(ReportsText.gapTitle))),
                    Tables.table(
                        caption: t(ReportsText.gapTitle) + " (t CO₂e)", headings: [("", false), ("", true)],
                        rows: [
                            .tr(
                                Tables.rowHeading(t(ReportsText.gapBaseline, ["year": String(gap.baselineYear)])),
                                Tables.number(ton(gap.baselineTCO2e, t))),
                            .tr(
                                Tables.rowHeading(t(ReportsText.gapTarget, ["year": String(gap.targetYear)])),
                                Tables.number(ton(gap.targetTCO2e, t))),
                            .tr(
                                Tables.rowHeading(t(ReportsText.gapPlanned, ["year": String(gap.targetYear)])),
                                Tables.number(ton(gap.plannedTCO2e, t))),
                            .tr(
                                Tables.rowHeading(t(ReportsText.gapRange)),
                                Tables.number("\(ton(gap.plannedP5, t))–\(ton(gap.plannedP95, t))")),
                            .tr(Tables.rowHeading(t(ReportsText.gapValue)), Tables.number(ton(max(0, gap.gapTCO2e), t))),
                            .tr(Tables.rowHeading(t(ReportsText.removals)), Tables.number(ton(gap.removalsTCO2e, t))),
                            .tr(
                                Tables.rowHeading(t(ReportsText.probability)),
                                Tables.number(gap.probabilityMeetsTarget.map { t.percent($0) } ?? "—")),
                        ]))
            }
        )
    }

    static let sectorNames: [String: ReportsText] = [
        "residential": .residential, "tertiary": .tertiary, "industry": .industry, "energy_industries": .energyIndustries,
        "agriculture": .agriculture, "other_stationary": .otherStationary, "road_transport": .roadTransport, "rail": .rail,
        "waterborne": .waterborne, "aviation": .aviation, "off_road": .offRoad,
    ]

    static func carrierName(_ id: String, _ t: Localizer) -> String {
        let own: [String: ReportsText] = [
            "heat": .carrierHeat, "liquid_gas": .carrierLiquidGas, "heating_oil": .carrierHeatingOil, "coal": .carrierCoal,
            "other_fossil": .carrierOtherFossil, "biofuels": .carrierBiofuels, "other_biomass": .carrierOtherBiomass,
            "geothermal": .carrierGeothermal,
        ]
        return own[id].map { t($0) } ?? t.carrier(id)
    }

    static func covenant(_ report: CovenantReport, _ t: Localizer) -> Node<HTML.BodyContext> {
        let carriers = CovenantReport.carriers.map(\.id).filter { id in report.rows.contains { ($0.mwh[id] ?? 0) != 0 } }
        func table(_ caption: String, _ values: (CovenantReport.Row) -> [String: Double], _ total: (CovenantReport.Row) -> Double)
            -> Node<HTML.BodyContext>
        {
            let rows = report.rows.filter { total($0) != 0 }
            let sums = carriers.map { id in rows.reduce(0) { $0 + (values($1)[id] ?? 0) } }
            return Tables.table(
                caption: caption,
                headings: [(t(ReportsText.sector), false)] + carriers.map { (carrierName($0, t), true) } + [(t(ClimateText.total), true)],
                rows: rows.map { row in
                    .tr(
                        Tables.rowHeading(sectorNames[row.sector].map { t($0) } ?? row.sector),
                        .forEach(carriers) { Tables.number(ton(values(row)[$0] ?? 0, t)) }, Tables.number(ton(total(row), t)))
                } + [
                    .tr(
                        Tables.rowHeading(t(ClimateText.total)), .forEach(sums) { Tables.number(ton($0, t)) },
                        Tables.number(ton(rows.reduce(0) { $0 + total($1) }, t)))
                ])
        }
        return .group(
            .h2(.text(t(ReportsText.mwhTitle))), table(t(ReportsText.mwhTitle), { $0.mwh }, { $0.totalMWh }),
            .h2(.text(t(ReportsText.tco2Title, ["gwp": report.gwp]))),
            table(t(ReportsText.tco2Title, ["gwp": report.gwp]), { $0.tco2e }, { $0.totalTCO2e })
        )
    }

    static func gpc(_ report: GPCReport, _ t: Localizer) -> Node<HTML.BodyContext> {
        Tables.table(
            caption: t(ReportsText.gpc) + " \(report.inventoryYear) · GWP \(report.gwp) · \(report.coverage)",
            headings: [
                (t(ClimateText.gpc), false), (t(ReportsText.sector), false), (t(ClimateText.carrier), false),
                (t(ClimateText.amount), true),
                (t(ClimateText.unit), false), ("MWh", true), (t(ReportsText.co2), true), (t(ReportsText.ch4), true),
                (t(ReportsText.n2o), true),
                (t(ClimateText.emissions), true), (t(ClimateText.dataSource), false), (t(ClimateText.quality), false),
            ],
            rows: report.rows.map { row in
                .tr(
                    Tables.rowHeading(row.gpc + (row.counted ? "" : " *")), .td(.text(t.sector(row.sector))),
                    .td(.text(row.carrier.map { t.carrier($0) } ?? row.notationKey ?? "")),
                    Tables.number(row.amount.map { IndicatorPages.number($0, t) } ?? ""), .td(.text(row.unit ?? "")),
                    Tables.number(row.mwh.map { ton($0, t) } ?? ""), Tables.number(row.co2T.map { ton($0, t) } ?? ""),
                    Tables.number(row.ch4T.map { t.decimal($0, fractionDigits: 2) } ?? ""),
                    Tables.number(row.n2oT.map { t.decimal($0, fractionDigits: 2) } ?? ""),
                    Tables.number(row.tco2e.map { ton($0, t) } ?? ""),
                    .td(.attribute(named: "lang", value: "sl"), .text(row.dataSource ?? "")),
                    .td(.text(row.quality.flatMap(DataQuality.init(rawValue:)).map { t($0.text) } ?? "")))
            })
    }
}
