import ClimateModel
import Fluent
import Kernel
import Plot
import Vapor

/// The emission factors Zaveza uses by default (the shipped reference data),
/// for everyone to read.
enum FactorsController {
    static func register(_ routes: any RoutesBuilder) {
        routes.get(.factors, use: show)
    }

    @Sendable static func show(_ request: Request) async throws -> HTMLResponse {
        try await render(request, national: FormState())
    }

    /// The page, with the national factors people entered; the coordinator also gets their form.
    static func render(_ request: Request, national state: FormState, status: HTTPResponseStatus = .ok) async throws -> HTMLResponse {
        let t = request.t
        let canEdit = request.principal?.can(.editNationalFactors) ?? false
        let entered = try await EmissionFactor.query(on: request.db).filter(\.$cityID == nil).sort(\.$carrier).sort(\.$yearFrom).all()
        var extra: [Node<HTML.BodyContext>] = []
        if !entered.isEmpty || canEdit {
            extra += [.h2(.text(t(FactorsText.enteredNationalTitle))), .p(.text(t(FactorsText.enteredNationalLead)))]
        }
        if !entered.isEmpty {
            extra.append(
                FactorsEditController.factorTable(
                    entered, caption: t(FactorsText.enteredNationalCaption), delete: canEdit ? { .nationalFactorDelete(id: $0) } : nil,
                    request))
        }
        if canEdit { extra += FactorsEditController.form(title: t(FactorsText.addNationalTitle), action: .factors, state, request) }
        var page = FactorsPage.page(.shipped, t)
        page.content = .group(page.content, .group(extra))
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }
}

enum FactorsPage {
    struct Model {
        struct Fuel {
            let carrier: String
            let co2KgPerTJ: Double?
            let biogenic: Bool
            let ncvTJPerGg: Double?
            /// tCO2e per MWh burnt in homes (I.1), AR5.
            let residentialPerMWh: Double
            /// (use, CH4 kg/TJ, N2O kg/TJ) where either is given.
            let combustion: [(use: CombustionColumn, ch4: Double, n2o: Double)]
        }

        let fuels: [Fuel]
        let gwp: [(set: GWPSet, ch4: Double, n2o: Double)]
        let national: [NationalFactor]

        /// The shipped reference data, worked out once.
        static let shipped = Model(.shipped)

        init(_ data: ReferenceData) {
            let (ch4, n2o) = data.gwp[.ar5] ?? (0, 0)
            fuels = data.fuels.values.sorted { $0.carrier < $1.carrier }.map { fuel in
                Fuel(
                    carrier: fuel.carrier, co2KgPerTJ: fuel.co2KgPerTJ, biogenic: fuel.co2IsBiogenic, ncvTJPerGg: fuel.ncvTJPerGg,
                    residentialPerMWh: Inventory.fuelEmission(carrier: fuel.carrier, megawattHours: 1, subsector: "I.1", reference: data)
                        .tco2e(ch4GWP: ch4, n2oGWP: n2o),
                    combustion: CombustionColumn.allCases.compactMap { use in
                        let (c, n) = (fuel.ch4KgPerTJ[use], fuel.n2oKgPerTJ[use])
                        return c == nil && n == nil ? nil : (use, c ?? 0, n ?? 0)
                    })
            }
            gwp = GWPSet.allCases.compactMap { set in data.gwp[set].map { (set, $0.ch4, $0.n2o) } }
            national = data.nationalFactors
        }
    }

    static func page(_ model: Model, _ t: Localizer) -> Page {
        let fuels = model.fuels.sorted { t.carrier($0.carrier) < t.carrier($1.carrier) }
        func number(_ value: Double?, _ digits: Int = 1) -> String { value.map { t.decimal($0, fractionDigits: digits) } ?? "—" }
        func column(_ text: String, numeric: Bool = true) -> Node<HTML.TableRowContext> {
            .th(.if(numeric, .class("num")), .attribute(named: "scope", value: "col"), .text(text))
        }
        return Page(
            title: t(FactorsText.title), description: t(FactorsText.lead), section: .factors,
            breadcrumbs: [.init(title: t(CoreText.navHome), route: .home)],
            content: .group(
                .h1(.text(t(FactorsText.title))),
                .p(.class("lead"), .text(t(FactorsText.lead))),
                .h2(.text(t(FactorsText.fuelsTitle))),
                .p(.text(t(FactorsText.fuelsLead))),
                .div(
                    .class("table-scroll"),
                    .table(
                        .caption(.text(t(FactorsText.fuelsCaption, ["n": t.integer(fuels.count)]))),
                        .thead(
                            .tr(
                                column(t(FactorsText.columnCarrier), numeric: false), column(t(FactorsText.columnCO2)),
                                column(t(FactorsText.columnNCV)), column(t(FactorsText.columnPerMWh)))),
                        .tbody(
                            .forEach(fuels) { fuel in
                                .tr(
                                    .th(.attribute(named: "scope", value: "row"), .text(t.carrier(fuel.carrier))),
                                    .td(
                                        .class("num"), .text(number(fuel.co2KgPerTJ, 0)),
                                        .if(fuel.biogenic, .text(" (" + t(FactorsText.biogenic) + ")"))),
                                    .td(.class("num"), .text(number(fuel.ncvTJPerGg))),
                                    .td(.class("num"), .text(number(fuel.residentialPerMWh, 3))))
                            })
                    )
                ),
                .h2(.text(t(FactorsText.combustionTitle))),
                .p(.text(t(FactorsText.combustionLead))),
                .forEach(fuels.filter { !$0.combustion.isEmpty }) { fuel in
                    .div(
                        .class("table-scroll"),
                        .table(
                            .caption(.text(t(FactorsText.combustionCaption, ["carrier": t.carrier(fuel.carrier)]))),
                            .thead(
                                .tr(
                                    column(t(FactorsText.columnUse), numeric: false), column(t(FactorsText.ch4Column)),
                                    column(t(FactorsText.n2oColumn)))),
                            .tbody(
                                .forEach(fuel.combustion) { row in
                                    .tr(
                                        .th(.attribute(named: "scope", value: "row"), .text(t(row.use.text))),
                                        .td(.class("num"), .text(number(row.ch4))), .td(.class("num"), .text(number(row.n2o))))
                                })
                        )
                    )
                },
                .h2(.text(t(FactorsText.gasesTitle))),
                .div(
                    .class("table-scroll"),
                    .table(
                        .caption(.text(t(FactorsText.gasesCaption))),
                        .thead(.tr(column(t(FactorsText.columnGas), numeric: false), .forEach(model.gwp) { column($0.set.rawValue) })),
                        .tbody(
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .text("CH4")),
                                .forEach(model.gwp) { .td(.class("num"), .text(number($0.ch4))) }),
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .text("N2O")),
                                .forEach(model.gwp) { .td(.class("num"), .text(number($0.n2o, 0))) })
                        )
                    )
                ),
                .h2(.text(t(FactorsText.gridTitle))),
                .p(.text(t(FactorsText.gridLead))),
                .div(
                    .class("table-scroll"),
                    .table(
                        .caption(.text(t(FactorsText.nationalCaption))),
                        .thead(
                            .tr(
                                column(t(FactorsText.columnYear), numeric: false), column(t(FactorsText.columnCarrier), numeric: false),
                                column(t(FactorsText.columnFactor)), column(t(FactorsText.columnSource), numeric: false))),
                        .tbody(
                            .forEach(model.national) { factor in
                                .tr(
                                    .th(.attribute(named: "scope", value: "row"), .text(String(factor.year))),
                                    .td(.text(t.carrier(factor.carrier))), .td(.class("num"), .text(number(factor.tco2ePerMWh, 3))),
                                    .td(.text(factor.name(in: t.language.rawValue) + "; " + factor.source(in: t.language.rawValue))))
                            })
                    )
                ),
                .p(.text(t(FactorsText.zeroLead))),
                .h2(.text(t(FactorsText.sourcesTitle))),
                .ul(.li(.text(t(FactorsText.sourceFuels))), .li(.text(t(FactorsText.sourceGWP))))
            )
        )
    }
}

extension CombustionColumn {
    var text: FactorsText {
        switch self {
        case .residential: .useResidential
        case .commercial: .useCommercial
        case .manufacturing: .useManufacturing
        case .energyIndustries: .useEnergyIndustries
        case .road: .useRoad
        }
    }
}
