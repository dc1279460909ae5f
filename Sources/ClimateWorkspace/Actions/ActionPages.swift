import ClimateModel
import Fluent
import Kernel
import Plot
import Vapor

/// The pages of the action portfolio.
enum ActionPages {
    /// One page of the list: `actions` of `matching` that the filter lets through, of `total`.
    static func list(
        _ city: City, actions: [CityAction], matching: Int, total: Int, page: Int, pages: Int, filter: ActionFilter,
        reductions: [String: Double], targetYear: Int?, _ request: Request
    ) throws -> Page {
        let t = request.t
        // A heading that sorts the list by its column (from the first page).
        func column(_ title: String, _ sort: ActionFilter.Sort, numeric: Bool = false, order: Tables.Column.Order = .ascending)
            -> Tables.Column
        {
            Tables.sorting(title, by: sort, current: filter.sort, own: .code, numeric: numeric, order: order) { sort in
                var changed = filter
                changed.sort = sort
                changed.page = nil
                return .cityActions(slug: city.slug, filter: changed)
            }
        }
        let canEdit = request.principal?.can(.editCity(try city.requireID())) ?? false
        func link(_ title: String, _ changed: ActionFilter) -> Node<HTML.ListContext> {
            // Another filter starts from its first page.
            var changed = changed
            changed.page = nil
            var shown = filter
            shown.page = nil
            let current = changed == shown
            return .li(
                .a(
                    .href(SiteRoute.cityActions(slug: city.slug, filter: changed).path),
                    .if(current, .attribute(named: "aria-current", value: "true")), .text(title)))
        }
        func filterGroup(_ label: String, _ items: [Node<HTML.ListContext>]) -> Node<HTML.BodyContext> {
            .nav(.class("filters"), .ariaLabel(label), .span(.text(label + ":")), .ul(.group(items)))
        }
        var withoutField = filter
        withoutField.field = nil
        var withoutStatus = filter
        withoutStatus.status = nil
        var withoutPurpose = filter
        withoutPurpose.purpose = nil
        let content: [Node<HTML.BodyContext>] = [
            .if(canEdit, .p(.a(.class("button"), .href(SiteRoute.cityActionNew(slug: city.slug).path), .text(t(ActionsText.new))))),
            // A search that keeps the other filters (a GET form: the address can be shared).
            ListSearch.form(
                action: .cityActions(slug: city.slug), label: t(ActionsText.search), keeping: filter.query, search: filter.search, t),
            filterGroup(
                t(ActionsText.field),
                [link(t(ActionsText.allFields), withoutField)]
                    + FieldOfAction.allCases.map { field in
                        var changed = filter
                        changed.field = field
                        return link(t(field.text), changed)
                    }),
            filterGroup(
                t(ActionsText.status),
                [link(t(ActionsText.allStatuses), withoutStatus)]
                    + ActionStatus.allCases.map { status in
                        var changed = filter
                        changed.status = status
                        return link(t(status.text), changed)
                    }),
            filterGroup(
                t(ActionsText.purpose),
                [link(t(ActionsText.allPurposes), withoutPurpose)]
                    + ActionPurpose.allCases.map { purpose in
                        var changed = filter
                        changed.purpose = purpose
                        return link(t(purpose.text), changed)
                    }),
            .p(.text(t(ActionsText.count, count: matching) + (matching == total ? "" : " / \(t.integer(total))"))),
            actions.isEmpty
                ? .p(.text(t(total == 0 ? ActionsText.none : ActionsText.noneMatch)))
                : Tables.list(
                    caption: t(ActionsText.listTitle, ["city": city.name]),
                    columns: [
                        column(t(ActionsText.code), .code), column(t(ActionsText.name), .name), Tables.Column(t(ActionsText.field)),
                        column(t(ActionsText.status), .status),
                        column(t(ActionsText.progress), .progress, numeric: true, order: .descending),
                        column(
                            (targetYear ?? city.targetYear).map { t(ActionsText.reduction, ["year": String($0)]) }
                                ?? t(ActionsText.reductionColumn),
                            .reduction, numeric: true, order: .descending),
                        column(t(ActionsText.endDate), .end),
                    ],
                    rows: actions.map { action in
                        [
                            .text(action.code),
                            Tables.Cell(
                                .a(.href(SiteRoute.cityAction(slug: city.slug, id: action.id!).path), .text(action.name)), lang: "sl"),
                            .text(t(action.field.text) + (action.purpose == .adaptation ? " · " + t(action.purpose.text) : "")),
                            Tables.Cell(.span(.class("badge badge-\(action.status.rawValue)"), .text(t(action.status.text)))),
                            .text(t.percent(Double(action.progress) / 100), numeric: true),
                            .text(reductions[action.code].map { t.integer(rounding: $0) } ?? t(ActionsText.noReduction), numeric: true),
                            .text(action.endDate.map { t.date($0) } ?? ""),
                        ]
                    }, t),
            Tables.pager(
                page: page, pages: pages,
                route: { number in
                    var changed = filter
                    changed.page = number > 1 ? number : nil
                    return .cityActions(slug: city.slug, filter: changed)
                }, t),
            .p(
                .a(.href(SiteRoute.cityActionsCSV(slug: city.slug, filter: filter).path), .text(t(CoreText.csvList))), .text(" · "),
                .a(.href(SiteRoute.cityActionsCSV(slug: city.slug, filter: filter).excel.path), .text(t(CoreText.csvExcel)))),
            .p(
                .a(
                    .href(SiteRoute.apiCityActions(slug: city.slug).path), .attribute(named: "type", value: "application/json"),
                    .text(t(ActionsText.openData)))),
        ]
        return try Page.workspace(
            city, title: t(ActionsText.listTitle, ["city": city.name]), lead: t(ActionsText.listLead), request.principal, t,
            content: content)
    }

    /// The model effect in words: "10 % less activity: I.1, all carriers".
    static func describe(_ effect: ActionEffect, _ t: Localizer) -> String {
        let value: String
        if effect.kind == .removal {
            value =
                effect.min == effect.max
                ? t.integer(rounding: effect.mode)
                : "\(t.integer(rounding: effect.mode)) (\(t.integer(rounding: effect.min))–\(t.integer(rounding: effect.max)))"
        } else {
            value =
                effect.min == effect.max
                ? t.percent(effect.mode) : "\(t.percent(effect.mode)) (\(t.percent(effect.min))–\(t.percent(effect.max)))"
        }
        let target = effect.gpc ?? t(ActionsText.allReferences)
        let carrier = effect.carrier.map { t.carrier($0) } ?? t(ActionsText.anyCarrier)
        var text: String =
            switch effect.kind {
            case .reduceActivity: t(ActionsText.describeReduce, ["value": value, "target": target, "carrier": carrier])
            case .switchCarrier:
                t(
                    ActionsText.describeSwitch,
                    [
                        "value": value, "from": carrier, "to": effect.to.map { t.carrier($0) } ?? "", "target": target,
                        "toTarget": effect.toGPC ?? target, "ratio": t.decimal(effect.ratio ?? 1, fractionDigits: 2),
                    ])
            case .reduceFactor: t(ActionsText.describeFactor, ["value": value, "carrier": carrier])
            case .reduceDirect: t(ActionsText.describeDirect, ["value": value, "target": target])
            case .removal: t(ActionsText.describeRemoval, ["value": value])
            }
        if let start = effect.start { text += " · \(start)–\(effect.full ?? start)" }
        return text
    }

    static func show(
        _ city: City, _ action: CityAction, updates: [ActionUpdate], snapshot: PathwaySnapshot?, canEdit: Bool, update: FormState,
        links: Node<HTML.BodyContext>, _ request: Request
    ) throws -> Page {
        let t = request.t
        let notSet = t(CoreText.notSet)
        let facts: [(String, String)] = [
            (t(ActionsText.code), action.code), (t(ActionsText.field), t(action.field.text)),
            (t(ActionsText.purpose), t(action.purpose.text)), (t(ActionsText.lever), action.lever.map { t($0.text) } ?? notSet),
            (t(ActionsText.status), t(action.status.text)), (t(ActionsText.progress), t.percent(Double(action.progress) / 100)),
            (t(ActionsText.startDate), action.startDate.map { t.date($0) } ?? notSet),
            (t(ActionsText.endDate), action.endDate.map { t.date($0) } ?? notSet),
            (t(ActionsText.responsible), action.responsible ?? notSet), (t(ActionsText.stakeholders), action.stakeholders ?? notSet),
            (t(ActionsText.capex), action.capexEUR.map { t.integer(rounding: $0) + " €" } ?? notSet),
            (t(ActionsText.opex), action.opexEUR.map { t.integer(rounding: $0) + " €" } ?? notSet),
            (t(ActionsText.funding), action.funding ?? notSet), (t(ActionsText.coBenefits), action.coBenefits ?? notSet),
        ]
        let inPathway = Pathway.modelled([action]).count == 1
        let reduction = snapshot.flatMap { snapshot in
            snapshot.result.actions.first { $0.id == action.code }.map {
                (snapshot.result.targetYear, $0.reductionTCO2e[String(snapshot.result.targetYear)] ?? 0)
            }
        }
        var content: [Node<HTML.BodyContext>] = [
            .p(
                .span(.class("badge badge-\(action.status.rawValue)"), .text(t(action.status.text))), .text(" "),
                .element(
                    named: "progress",
                    nodes: [
                        .attribute(named: "max", value: "100"), .attribute(named: "value", value: String(action.progress)),
                        .attribute(named: "aria-label", value: t(ActionsText.progress)),
                    ]),
                .text(" " + t(ActionsText.progressValue, ["percent": t.percent(Double(action.progress) / 100)]))),
            .if(
                canEdit,
                // A div, not a p: a form may not sit in a paragraph.
                .div(
                    .class("record-actions"),
                    .a(.class("button"), .href(SiteRoute.cityActionEdit(slug: city.slug, id: action.id!).path), .text(t(ActionsText.edit))),
                    Form.action(
                        .cityActionDelete(slug: city.slug, id: action.id!), label: t(ActionsText.delete) + " " + action.code,
                        csrf: request.csrfToken))),
            .unwrap(action.description.isEmpty ? nil : action.description) { .p(.attribute(named: "lang", value: "sl"), .text($0)) },
            .div(.class("facts"), .forEach(facts) { term, value in .dl(.dt(.text(term)), .dd(.text(value))) }),
            .h2(.text(t(ActionsText.effectTitle))),
            .p(.text(action.effect.map { describe($0, t) } ?? t(ActionsText.effectNone))),
            .p(.class("hint"), .text(t(inPathway ? ActionsText.effectInPathway : ActionsText.effectNotInPathway))),
            .unwrap(inPathway ? reduction : nil) { year, value in
                .p(.strong(.text(t(ActionsText.reductionIn, ["year": String(year), "value": t.tonnesCO2e(value)]))))
            },
            .unwrap(inPathway ? sharedWith(action, snapshot, t) : nil) { .p(.class("hint"), .text($0)) },
            links,
            .h2(.text(t(ActionsText.updatesTitle))),
            updates.isEmpty
                ? .p(.text(t(ActionsText.updatesNone)))
                : .ul(
                    .class("history"),
                    .forEach(updates) { update in
                        .li(
                            .strong(.text(CalendarDate(iso: update.dateText).map { t.date($0) } ?? update.dateText)),
                            .text(" · " + t(update.status.text) + " · " + t.percent(Double(update.progress) / 100)),
                            .br(), .span(.attribute(named: "lang", value: "sl"), .text(update.note)),
                            .br(), .span(.class("hint"), .text(update.author)))
                    }),
        ]
        if canEdit {
            let statusOptions = ActionStatus.allCases.map { ($0.rawValue, t($0.text)) }
            var state = update
            if state.values["status"] == nil { state.values["status"] = action.status.rawValue }
            if state.values["progress"] == nil { state.values["progress"] = String(action.progress) }
            content += [
                .h3(.id("add-update"), .text(t(ActionsText.addUpdate))),
                Form.errorSummary(state, title: t(CoreText.formErrorsTitle)),
                .form(
                    .method(.post), .action(SiteRoute.cityActionUpdates(slug: city.slug, id: action.id!).path),
                    .attribute(named: "novalidate", value: "novalidate"), Form.csrf(request.csrfToken),
                    .div(
                        .class("form-grid"),
                        Form.field("date", label: t(ActionsText.updateDate), kind: .date, state: state, required: true),
                        Form.field("status", label: t(ActionsText.status), kind: .select(statusOptions), state: state),
                        Form.field("progress", label: t(ActionsText.progress), kind: .number, state: state)
                    ),
                    Form.field("note", label: t(ActionsText.updateNote), kind: .textarea, state: state, required: true),
                    Form.submit(t(ActionsText.updateSave))
                ),
            ]
        }
        return try Page.workspace(
            city, title: "\(action.code) · \(action.name)", lead: nil, request.principal, t, content: content,
            crumbs: [.init(title: t(CityEditText.actionsLink), route: .cityActions(slug: city.slug))])
    }

    /// An effect field, marked with the kinds of effect that have it, so the
    /// form shows it only for those (style.css; without that, every field shows).
    static func effectField(_ name: String, _ field: () -> Node<HTML.FormContext>) -> Node<HTML.FormContext> {
        let kinds = ActionKind.allCases.filter { ActionInput.effectFields($0).contains(name) }.map(\.rawValue)
        return .div(.class("effect-field"), .attribute(named: "data-kinds", value: kinds.joined(separator: " ")), field())
    }

    /// The attribution rule in one sentence, when the action shares emissions with others.
    static func sharedWith(_ action: CityAction, _ snapshot: PathwaySnapshot?, _ t: Localizer) -> String? {
        guard let snapshot, let others = snapshot.overlaps?[action.code], !others.isEmpty else { return nil }
        let names = snapshot.labels.mapValues(\.name)
        let list = others.map { code in names[code].map { "\(code) (\($0))" } ?? code }
        return t(ActionsText.sharedWith, ["others": t.list(list)])
    }

    static func form(
        _ city: City, _ action: CityAction?, _ state: FormState, links: Node<HTML.FormContext>, place: ActionFormPlace = ActionFormPlace(),
        _ request: Request
    ) throws -> Page {
        let t = request.t
        let none = [("", t(CoreText.chooseNone))]
        let all = [("", t(ActionsText.effectAll))]
        let carriers = t.carrierOptions()
        let target: SiteRoute = place.target ?? action.map { .cityActionEdit(slug: city.slug, id: $0.id!) } ?? .cityActions(slug: city.slug)
        let title = action.map { t(ActionsText.editTitle, ["code": $0.code]) } ?? t(ActionsText.newTitle, ["city": city.name])
        let content: [Node<HTML.BodyContext>] = [
            Form.errorSummary(state, title: t(CoreText.formErrorsTitle)),
            .form(
                .method(.post), .action(target.path), .attribute(named: "novalidate", value: "novalidate"), Form.csrf(request.csrfToken),
                Form.version(state),
                .div(
                    .class("form-grid"),
                    Form.field("code", label: t(ActionsText.code), state: state, hint: t(ActionsText.codeHint), required: true),
                    Form.field("name", label: t(ActionsText.name), state: state, required: true),
                    Form.field(
                        "field", label: t(ActionsText.field),
                        kind: .select(none + FieldOfAction.allCases.map { ($0.rawValue, t($0.text)) }),
                        state: state, required: true),
                    Form.field(
                        "lever", label: t(ActionsText.lever),
                        kind: .select(none + SystemicLever.allCases.map { ($0.rawValue, t($0.text)) }),
                        state: state),
                    Form.field(
                        "purpose", label: t(ActionsText.purpose), kind: .select(ActionPurpose.allCases.map { ($0.rawValue, t($0.text)) }),
                        state: state),
                    Form.field(
                        "status", label: t(ActionsText.status), kind: .select(ActionStatus.allCases.map { ($0.rawValue, t($0.text)) }),
                        state: state),
                    Form.field("progress", label: t(ActionsText.progress), kind: .number, state: state),
                    Form.field("responsible", label: t(ActionsText.responsible), state: state),
                    Form.field("stakeholders", label: t(ActionsText.stakeholders), state: state),
                    Form.field("start_date", label: t(ActionsText.startDate), state: state, hint: t(ActionsText.dateHint)),
                    Form.field("end_date", label: t(ActionsText.endDate), state: state, hint: t(ActionsText.dateHint))
                ),
                Form.field("description", label: t(ActionsText.description), kind: .textarea, state: state),
                .h2(.text(t(ActionsText.costsTitle))),
                .div(
                    .class("form-grid"),
                    Form.field("capex_eur", label: t(ActionsText.capex), state: state),
                    Form.field("opex_eur", label: t(ActionsText.opex), state: state),
                    Form.field("funding", label: t(ActionsText.funding), state: state)
                ),
                Form.field("co_benefits", label: t(ActionsText.coBenefits), kind: .textarea, state: state),
                .h2(.text(t(ActionsText.effectTitle))),
                .p(.class("hint"), .text(t(ActionsText.effectLead))),
                .div(
                    .class("form-grid"),
                    Form.field(
                        "effect_kind", label: t(ActionsText.effectKind),
                        kind: .select([("", t(ActionsText.effectNone))] + ActionKind.allCases.map { ($0.rawValue, t($0.text)) }),
                        state: state),
                    effectField("effect_gpc") {
                        Form.field(
                            "effect_gpc", label: t(ActionsText.effectGPC), kind: .select(all + t.gpcOptions(prefixes: true)), state: state,
                            hint: t(ActionsText.effectGPCHint))
                    },
                    effectField("effect_carrier") {
                        Form.field(
                            "effect_carrier", label: t(ActionsText.effectCarrier), kind: .select(none + carriers), state: state,
                            hint: t(ActionsText.effectCarrierHint))
                    },
                    effectField("effect_to") {
                        Form.field("effect_to", label: t(ActionsText.effectTo), kind: .select(none + carriers), state: state)
                    },
                    effectField("effect_to_gpc") {
                        Form.field(
                            "effect_to_gpc", label: t(ActionsText.effectToGPC), kind: .select(none + t.gpcOptions(prefixes: false)),
                            state: state, hint: t(ActionsText.effectToGPCHint))
                    },
                    effectField("effect_ratio") {
                        Form.field("effect_ratio", label: t(ActionsText.effectRatio), state: state, hint: t(ActionsText.effectRatioHint))
                    },
                    effectField("effect_min") {
                        Form.field("effect_min", label: t(ActionsText.effectMin), state: state, hint: t(ActionsText.effectValueHint))
                    },
                    effectField("effect_mode") {
                        Form.field("effect_mode", label: t(ActionsText.effectMode), state: state, hint: t(ActionsText.effectValueHint))
                    },
                    effectField("effect_max") {
                        Form.field("effect_max", label: t(ActionsText.effectMax), state: state, hint: t(ActionsText.effectValueHint))
                    },
                    effectField("effect_start") {
                        Form.field("effect_start", label: t(ActionsText.effectStart), kind: .number, state: state)
                    },
                    effectField("effect_full") {
                        Form.field(
                            "effect_full", label: t(ActionsText.effectFull), kind: .number, state: state,
                            hint: t(ActionsText.effectYearsHint))
                    }
                ),
                links,
                Form.submit(t(ActionsText.save))
            ),
        ]
        return try Page.workspace(
            city, title: title, lead: place.lead, request.principal, t, content: content,
            crumbs: [.init(title: t(CityEditText.actionsLink), route: .cityActions(slug: city.slug))])
    }
}
