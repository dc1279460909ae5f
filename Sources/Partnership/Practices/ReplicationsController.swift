import ClimateModel
import ClimateWorkspace
import Fluent
import Foundation
import Kernel
import Plot
import Vapor

/// A city takes a published practice over as one of its actions: the action
/// form comes prefilled from the practice and the link is saved with the
/// action, in one transaction. The practice then shows each city that
/// replicated it, how its action stands, and the results the city measured.
enum ReplicationsController {
    static func register(_ app: Application) {
        app.get(.practiceReplicate(id: UUID(), slug: ""), use: form)
        app.post(.practiceReplicate(id: UUID(), slug: ""), use: create)
        app.get(.practiceReplication(id: UUID(), replication: UUID()), use: resultsForm)
        app.post(.practiceReplication(id: UUID(), replication: UUID()), use: saveResults)
        app.get(.practiceReplicationsCSV, use: csv)
    }

    // MARK: Replicating

    /// The published practice of the address and the city of the address,
    /// for someone who edits that city: 404 for a draft, 403 when the city
    /// owns or shares the practice (it has it already).
    static func adopting(_ request: Request) async throws -> (GoodPractice, City, Principal) {
        let practice = try await PracticesController.load(request)
        guard practice.status == .published else { throw AppError.notFound }
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        guard !practice.cityIDs.contains(try city.requireID()) else { throw AppError.forbidden }
        return (practice, city, principal)
    }

    /// The practice comes with its owner city (`PracticesController.load`).
    static func place(_ practice: GoodPractice, _ city: City, _ request: Request) throws -> ActionFormPlace {
        ActionFormPlace(
            target: .practiceReplicate(id: try practice.requireID(), slug: city.slug),
            lead: request.t(ReplicationText.formLead, ["practice": practice.title, "city": practice.city.name]))
    }

    @Sendable static func form(_ request: Request) async throws -> Response {
        let (practice, city, _) = try await adopting(request)
        let id = try practice.requireID()
        // Replicated already: the practice shows the city's action.
        if try await Replications.exists(practice: id, city: city.requireID(), on: request.db) {
            return request.redirect(to: SiteRoute.practice(id: id).path + "#replications")
        }
        let code = try await ActionAdoption.freeCode("DP", cityID: city.requireID(), on: request.db)
        let description = [practice.summary, practice.solution].filter { !$0.isEmpty }.joined(separator: "\n\n")
        let values = ActionAdoption.prefill(
            code: code, name: practice.title, description: description, field: practice.field, purpose: practice.purpose,
            capexEUR: practice.costCents.map { Double($0) / 100 }, request.language)
        return try await ActionAdoption.form(city, values: values, place: try place(practice, city, request), request)
            .encodeResponse(for: request)
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let (practice, city, principal) = try await adopting(request)
        let practiceID = try practice.requireID()
        let cityID = try city.requireID()
        // A form sent again (an old tab, the back button): the practice shows the city's action.
        if try await Replications.exists(practice: practiceID, city: cityID, on: request.db) {
            return request.redirect(to: SiteRoute.practice(id: practiceID).path + "#replications")
        }
        let actor = principal.actor
        return try await ActionAdoption.create(in: city, by: principal, place: try place(practice, city, request), request) {
            action, database in
            // A link whose action was deleted since gives way to the new one. A live one stays, and the
            // unique index refuses the second (two clicks at once: 409, and the action is not made either).
            let old = try await PracticeReplication.query(on: database).filter(\.$practice.$id == practiceID)
                .filter(\.$city.$id == cityID).all()
            for link in old where try await !ActionAdoption.isLive(link.actionID, on: database) {
                try await Audit.delete(link, by: actor, on: database)
            }
            let link = PracticeReplication(practiceID: practiceID, cityID: cityID, actionID: try action.requireID())
            try await Audit.create(link, by: actor, on: database)
        }
    }

    // MARK: The practice's section

    /// The cities that replicated the practice, their actions as they stand
    /// and their results; the ways in for a city that could replicate it.
    static func section(_ practice: GoodPractice, _ request: Request) async throws -> Node<HTML.BodyContext> {
        let t = request.t
        let id = try practice.requireID()
        let cities = try await PracticesController.cityNames(on: request.db)
        let shown = try await Replications.shown(of: [id], cities: cities, on: request.db, memory: request.application.workspaceMemory)
        let replicated = Set(shown.map { $0.replication.$city.id })
        // The cities whose team the reader is on, that could take the practice over.
        let own = Set((request.principal?.grants ?? []).filter { $0.role == .cityAdmin || $0.role == .cityOfficer }.compactMap(\.cityID))
        let offered =
            practice.status == .published
            ? own.subtracting(practice.cityIDs).subtracting(replicated).compactMap { id in cities[id].map { (id, $0) } }
                .sorted { $0.1.name < $1.1.name } : []
        return .group(
            .h2(.id("replications"), .text(t(ReplicationText.heading))),
            .p(.text(shown.isEmpty ? t(ReplicationText.none) : t(ReplicationText.count, count: shown.count))),
            .if(
                !shown.isEmpty,
                Tables.table(
                    caption: t(ReplicationText.heading),
                    headings: [
                        (t(ReplicationText.columnCity), false), (t(ReplicationText.columnAction), false),
                        (t(ReplicationText.columnStatus), false), (t(ReplicationText.columnProgress), true),
                        (t(ReplicationText.columnReduction), true), (t(ReplicationText.columnResults), false),
                    ],
                    rows: shown.map { row in
                        let city = cities[row.replication.$city.id]
                        let slug = city?.slug ?? ""
                        let results = row.replication.results
                        let records = request.principal?.can(.editCity(row.replication.$city.id)) ?? false
                        return .tr(
                            .th(
                                .attribute(named: "scope", value: "row"),
                                .a(.href(SiteRoute.city(slug: slug).path), .text(city?.name ?? ""))),
                            .td(
                                .attribute(named: "lang", value: "sl"),
                                .a(
                                    .href(SiteRoute.cityAction(slug: slug, id: row.action.id).path),
                                    .text("\(row.action.code) · \(row.action.name)"))),
                            .td(.text(t(row.action.status.text))),
                            Tables.number(t.percent(Double(row.action.progress) / 100)),
                            // Each city has its own target year.
                            Tables.number(
                                row.action.reductionTCO2e.map { value in
                                    t.decimal(value, fractionDigits: 0) + (row.action.targetYear.map { " (\($0))" } ?? "")
                                } ?? "–"),
                            .td(
                                results.isEmpty
                                    ? .text(t(ReplicationText.noResults))
                                    : .ul(
                                        .class("plain"),
                                        .forEach(results) { result in
                                            .li(
                                                .attribute(named: "lang", value: "sl"),
                                                .text(
                                                    "\(result.label): \(PracticeResultsForm.number(result.value, t)) \(result.unit) (\(result.year))"
                                                ))
                                        }),
                                .if(
                                    records,
                                    .p(
                                        .a(
                                            .href(SiteRoute.practiceReplication(id: id, replication: row.replication.id!).path),
                                            .text(t(ReplicationText.recordResults, ["city": city?.name ?? ""]))))))
                        )
                    })),
            .if(
                !offered.isEmpty,
                .div(
                    .class("record-actions"),
                    .forEach(offered) { city in
                        .a(
                            .class("button"), .href(SiteRoute.practiceReplicate(id: id, slug: city.1.slug).path),
                            .text(t(ReplicationText.replicate, ["city": city.1.name])))
                    }))
        )
    }

    /// On the page of an action made from a practice: which practice, and the way to it.
    static let actionPanel = RecordPanel(recordType: CityAction.auditType) { request, actionID in
        guard let link = try await PracticeReplication.query(on: request.db).filter(\.$actionID == actionID).first(),
            let practice = try await GoodPractice.query(on: request.db).filter(\.$id == link.$practice.id).with(\.$city).first()
        else { return .empty }
        let sees = try await PracticesController.seesDrafts(request)
        guard practice.status == .published || sees else { return .empty }
        let t = request.t
        return .p(
            .class("notice-inline"), .text(t(ReplicationText.fromPractice) + " "),
            .a(.href(SiteRoute.practice(id: try practice.requireID()).path), .attribute(named: "lang", value: "sl"), .text(practice.title)),
            .text(" (\(practice.city.name))."))
    }

    // MARK: The replicating city's results

    /// The replication of the address, for someone who edits its city.
    static func recording(_ request: Request) async throws -> (GoodPractice, PracticeReplication, City, Principal) {
        let practice = try await PracticesController.load(request)
        guard
            let link = try await PracticeReplication.query(on: request.db)
                .filter(\.$id == request.uuidParameter(SiteRoute.replicationParameter))
                .filter(\.$practice.$id == practice.requireID()).with(\.$city).first()
        else { throw AppError.notFound }
        let principal = try request.require(.editCity(link.$city.id))
        // A link whose action was deleted is hidden everywhere: its results wait for the action to come back.
        guard try await ActionAdoption.isLive(link.actionID, on: request.db) else { throw AppError.notFound }
        return (practice, link, link.city, principal)
    }

    static func renderResults(
        _ practice: GoodPractice, _ link: PracticeReplication, _ city: City, _ state: FormState, _ request: Request,
        status: HTTPResponseStatus = .ok
    ) throws -> HTMLResponse {
        let t = request.t
        let title = t(ReplicationText.resultsTitle, ["city": city.name])
        let lead = t(ReplicationText.resultsLead, ["practice": practice.title])
        let route = SiteRoute.practiceReplication(id: try practice.requireID(), replication: try link.requireID())
        let content: Node<HTML.BodyContext> = .group(
            .h1(.text(title)), .p(.class("lead"), .text(lead)),
            Form.errorSummary(state, title: t(CoreText.formErrorsTitle)),
            .form(
                .method(.post), .action(route.path), .attribute(named: "novalidate", value: "novalidate"), Form.csrf(request.csrfToken),
                Form.version(state), PracticeResultsForm.fieldset(state, t), Form.submit(t(PracticeText.save))),
            .p(.a(.href(SiteRoute.practice(id: try practice.requireID()).path + "#replications"), .text(t(ReplicationText.back)))))
        var page = PracticesController.page(title, lead, content, t, inList: true)
        page.breadcrumbs.append(.init(title: practice.title, route: .practice(id: try practice.requireID())))
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }

    @Sendable static func resultsForm(_ request: Request) async throws -> HTMLResponse {
        let (practice, link, city, _) = try await recording(request)
        return try renderResults(
            practice, link, city, FormState(editing: PracticeResultsForm.values(link.results, request.language), version: link.version),
            request)
    }

    @Sendable static func saveResults(_ request: Request) async throws -> Response {
        let (practice, link, city, principal) = try await recording(request)
        let t = request.t
        let values = try request.form().text
        var form = FormReader(FormFields(values, numbers: [:]), t, shown: PracticeResultsForm.fields)
        let results = PracticeResultsForm.read(values, &form, t)
        var state = form.state
        state.keepVersion(of: values)
        guard state.isValid else {
            return try await renderResults(practice, link, city, state, request, status: .unprocessableEntity).encodeResponse(for: request)
        }
        do {
            try await Audit.update(link, expecting: Audit.expectedVersion(values["version"]), by: principal.actor, on: request.db) {
                $0.results = results
            }
        } catch is EditConflict {
            let current = try await PracticeReplication.find(link.requireID(), on: request.db).orNotFound()
            state.changedMeanwhile(
                stored: PracticeResultsForm.values(current.results, request.language), version: current.version, t)
            return try await renderResults(practice, current, city, state, request, status: .conflict).encodeResponse(for: request)
        }
        return request.redirect(to: .practice(id: try practice.requireID()), notice: .saved)
    }

    // MARK: The coordinator's report

    /// Every live replication, per practice and city, as CSV.
    @Sendable static func csv(_ request: Request) async throws -> Response {
        guard let principal = request.principal else { throw AppError.unauthorized }
        guard principal.has(.coordinator) else { throw AppError.forbidden }
        let cities = try await PracticesController.cityNames(on: request.db)
        let shown = try await Replications.shown(of: nil, cities: cities, on: request.db, memory: request.application.workspaceMemory)
        // A deleted practice's replications are left out, as everywhere else.
        let practices = Dictionary(
            uniqueKeysWithValues: try await GoodPractice.query(on: request.db)
                .filter(\.$id ~~ Set(shown.map { $0.replication.$practice.id })).all().map { ($0.id!, $0) })
        let rows = shown.compactMap { row -> [String]? in
            guard let practice = practices[row.replication.$practice.id] else { return nil }
            return [
                practice.title, cities[practice.$city.id]?.slug ?? "", cities[row.replication.$city.id]?.slug ?? "",
                cities[row.replication.$city.id]?.name ?? "", row.action.code, row.action.name, row.action.status.rawValue,
                String(row.action.progress), CSVTable.number(row.action.reductionTCO2e), row.action.targetYear.map(String.init) ?? "",
                row.replication.createdAt.map { CalendarDate($0).iso } ?? "",
                row.replication.results.map { "\($0.label): \(PracticeResult.plain($0.value)) \($0.unit) (\($0.year))" }
                    .joined(separator: "; "),
            ]
        }
        .sorted { ($0[0], $0[3]) < ($1[0], $1[3]) }
        let header = [
            "practice", "owner_city", "city", "city_name", "action_code", "action_name", "status", "progress", "reduction_tco2e",
            "target_year", "replicated_on", "results",
        ]
        return CSVDownload.response(CSVTable.write(header: header, rows: rows), name: "practice-replications", request)
    }
}
