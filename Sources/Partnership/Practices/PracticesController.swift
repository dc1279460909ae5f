import Fluent
import Foundation
import Kernel
import Plot
import SQLKit
import Vapor

/// Good practices: published ones are everyone's; drafts only the working
/// group's. Members of the owner or a partner city (and the coordinator)
/// write, publish, attach files and delete (reversibly); every change is recorded.
enum PracticesController {
    static func register(_ app: Application) {
        app.get(.practices(), use: list)
        app.get(.practiceNew, use: newForm)
        app.post(.practices(), use: create)
        app.get(.practice(id: UUID()), use: show)
        app.get(.practiceEdit(id: UUID()), use: editForm)
        app.post(.practiceEdit(id: UUID()), use: save)
        app.post(.practicePublish(id: UUID()), use: publish)
        app.post(.practiceUnpublish(id: UUID()), use: unpublish)
        app.post(.practiceDelete(id: UUID()), use: delete)
        app.get(.practiceFile(id: UUID(), file: UUID()), use: download)
        app.post(.practiceFileDelete(id: UUID(), file: UUID()), use: deleteFile)
        // The one form that takes a file: up to 20 MB and its envelope.
        app.upload(.practiceAttachments(id: UUID()), upTo: FileStore.maximumSize + 1024 * 1024, use: attach)
        ReplicationsController.register(app)
    }

    // MARK: Who sees and who writes

    /// Whether `principal` sees drafts: a working-group member today, or the coordinator.
    static func seesDrafts(_ request: Request) async throws -> Bool {
        try await WorkingGroup.seesContacts(request.principal, on: request.db)
    }

    /// Whether `principal` writes the practice: the coordinator, the owner city's admin, or a member of
    /// its owner or a partner city.
    static func writes(_ practice: GoodPractice, _ request: Request) async throws -> Bool {
        guard let principal = request.principal else { return false }
        if principal.can(.restoreCityRecords(practice.$city.id)) { return true }
        guard let member = try await WorkingGroup.membership(of: principal, on: request.db) else { return false }
        return practice.cityIDs.contains(member.$city.id)
    }

    /// The practice of the address as its reader may see it (a draft only for the working group).
    static func load(_ request: Request) async throws -> GoodPractice {
        guard let practice = try await GoodPractice.query(on: request.db).filter(\.$id == request.uuidParameter()).with(\.$city).first()
        else { throw AppError.notFound }
        if practice.status == .draft, !(try await seesDrafts(request)) { throw AppError.notFound }
        return practice
    }

    /// The practice of the address and the person writing it, or 401/403.
    static func writing(_ request: Request) async throws -> (GoodPractice, Principal) {
        let principal = try request.requireSignedIn()
        let practice = try await load(request)
        guard try await writes(practice, request) else { throw AppError.forbidden }
        return (practice, principal)
    }

    // MARK: The list and a practice

    static func cityNames(on database: any Database) async throws -> [UUID: (slug: String, name: String)] {
        Dictionary(uniqueKeysWithValues: try await City.query(on: database).all().map { ($0.id!, ($0.slug, $0.name)) })
    }

    /// The list (searched or not) is everyone's across cities: its content is
    /// kept under every city's token (any recorded change of a practice, a
    /// replication or an action replaces it), per language, address and kind
    /// of reader (who sees drafts, who may add). Bounded memory keeps what
    /// readers keep asking for.
    @Sendable static func list(_ request: Request) async throws -> HTMLResponse {
        let query = (try? request.query.decode([String: String].self)) ?? [:]
        let filter = SiteRoute.PracticeFilter(query: query)
        let requested = ListQuery<PracticeStatus>(query: query).page ?? 1
        let token = try await Workspace.allToken(on: request.db)
        let drafts = try await seesDrafts(request)
        let member = try await WorkingGroup.membership(of: request.principal, on: request.db) != nil
        let key = "practices-list:\(request.language.rawValue):\(drafts):\(member):" + SiteRoute.practices(filter, page: requested).path
        // A search or a later page is anyone's choice: kept apart, in the smaller memory.
        let plain = filter.search == nil && requested == 1
        let memory = plain ? request.application.workspaceMemory : request.application.searchMemory
        let content: String
        if let kept = memory.value(key, token: token, as: String.self) {
            content = kept
        } else {
            content = try await listContent(filter, page: requested, drafts: drafts, member: member, request).render()
            memory.keep(content, key, token: token)
        }
        let t = request.t
        let page = page(t(PracticeText.title), t(PracticeText.lead), .raw(HTMLResponse.contentMarker), t)
        return request.response(page, pieces: [content], layoutKey: key, token: token)
    }

    static func listContent(
        _ filter: SiteRoute.PracticeFilter, page requested: Int, drafts: Bool, member: Bool, _ request: Request
    ) async throws -> Node<HTML.BodyContext> {
        let t = request.t
        let words = FullTextQuery(filter.search)
        let cities = try await cityNames(on: request.db)
        let size = ListQuery<PracticeStatus>.pageSize
        let search = PracticeSearch(filter: filter, words: words)
        var found = try await search.run(offset: (requested - 1) * size, limit: size, on: request.db)
        let pages = max(1, (found.total + size - 1) / size)
        // A page beyond the last shows the last.
        if requested > pages { found = try await search.run(offset: (pages - 1) * size, limit: size, on: request.db) }
        let shownPage = min(requested, pages)
        let memberCities = try await citiesWithPractices(on: request.db).compactMap { cities[$0] }.sorted { $0.name < $1.name }
        let replicatedBy = try await Replications.counts(of: found.practices.compactMap(\.id), on: request.db)
        func table(_ rows: [GoodPractice], caption: String) -> Node<HTML.BodyContext> {
            Tables.list(
                caption: caption,
                columns: [
                    Tables.Column(t(PracticeText.columnTitle)), Tables.Column(t(PracticeText.columnCity)),
                    Tables.Column(t(PracticeText.columnField)), Tables.Column(t(PracticeText.columnPurpose)),
                ],
                rows: rows.map { practice in
                    [
                        Tables.Cell(
                            .group(
                                .a(.href(SiteRoute.practice(id: practice.id!).path), Snippet.marked(practice.title, words)),
                                .unwrap(replicatedBy[practice.id!]) { .span(.class("badge"), .text(t(ReplicationText.mark, count: $0))) },
                                .br(),
                                .span(
                                    .class(words == nil ? "hint" : "hint snippet"),
                                    words.map { Snippet.around(practice.searchedTexts, $0) } ?? .text(String(practice.summary.prefix(160))))
                            ),
                            lang: "sl"),
                        .text(practice.cityIDs.compactMap { cities[$0]?.name }.joined(separator: ", ")),
                        .text(t(practice.field.text)), .text(t(practice.purpose.text)),
                    ]
                }, t)
        }
        let draftRows =
            drafts && words == nil ? try await GoodPractice.query(on: request.db).filter(\.$status == .draft).sort(\.$title).all() : []
        let shownWords = filter.search ?? ""
        let count: String =
            words == nil
            ? t(PracticeText.count, count: found.total)
            : found.total == 0
                ? t(PracticeText.searchNone, ["q": shownWords]) : t(PracticeText.searchCount, count: found.total, ["q": shownWords])
        let content: Node<HTML.BodyContext> = .group(
            .h1(.text(t(PracticeText.title))),
            .p(.class("lead"), .text(t(PracticeText.lead))),
            .if(member, .p(.a(.class("button"), .href(SiteRoute.practiceNew.path), .text(t(PracticeText.add))))),
            ListSearch.form(action: .practices(), label: t(PracticeText.searchLabel), keeping: filter.query, search: filter.search, t),
            .p(.class("hint"), .text(t(PracticeText.searchHint))),
            WorkingGroupController.filters(
                t(PracticeText.filterField), all: t(PracticeText.allFields),
                options: FieldOfAction.allCases.map { ($0.rawValue, t($0.text)) }, current: filter.field?.rawValue
            ) {
                var next = filter
                next.field = $0.flatMap(FieldOfAction.init(rawValue:))
                return .practices(next)
            },
            WorkingGroupController.filters(
                t(PracticeText.filterPurpose), all: t(PracticeText.allPurposes),
                options: ActionPurpose.allCases.map { ($0.rawValue, t($0.text)) }, current: filter.purpose?.rawValue
            ) {
                var next = filter
                next.purpose = $0.flatMap(ActionPurpose.init(rawValue:))
                return .practices(next)
            },
            WorkingGroupController.filters(
                t(PracticeText.filterCity), all: t(PracticeText.allCities), options: memberCities.map { ($0.slug, $0.name) },
                current: filter.city
            ) {
                var next = filter
                next.city = $0
                return .practices(next)
            },
            WorkingGroupController.filters(
                t(ReplicationText.filter), all: t(ReplicationText.filterAny),
                options: [("yes", t(ReplicationText.filterYes)), ("no", t(ReplicationText.filterNo))],
                current: filter.replicated.map { $0 ? "yes" : "no" }
            ) {
                var next = filter
                next.replicated = $0.map { $0 == "yes" }
                return .practices(next)
            },
            .p(.attribute(named: "role", value: "status"), .text(count)),
            .if(
                words != nil,
                .p(
                    .a(
                        .href(
                            SiteRoute.practices(
                                SiteRoute.PracticeFilter(
                                    field: filter.field, purpose: filter.purpose, city: filter.city, replicated: filter.replicated)
                            ).path),
                        .text(t(PracticeText.searchClear))))),
            found.practices.isEmpty
                ? (words == nil ? .p(.text(t(PracticeText.none))) : .empty)
                : table(found.practices, caption: t(words == nil ? PracticeText.caption : PracticeText.resultsCaption)),
            Tables.pager(page: shownPage, pages: pages, route: { .practices(filter, page: $0 > 1 ? $0 : nil) }, t),
            .if(
                !draftRows.isEmpty,
                .group(
                    .h2(.text(t(PracticeText.drafts))), .p(.class("hint"), .text(t(PracticeText.draftsLead))),
                    table(draftRows, caption: t(PracticeText.drafts)))),
            .p(
                .a(
                    .href(SiteRoute.apiPractices.path), .attribute(named: "type", value: "application/json"),
                    .text(t(PracticeText.openData))))
        )
        return content
    }

    /// The cities that own or share a published practice: the city filter's choices.
    static func citiesWithPractices(on database: any Database) async throws -> Set<UUID> {
        guard let sql = database as? any SQLDatabase else { return [] }
        let rows = try await sql.raw(
            """
            SELECT DISTINCT city_id, partners FROM \(ident: GoodPractice.schema)
            WHERE status = \(bind: PracticeStatus.published.rawValue) AND deleted_at IS NULL
            """
        ).all()
        var ids = Set<UUID>()
        for row in rows {
            ids.insert(try row.decode(column: "city_id", as: UUID.self))
            let partners = try row.decode(column: "partners", as: String.self)
            ids.formUnion(partners.split(separator: ",").compactMap { UUID(uuidString: String($0)) })
        }
        return ids
    }

    static func page(_ title: String, _ description: String?, _ content: Node<HTML.BodyContext>, _ t: Localizer, inList: Bool = false)
        -> Kernel.Page
    {
        var crumbs: [Kernel.Page.Crumb] = [.init(title: t(CoreText.navHome), route: .home)]
        if inList { crumbs.append(.init(title: t(PracticeText.nav), route: .practices())) }
        return Kernel.Page(title: title, description: description, section: .practices, breadcrumbs: crumbs, content: content)
    }

    static func attachments(of id: UUID, on database: any Database) async throws -> [PracticeAttachment] {
        try await PracticeAttachment.query(on: database).filter(\.$practice.$id == id).sort(\.$createdAt).sort(\.$id).all()
    }

    /// The attachments of several practices in one question, by practice.
    static func attachments(of ids: [UUID], on database: any Database) async throws -> [UUID: [PracticeAttachment]] {
        guard !ids.isEmpty else { return [:] }
        return Dictionary(
            grouping: try await PracticeAttachment.query(on: database).filter(\.$practice.$id ~~ ids).sort(\.$createdAt).sort(\.$id).all(),
            by: { $0.$practice.id })
    }

    @Sendable static func show(_ request: Request) async throws -> HTMLResponse {
        let practice = try await load(request)
        return try await render(practice, FormState(), request)
    }

    static func render(_ practice: GoodPractice, _ upload: FormState, _ request: Request, status: HTTPResponseStatus = .ok) async throws
        -> HTMLResponse
    {
        let t = request.t
        let id = try practice.requireID()
        let cities = try await cityNames(on: request.db)
        let files = try await attachments(of: id, on: request.db)
        let writes = try await writes(practice, request)
        let csrf = request.csrfToken
        func fact(_ term: String, _ value: String?) -> Node<HTML.BodyContext> {
            guard let value, !value.isEmpty else { return .empty }
            return .dl(.dt(.text(term)), .dd(.attribute(named: "lang", value: "sl"), .text(value)))
        }
        func section(_ heading: String, _ text: String) -> Node<HTML.BodyContext> {
            guard !text.isEmpty else { return .empty }
            return .group(
                .h2(.text(heading)),
                .div(.class("prose"), .attribute(named: "lang", value: "sl"), .group(HelpRequestsController.paragraphs(text))))
        }
        let owner = cities[practice.$city.id]
        let replications = try await ReplicationsController.section(practice, request)
        let content: Node<HTML.BodyContext> = .group(
            .h1(.attribute(named: "lang", value: "sl"), .text(practice.title)),
            .if(practice.status == .draft, .p(.class("notice-inline"), .text(t(PracticeText.draftNote)))),
            .p(.class("lead"), .attribute(named: "lang", value: "sl"), .text(practice.summary)),
            .if(
                writes,
                .div(
                    .class("record-actions"),
                    .a(.class("button"), .href(SiteRoute.practiceEdit(id: id).path), .text(t(CoreText.edit))),
                    practice.status == .draft
                        ? Form.action(.practicePublish(id: id), label: t(PracticeText.publish), csrf: csrf, secondary: false)
                        : Form.action(.practiceUnpublish(id: id), label: t(PracticeText.unpublish), csrf: csrf),
                    Form.action(.practiceDelete(id: id), label: t(PracticeText.delete), csrf: csrf))),
            .div(
                .class("facts"),
                .dl(
                    .dt(.text(t(PracticeText.owner))), .dd(.unwrap(owner) { .a(.href(SiteRoute.city(slug: $0.slug).path), .text($0.name)) })
                ),
                fact(t(PracticeText.partners), practice.partners.compactMap { cities[$0]?.name }.joined(separator: ", ")),
                fact(t(PracticeText.field), t(practice.field.text)), fact(t(PracticeText.purpose), t(practice.purpose.text)),
                fact(t(PracticeText.cost), practice.costCents.map { t.money(Double($0) / 100) }),
                fact(t(PracticeText.months), practice.months.map { t(PracticeText.monthsValue, count: $0) })
            ),
            section(t(PracticeText.challenge), practice.challenge),
            section(t(PracticeText.solution), practice.solution),
            .if(
                !practice.results.isEmpty,
                .group(
                    .h2(.text(t(PracticeText.results))),
                    PracticeResultsForm.table(practice.results, caption: t(PracticeText.results), t))),
            section(t(PracticeText.requirements), practice.requirements),
            replications,
            section(t(PracticeText.contacts), practice.contacts),
            .if(
                !practice.links.isEmpty,
                .group(
                    .h2(.text(t(PracticeText.links))),
                    .ul(
                        .forEach(practice.links) {
                            .li(.a(.href($0.attributeEscaped), .attribute(named: "rel", value: "noopener"), .text($0)))
                        }))),
            .h2(.id("attachments"), .text(t(PracticeText.attachments))),
            files.isEmpty
                ? .p(.text(t(PracticeText.noAttachments)))
                : .ul(
                    .class("attachments"),
                    .forEach(files) { file in
                        .li(
                            .a(.href(SiteRoute.practiceFile(id: id, file: file.id!).path), .text(file.name)),
                            .text(" (\(file.kind.rawValue.uppercased()), \(t.integer(max(1, file.size / 1024))) KiB)"),
                            .if(
                                writes,
                                Form.action(
                                    .practiceFileDelete(id: id, file: file.id!), label: t(PracticeText.deleteFile, ["name": file.name]),
                                    csrf: csrf)))
                    }),
            .if(
                writes,
                .group(
                    Form.errorSummary(upload, title: t(CoreText.formErrorsTitle)),
                    .form(
                        .method(.post), .action(SiteRoute.practiceAttachments(id: id).path), .enctype(.multipartData),
                        .attribute(named: "novalidate", value: "novalidate"), Form.csrf(csrf),
                        .div(
                            .class("field"),
                            .label(.for("field-file"), .text(t(PracticeText.attachFile))),
                            .p(.id("field-file-hint"), .class("hint"), .text(t(PracticeText.attachHint))),
                            .unwrap(upload.errors["file"]) { .p(.class("field-error"), .id("field-file-error"), .text($0)) },
                            .input(
                                .type(.file), .id("field-file"), .name("file"),
                                .attribute(named: "accept", value: ".pdf,.png,.jpg,.jpeg,.odt,.docx"),
                                .attribute(
                                    named: "aria-describedby",
                                    value: upload.errors["file"] == nil ? "field-file-hint" : "field-file-hint field-file-error"))),
                        Form.submit(t(PracticeText.attach), secondary: true))))
        )
        let page = page(practice.title, practice.summary, content, t, inList: true)
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }

    // MARK: Writing

    static var fields: [String] {
        ["title", "summary", "field", "purpose", "challenge", "solution", "cost_eur", "months", "requirements", "contacts", "links"]
            + PracticeResultsForm.fields
    }

    static func partnerName(_ id: UUID) -> String { "partner_" + id.uuidString }

    static func values(_ practice: GoodPractice, _ language: Kernel.Language) -> [String: String] {
        var values = [
            "title": practice.title, "summary": practice.summary, "field": practice.field.rawValue, "purpose": practice.purpose.rawValue,
            "challenge": practice.challenge, "solution": practice.solution,
            "cost_eur": NumberInput.text(practice.costCents.map { Double($0) / 100 }, language),
            "months": practice.months.map { String($0) } ?? "", "requirements": practice.requirements, "contacts": practice.contacts,
            "links": practice.linksText,
        ]
        values.merge(PracticeResultsForm.values(practice.results, language)) { a, _ in a }
        for partner in practice.partners { values[partnerName(partner)] = "on" }
        return values
    }

    /// The form read into `practice`; `partners` are the cities it may name (every member city but the owner).
    static func read(_ values: [String: String], into practice: GoodPractice, partners offered: [UUID], _ t: Localizer) -> FormState {
        var form = FormReader(FormFields(values, numbers: [:]), t, shown: fields)
        let title = form.text("title", max: 300, required: true)
        let summary = form.text("summary", max: 2000, required: true)
        let field = form.choice("field", FieldOfAction.self)
        let purpose = form.choice("purpose", ActionPurpose.self)
        let challenge = form.text("challenge", max: 10_000, required: true)
        let solution = form.text("solution", max: 10_000, required: true)
        let cost = form.money("cost_eur", max: 1e10)
        let months = form.integer("months", in: 1...600)
        let requirements = form.text("requirements", max: 10_000) ?? ""
        let contacts = form.text("contacts", max: 2000) ?? ""
        let results = PracticeResultsForm.read(values, &form, t)
        let linkText = form.text("links", max: 5000) ?? ""
        let links = linkText.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if links.count > 10 { form.fail("links", t(PracticeText.tooManyLinks)) }
        for (index, link) in links.enumerated() where !form.failed("links") {
            guard let url = URL(string: link), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else {
                form.fail("links", t(PracticeText.linkInvalid, ["n": String(index + 1)]))
                break
            }
        }
        let partners = offered.filter { !(values[partnerName($0)] ?? "").isEmpty }
        guard form.isValid, let title, let summary, let field, let purpose, let challenge, let solution else { return form.state }
        practice.title = title
        practice.summary = summary
        practice.field = field
        practice.purpose = purpose
        practice.challenge = challenge
        practice.solution = solution
        practice.costCents = cost.map { Int64(($0 * 100).rounded()) }
        practice.months = months
        practice.requirements = requirements
        practice.contacts = contacts
        practice.linksText = links.joined(separator: "\n")
        practice.results = results
        practice.partners = partners
        return form.state
    }

    /// The member cities a practice of `owner` may name as partners.
    static func partnerChoices(owner: UUID, on database: any Database) async throws -> [City] {
        try await City.query(on: database).filter(\.$membershipStatus == .member).sort(\.$name).all().filter { $0.id != owner }
    }

    static func form(_ state: FormState, action: SiteRoute, submit: String, partners: [City], _ request: Request) -> [Node<
        HTML.BodyContext
    >] {
        let t = request.t
        let boxes: [Node<HTML.FormContext>] = partners.map { city in
            .div(
                .class("checkbox"), Form.checkbox(partnerName(city.id!), checked: !state[partnerName(city.id!)].isEmpty),
                .label(.for("field-\(partnerName(city.id!))"), .text(city.name)))
        }
        return [
            Form.errorSummary(state, title: t(CoreText.formErrorsTitle)),
            .form(
                .method(.post), .action(action.path), .attribute(named: "novalidate", value: "novalidate"), Form.csrf(request.csrfToken),
                Form.version(state),
                Form.field("title", label: t(PracticeText.fieldTitle), state: state, required: true),
                Form.field("summary", label: t(PracticeText.fieldSummary), kind: .textarea, state: state, required: true),
                .div(
                    .class("form-grid"),
                    Form.field(
                        "field", label: t(PracticeText.fieldField),
                        kind: .select([("", t(CoreText.chooseNone))] + FieldOfAction.allCases.map { ($0.rawValue, t($0.text)) }),
                        state: state,
                        required: true),
                    Form.field(
                        "purpose", label: t(PracticeText.fieldPurpose),
                        kind: .select([("", t(CoreText.chooseNone))] + ActionPurpose.allCases.map { ($0.rawValue, t($0.text)) }),
                        state: state, required: true),
                    Form.field("cost_eur", label: t(PracticeText.fieldCost), state: state),
                    Form.field("months", label: t(PracticeText.fieldMonths), kind: .number, state: state)),
                .element(
                    named: "fieldset",
                    nodes: [.class("checkboxes"), .element(named: "legend", text: t(PracticeText.fieldPartners))] + boxes),
                Form.field("challenge", label: t(PracticeText.fieldChallenge), kind: .textarea, state: state, required: true),
                Form.field("solution", label: t(PracticeText.fieldSolution), kind: .textarea, state: state, required: true),
                PracticeResultsForm.fieldset(state, t),
                Form.field("requirements", label: t(PracticeText.fieldRequirements), kind: .textarea, state: state),
                Form.field("contacts", label: t(PracticeText.fieldContacts), kind: .textarea, state: state),
                Form.field("links", label: t(PracticeText.fieldLinks), kind: .textarea, state: state, hint: t(PracticeText.fieldLinksHint)),
                Form.submit(submit)),
        ]
    }

    static func renderForm(
        _ title: String, _ lead: String?, _ state: FormState, action: SiteRoute, submit: String, partners: [City], _ request: Request,
        status: HTTPResponseStatus = .ok
    ) -> HTMLResponse {
        let content: Node<HTML.BodyContext> = .group(
            .h1(.text(title)), .unwrap(lead) { .p(.class("lead"), .text($0)) },
            .group(form(state, action: action, submit: submit, partners: partners, request)))
        return HTMLResponse(status: status, html: Layout.render(page(title, lead, content, request.t, inList: true), PageContext(request)))
    }

    @Sendable static func newForm(_ request: Request) async throws -> HTMLResponse {
        let (_, member) = try await WorkingGroup.requireMember(request)
        let t = request.t
        return renderForm(
            t(PracticeText.addTitle), t(PracticeText.addLead), FormState(), action: .practices(), submit: t(PracticeText.save),
            partners: try await partnerChoices(owner: member.$city.id, on: request.db), request)
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let (principal, member) = try await WorkingGroup.requireMember(request)
        let t = request.t
        let partners = try await partnerChoices(owner: member.$city.id, on: request.db)
        let practice = GoodPractice()
        let state = read(try request.form().text, into: practice, partners: partners.compactMap(\.id), t)
        guard state.isValid else {
            return try await renderForm(
                t(PracticeText.addTitle), t(PracticeText.addLead), state, action: .practices(), submit: t(PracticeText.save),
                partners: partners, request, status: .unprocessableEntity
            ).encodeResponse(for: request)
        }
        practice.$city.id = member.$city.id
        practice.$author.id = member.$user.id
        try await Audit.create(practice, by: principal.actor, on: request.db)
        return request.redirect(to: .practice(id: try practice.requireID()), notice: .saved)
    }

    @Sendable static func editForm(_ request: Request) async throws -> HTMLResponse {
        let (practice, _) = try await writing(request)
        let t = request.t
        return renderForm(
            t(PracticeText.editTitle), nil, FormState(editing: values(practice, request.language), version: practice.version),
            action: .practiceEdit(id: try practice.requireID()), submit: t(PracticeText.save),
            partners: try await partnerChoices(owner: practice.$city.id, on: request.db), request)
    }

    @Sendable static func save(_ request: Request) async throws -> Response {
        let (practice, principal) = try await writing(request)
        let t = request.t
        let values = try request.form().text
        let partners = try await partnerChoices(owner: practice.$city.id, on: request.db)
        let ids = partners.compactMap(\.id)
        var state = read(values, into: GoodPractice(), partners: ids, t)
        state.keepVersion(of: values)
        func again(_ state: FormState, _ status: HTTPResponseStatus) async throws -> Response {
            try await renderForm(
                t(PracticeText.editTitle), nil, state, action: .practiceEdit(id: try practice.requireID()), submit: t(PracticeText.save),
                partners: partners, request, status: status
            ).encodeResponse(for: request)
        }
        guard state.isValid else { return try await again(state, .unprocessableEntity) }
        do {
            try await Audit.update(practice, expecting: Audit.expectedVersion(values["version"]), by: principal.actor, on: request.db) {
                _ = read(values, into: $0, partners: ids, t)
            }
        } catch is EditConflict {
            let current = try await GoodPractice.find(practice.requireID(), on: request.db).orNotFound()
            state.changedMeanwhile(stored: Self.values(current, request.language), version: current.version, t)
            return try await again(state, .conflict)
        }
        return request.redirect(to: .practice(id: try practice.requireID()), notice: .saved)
    }

    @Sendable static func publish(_ request: Request) async throws -> Response {
        try await change(request, to: .published)
    }

    @Sendable static func unpublish(_ request: Request) async throws -> Response {
        try await change(request, to: .draft)
    }

    static func change(_ request: Request, to status: PracticeStatus) async throws -> Response {
        let (practice, principal) = try await writing(request)
        if practice.status != status {
            try await Audit.update(practice, expecting: nil, by: principal.actor, on: request.db) {
                $0.status = status
                if status == .published, $0.publishedAt == nil { $0.publishedAt = Date() }
            }
        }
        return request.redirect(to: .practice(id: try practice.requireID()), notice: .saved)
    }

    @Sendable static func delete(_ request: Request) async throws -> Response {
        let (practice, principal) = try await writing(request)
        try await Audit.delete(practice, by: principal.actor, on: request.db)
        let owner = try await City.find(practice.$city.id, on: request.db)
        return request.redirect(
            to: .practices(), notice: .deleted,
            undo: owner.map { Undo(slug: $0.slug, type: GoodPractice.auditType, id: practice.id!) })
    }

    /// A deleted practice comes back on its owner city's deleted-records page.
    static let restorable = Restorable.of(
        GoodPractice.self,
        deleted: { cityID, database in
            GoodPractice.query(on: database).withDeleted().filter(\.$city.$id == cityID).filter(\.$deletedAt != nil)
        },
        label: { $0.title }, deletedAt: { $0.deletedAt }, permission: { _ in .workInPartnership })

    // MARK: Attachments

    /// Reads the one file of the form, checked by its content; nothing is stored when it is refused.
    static func readFile(_ request: Request, _ t: Localizer) throws -> (name: String, kind: FileKind, bytes: [UInt8]) {
        struct Body: Content { var file: File? }
        let body = try? request.content.decode(Body.self)
        guard let file = body?.file, file.data.readableBytes > 0 else {
            throw PracticeUploadError(field: "file", message: t(PracticeText.fileEmpty))
        }
        switch FileName.check(file.filename) {
        case .empty?: throw PracticeUploadError(field: "file", message: t(PracticeText.fileEmpty))
        case .path?: throw PracticeUploadError(field: "file", message: t(PracticeText.fileNamePath))
        case .control?: throw PracticeUploadError(field: "file", message: t(PracticeText.fileNameControl))
        case .long?: throw PracticeUploadError(field: "file", message: t(PracticeText.fileNameLong))
        case nil: break
        }
        guard file.data.readableBytes <= FileStore.maximumSize else {
            throw PracticeUploadError(field: "file", message: t(PracticeText.fileTooBig))
        }
        let bytes = Array(file.data.readableBytesView)
        guard let kind = FileKind.detect(bytes) else { throw PracticeUploadError(field: "file", message: t(PracticeText.fileType)) }
        return (file.filename.trimmingCharacters(in: .whitespacesAndNewlines), kind, bytes)
    }

    struct PracticeUploadError: Error {
        let field: String
        let message: String
    }

    @Sendable static func attach(_ request: Request) async throws -> Response {
        let (practice, principal) = try await writing(request)
        let t = request.t
        let file: (name: String, kind: FileKind, bytes: [UInt8])
        do {
            file = try readFile(request, t)
        } catch let problem as PracticeUploadError {
            var state = FormState()
            state.fail(problem.field, problem.message)
            return try await render(practice, state, request, status: .unprocessableEntity).encodeResponse(for: request)
        }
        let sha = try request.application.files.store(file.bytes)
        let attachment = PracticeAttachment()
        attachment.$practice.id = try practice.requireID()
        attachment.cityID = practice.$city.id
        attachment.name = file.name
        attachment.kind = file.kind
        attachment.size = file.bytes.count
        attachment.sha256 = sha
        try await Audit.create(attachment, by: principal.actor, on: request.db)
        return request.redirect(to: .practice(id: try practice.requireID()), notice: .saved)
    }

    static func loadFile(_ request: Request, _ practice: GoodPractice) async throws -> PracticeAttachment {
        guard
            let file = try await PracticeAttachment.query(on: request.db).filter(\.$id == request.uuidParameter(SiteRoute.fileParameter))
                .filter(\.$practice.$id == practice.requireID()).first()
        else { throw AppError.notFound }
        return file
    }

    @Sendable static func download(_ request: Request) async throws -> Response {
        let practice = try await load(request)
        let file = try await loadFile(request, practice)
        return try request.application.files.response(sha256: file.sha256, name: file.name, kind: file.kind)
    }

    @Sendable static func deleteFile(_ request: Request) async throws -> Response {
        let (practice, principal) = try await writing(request)
        let file = try await loadFile(request, practice)
        try await Audit.delete(file, by: principal.actor, on: request.db)
        let owner = try await City.find(practice.$city.id, on: request.db)
        return request.redirect(
            to: .practice(id: try practice.requireID()), notice: .deleted,
            undo: owner.map { Undo(slug: $0.slug, type: PracticeAttachment.auditType, id: file.id!) })
    }

    static let restorableFile = Restorable.of(
        PracticeAttachment.self,
        deleted: { cityID, database in
            PracticeAttachment.query(on: database).withDeleted().filter(\.$cityID == cityID).filter(\.$deletedAt != nil)
        },
        label: { $0.name }, deletedAt: { $0.deletedAt }, permission: { _ in .workInPartnership })
}
