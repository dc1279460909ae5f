import Fluent
import Foundation
import Kernel
import Plot
import Vapor

/// Help requests: public to read; working-group members ask, members of other
/// cities answer (in order; edited by their author, deleted reversibly), the
/// asker marks the answer that solved it; the asker or the coordinator closes
/// and reopens. Members whose expertise matches are told through the outbox.
enum HelpRequestsController {
    static func register(_ routes: any RoutesBuilder) {
        routes.get(.helpRequests(), use: list)
        routes.get(.helpRequestNew, use: askForm)
        routes.post(.helpRequests(), use: ask)
        routes.get(.helpRequest(id: UUID()), use: show)
        routes.get(.helpRequestEdit(id: UUID()), use: editForm)
        routes.post(.helpRequestEdit(id: UUID()), use: save)
        routes.post(.helpRequestAnswers(id: UUID()), use: answer)
        routes.post(.helpRequestSolved(id: UUID()), use: solved)
        routes.post(.helpRequestClose(id: UUID()), use: close)
        routes.post(.helpRequestReopen(id: UUID()), use: reopen)
        routes.get(.helpAnswerEdit(request: UUID(), answer: UUID()), use: answerEditForm)
        routes.post(.helpAnswerEdit(request: UUID(), answer: UUID()), use: saveAnswer)
        routes.post(.helpAnswerDelete(request: UUID(), answer: UUID()), use: deleteAnswer)
    }

    // MARK: Reading

    /// A request with what the list and its page show of it.
    struct Row: Sendable {
        let request: HelpRequest
        let askerName: String
        let citySlug: String
        let cityName: String
        let answers: Int
        var id: UUID { request.id! }
    }

    static func rows(_ filter: SiteRoute.HelpFilter, on database: any Database) async throws -> [Row] {
        let query = HelpRequest.query(on: database).with(\.$user).with(\.$city).sort(\.$createdAt, .descending).sort(\.$id)
        if let state = filter.state { query.filter(\.$state == state) }
        if let field = filter.field { query.filter(\.$field == field) }
        let requests = try await query.all().filter { filter.city == nil || $0.city.slug == filter.city }
        let ids = requests.compactMap(\.id)
        var counts: [UUID: Int] = [:]
        if !ids.isEmpty {
            for answer in try await HelpAnswer.query(on: database).filter(\.$request.$id ~~ ids).field(\.$id).field(\.$request.$id).all() {
                counts[answer.$request.id, default: 0] += 1
            }
        }
        return requests.map {
            Row(request: $0, askerName: $0.user.name, citySlug: $0.city.slug, cityName: $0.city.name, answers: counts[$0.id!] ?? 0)
        }
    }

    static func row(_ id: UUID, on database: any Database) async throws -> Row? {
        guard let request = try await HelpRequest.query(on: database).filter(\.$id == id).with(\.$user).with(\.$city).first() else {
            return nil
        }
        let answers = try await HelpAnswer.query(on: database).filter(\.$request.$id == id).count()
        return Row(
            request: request, askerName: request.user.name, citySlug: request.city.slug, cityName: request.city.name, answers: answers)
    }

    static func answers(of id: UUID, on database: any Database) async throws -> [HelpAnswer] {
        try await HelpAnswer.query(on: database).filter(\.$request.$id == id).with(\.$user).with(\.$city).sort(\.$createdAt).sort(\.$id)
            .all()
    }

    @Sendable static func list(_ request: Request) async throws -> HTMLResponse {
        let t = request.t
        let query = (try? request.query.decode([String: String].self)) ?? [:]
        let filter = SiteRoute.HelpFilter(query: query)
        let list = ListQuery<HelpRequestState>(query: query)
        let rows = try await rows(filter, on: request.db)
        let shown = list.page(of: rows)
        let member = try await WorkingGroup.membership(of: request.principal, on: request.db)
        let cities = try await City.query(on: request.db).filter(\.$membershipStatus == .member).sort(\.$name).all()
        let content: Node<HTML.BodyContext> = .group(
            .h1(.text(t(HelpRequestText.title))),
            .p(.class("lead"), .text(t(HelpRequestText.lead))),
            .if(member != nil, .p(.a(.class("button"), .href(SiteRoute.helpRequestNew.path), .text(t(HelpRequestText.ask))))),
            WorkingGroupController.filters(
                t(HelpRequestText.filterState), all: t(HelpRequestText.allStates),
                options: HelpRequestState.allCases.map { ($0.rawValue, t($0.text)) }, current: filter.state?.rawValue
            ) {
                var next = filter
                next.state = $0.flatMap(HelpRequestState.init(rawValue:))
                return .helpRequests(next)
            },
            WorkingGroupController.filters(
                t(HelpRequestText.filterField), all: t(HelpRequestText.allFields),
                options: FieldOfAction.allCases.map { ($0.rawValue, t($0.text)) }, current: filter.field?.rawValue
            ) {
                var next = filter
                next.field = $0.flatMap(FieldOfAction.init(rawValue:))
                return .helpRequests(next)
            },
            WorkingGroupController.filters(
                t(HelpRequestText.filterCity), all: t(HelpRequestText.allCities), options: cities.map { ($0.slug, $0.name) },
                current: filter.city
            ) {
                var next = filter
                next.city = $0
                return .helpRequests(next)
            },
            .p(.text(t(HelpRequestText.count, count: rows.count))),
            rows.isEmpty
                ? .p(.text(t(HelpRequestText.none)))
                : Tables.list(
                    caption: t(HelpRequestText.caption),
                    columns: [
                        Tables.Column(t(HelpRequestText.columnTitle)), Tables.Column(t(HelpRequestText.columnField)),
                        Tables.Column(t(HelpRequestText.columnCity)), Tables.Column(t(HelpRequestText.columnAsked)),
                        Tables.Column(t(HelpRequestText.columnDeadline)), Tables.Column(t(HelpRequestText.columnState)),
                        Tables.Column(t(HelpRequestText.columnAnswers), numeric: true),
                    ],
                    rows: shown.rows.map { row in
                        [
                            Tables.Cell(.a(.href(SiteRoute.helpRequest(id: row.id).path), .text(row.request.title)), lang: "sl"),
                            .text(t(row.request.field.text)), .text(row.cityName),
                            .text(row.request.createdAt.map { t.date(CalendarDate($0)) } ?? ""),
                            .text(row.request.deadline.map(t.date) ?? "–"),
                            Tables.Cell(badge(row.request.state, t)), .text(t.integer(row.answers), numeric: true),
                        ]
                    }, t),
            Tables.pager(page: shown.page, pages: shown.pages, route: { .helpRequests(filter, page: $0 > 1 ? $0 : nil) }, t),
            .p(
                .a(
                    .href(SiteRoute.apiHelpRequests.path), .attribute(named: "type", value: "application/json"),
                    .text(t(HelpRequestText.openData))))
        )
        return HTMLResponse(html: Layout.render(page(t(HelpRequestText.title), t(HelpRequestText.lead), content, t), PageContext(request)))
    }

    static func page(_ title: String, _ description: String?, _ content: Node<HTML.BodyContext>, _ t: Localizer, inList: Bool = false)
        -> Kernel.Page
    {
        var crumbs: [Kernel.Page.Crumb] = [.init(title: t(CoreText.navHome), route: .home)]
        if inList { crumbs.append(.init(title: t(HelpRequestText.nav), route: .helpRequests())) }
        return Kernel.Page(title: title, description: description, section: .workingGroup, breadcrumbs: crumbs, content: content)
    }

    static func badge(_ state: HelpRequestState, _ t: Localizer) -> Node<HTML.BodyContext> {
        .span(.class("badge badge-help-\(state.rawValue)"), .text(t(state.text)))
    }

    /// Whether `principal` may close, reopen or mark the request: its asker or the coordinator.
    static func isAskerOrCoordinator(_ principal: Principal?, _ help: HelpRequest) -> Bool {
        guard let principal else { return false }
        return principal.has(.coordinator) || principal.userID == help.$user.id
    }

    @Sendable static func show(_ request: Request) async throws -> HTMLResponse {
        guard let row = try await row(request.uuidParameter(), on: request.db) else { throw AppError.notFound }
        return try await render(row, FormState(), request)
    }

    static func render(_ row: Row, _ state: FormState, _ request: Request, status: HTTPResponseStatus = .ok) async throws -> HTMLResponse {
        let t = request.t
        let help = row.request
        let answers = try await answers(of: row.id, on: request.db)
        let principal = request.principal
        let member = try await WorkingGroup.membership(of: principal, on: request.db)
        let manages = isAskerOrCoordinator(principal, help)
        let csrf = request.csrfToken
        let answering: Node<HTML.BodyContext>
        if help.state != .open {
            answering = .empty
        } else if let member, member.$city.id != help.$city.id {
            answering = .group(
                .h2(.id("answer"), .text(t(HelpRequestText.answerTitle))),
                Form.errorSummary(state, title: t(CoreText.formErrorsTitle)),
                .form(
                    .method(.post), .action(SiteRoute.helpRequestAnswers(id: row.id).path),
                    .attribute(named: "novalidate", value: "novalidate"), Form.csrf(csrf),
                    Form.field("body", label: t(HelpRequestText.fieldBody), kind: .textarea, state: state, required: true),
                    Form.submit(t(HelpRequestText.answer))))
        } else if member != nil {
            answering = .p(.class("hint"), .text(t(HelpRequestText.answerOwnCity)))
        } else {
            answering = .p(.class("hint"), .text(t(HelpRequestText.answerMembersOnly)))
        }
        let content: Node<HTML.BodyContext> = .group(
            .h1(.attribute(named: "lang", value: "sl"), .text(help.title)),
            .p(
                badge(help.state, t), .text(" "), .text(t(help.field.text)), .text(" · "),
                .text(
                    t(
                        HelpRequestText.askedBy,
                        [
                            "name": row.askerName, "city": row.cityName,
                            "date": help.createdAt.map { t.date(CalendarDate($0)) } ?? "",
                        ])),
                .unwrap(help.deadline) { .group(.text(" · "), .text(t(HelpRequestText.deadline, ["date": t.date($0)]))) }),
            .div(.class("prose"), .attribute(named: "lang", value: "sl"), .group(paragraphs(help.question))),
            .if(
                manages,
                .div(
                    .class("record-actions"),
                    .if(
                        principal?.userID == help.$user.id,
                        .a(.class("button button-secondary"), .href(SiteRoute.helpRequestEdit(id: row.id).path), .text(t(CoreText.edit)))),
                    help.state == .open
                        ? Form.action(.helpRequestClose(id: row.id), label: t(HelpRequestText.close), csrf: csrf)
                        : Form.action(.helpRequestReopen(id: row.id), label: t(HelpRequestText.reopen), csrf: csrf))),
            .if(help.state == .solved, .p(.class("notice-inline"), .text(t(HelpRequestText.solvedNote)))),
            .if(help.state == .closed, .p(.class("notice-inline"), .text(t(HelpRequestText.closedNote)))),
            .h2(.text(t(HelpRequestText.answersTitle))),
            answers.isEmpty
                ? .p(.text(t(HelpRequestText.noAnswers)))
                : .ol(
                    .class("answers"),
                    .forEach(answers) { answer in
                        let solved = help.solvedAnswerID == answer.id
                        return .li(
                            .id("answer-\(answer.id!.uuidString)"), .class(solved ? "answer answer-solved" : "answer"),
                            .p(
                                .class("answer-meta"), .strong(.text(answer.user.name)), .text(", \(answer.city.name), "),
                                .text(answer.createdAt.map { t.dateTime($0) } ?? ""),
                                .unwrap(answer.editedAt) { .text(" (" + t(HelpRequestText.edited, ["date": t.dateTime($0)]) + ")") }),
                            .if(solved, .p(.class("badge badge-help-solved"), .text(t(HelpRequestText.solvedBy)))),
                            .div(.class("prose"), .attribute(named: "lang", value: "sl"), .group(paragraphs(answer.body))),
                            .div(
                                .class("record-actions"),
                                .if(
                                    principal?.userID == help.$user.id && help.state == .open,
                                    .form(
                                        .class("inline-form"), .method(.post), .action(SiteRoute.helpRequestSolved(id: row.id).path),
                                        Form.csrf(csrf), .input(.type(.hidden), .name("answer"), .value(answer.id!.uuidString)),
                                        .button(.type(.submit), .class("button"), .text(t(HelpRequestText.markSolved))))),
                                .if(
                                    principal?.userID == answer.$user.id,
                                    .a(
                                        .class("button button-secondary"),
                                        .href(SiteRoute.helpAnswerEdit(request: row.id, answer: answer.id!).path), .text(t(CoreText.edit)))),
                                .if(
                                    principal?.userID == answer.$user.id || principal?.can(.restoreCityRecords(answer.$city.id)) == true,
                                    Form.action(
                                        .helpAnswerDelete(request: row.id, answer: answer.id!), label: t(HelpRequestText.deleteAnswer),
                                        csrf: csrf))))
                    }),
            answering
        )
        let page = page(help.title, String(help.question.prefix(200)), content, t, inList: true)
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }

    /// A text's paragraphs, as typed (blank lines part them).
    static func paragraphs(_ text: String) -> [Node<HTML.BodyContext>] {
        text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            .map { .p(.text($0)) }
    }

    // MARK: Asking and editing a request

    static let fields = ["title", "question", "field", "deadline"]

    static func form(_ state: FormState, action: SiteRoute, submit: String, _ request: Request) -> [Node<HTML.BodyContext>] {
        let t = request.t
        return [
            Form.errorSummary(state, title: t(CoreText.formErrorsTitle)),
            .form(
                .method(.post), .action(action.path), .attribute(named: "novalidate", value: "novalidate"), Form.csrf(request.csrfToken),
                Form.version(state),
                Form.field("title", label: t(HelpRequestText.fieldTitle), state: state, required: true),
                Form.field("question", label: t(HelpRequestText.fieldQuestion), kind: .textarea, state: state, required: true),
                .div(
                    .class("form-grid"),
                    Form.field(
                        "field", label: t(HelpRequestText.fieldField),
                        kind: .select([("", t(CoreText.chooseNone))] + FieldOfAction.allCases.map { ($0.rawValue, t($0.text)) }),
                        state: state, required: true),
                    Form.field(
                        "deadline", label: t(HelpRequestText.fieldDeadline), kind: .date, state: state,
                        hint: t(HelpRequestText.fieldDeadlineHint))),
                Form.submit(submit)),
        ]
    }

    static func values(_ help: HelpRequest) -> [String: String] {
        ["title": help.title, "question": help.question, "field": help.field.rawValue, "deadline": help.deadlineText ?? ""]
    }

    /// The form read into `help`; a new request's deadline may not be past.
    static func read(_ values: [String: String], into help: HelpRequest, isNew: Bool, _ t: Localizer) -> FormState {
        var form = FormReader(FormFields(values, numbers: [:]), t, shown: fields)
        let title = form.text("title", max: 200, required: true)
        let question = form.text("question", max: 10_000, required: true)
        let field = form.choice("field", FieldOfAction.self)
        let deadline = form.date("deadline", day: true)
        if isNew, let deadline, deadline < WorkingGroup.today { form.fail("deadline", t(HelpRequestText.deadlinePast)) }
        guard form.isValid, let title, let question, let field else { return form.state }
        help.title = title
        help.question = question
        help.field = field
        help.deadlineText = deadline?.iso
        return form.state
    }

    static func renderAsk(_ state: FormState, _ request: Request, status: HTTPResponseStatus = .ok) -> HTMLResponse {
        let t = request.t
        let content: Node<HTML.BodyContext> = .group(
            .h1(.text(t(HelpRequestText.askTitle))), .p(.class("lead"), .text(t(HelpRequestText.askLead))),
            .group(form(state, action: .helpRequests(), submit: t(HelpRequestText.ask), request)))
        return HTMLResponse(
            status: status,
            html: Layout.render(
                page(t(HelpRequestText.askTitle), t(HelpRequestText.askLead), content, t, inList: true), PageContext(request)))
    }

    @Sendable static func askForm(_ request: Request) async throws -> HTMLResponse {
        _ = try await WorkingGroup.requireMember(request)
        return renderAsk(FormState(), request)
    }

    @Sendable static func ask(_ request: Request) async throws -> Response {
        let (principal, member) = try await WorkingGroup.requireMember(request)
        let t = request.t
        let help = HelpRequest()
        let state = read(try request.form().text, into: help, isNew: true, t)
        guard state.isValid else { return try await renderAsk(state, request, status: .unprocessableEntity).encodeResponse(for: request) }
        help.$city.id = member.$city.id
        help.$member.id = try member.requireID()
        help.$user.id = member.$user.id
        help.createdAt = Date()
        let asker = try await WorkingGroup.row(id: member.requireID(), on: request.db)
        let experts = try await WorkingGroup.experts(in: help.field, except: member.$city.id, on: request.db)
        // The request and its e-mails in one transaction: both or neither.
        try await request.db.transaction { database in
            try await Audit.create(help, by: principal.actor, on: database)
            let link = SiteRoute.helpRequest(id: try help.requireID()).path
            for expert in experts {
                let words = [
                    "name": asker?.name ?? "", "city": asker?.cityName ?? "", "title": help.title, "question": help.question, "link": link,
                ]
                try await OutboxMessage(
                    to: expert.email, subject: Localizer(.sl)(HelpRequestText.mailAskedSubject, words),
                    body: Localizer(.sl)(HelpRequestText.mailAskedBody, words) + "\n\n— — —\n\n"
                        + Localizer(.en)(HelpRequestText.mailAskedBody, words)
                ).create(on: database)
            }
        }
        return request.redirect(to: .helpRequest(id: try help.requireID()), notice: .saved)
    }

    /// The request of the address and its asker: only they edit it.
    static func asked(_ request: Request) async throws -> (Row, Principal) {
        let principal = try request.require(.workInPartnership)
        guard let row = try await row(request.uuidParameter(), on: request.db) else { throw AppError.notFound }
        guard principal.userID == row.request.$user.id else { throw AppError.forbidden }
        return (row, principal)
    }

    static func renderEdit(_ row: Row, _ state: FormState, _ request: Request, status: HTTPResponseStatus = .ok) -> HTMLResponse {
        let t = request.t
        let content: Node<HTML.BodyContext> = .group(
            .h1(.text(t(HelpRequestText.editTitle))),
            .group(form(state, action: .helpRequestEdit(id: row.id), submit: t(HelpRequestText.save), request)))
        return HTMLResponse(
            status: status, html: Layout.render(page(t(HelpRequestText.editTitle), nil, content, t, inList: true), PageContext(request)))
    }

    @Sendable static func editForm(_ request: Request) async throws -> HTMLResponse {
        let (row, _) = try await asked(request)
        return renderEdit(row, FormState(editing: values(row.request), version: row.request.version), request)
    }

    @Sendable static func save(_ request: Request) async throws -> Response {
        let (row, principal) = try await asked(request)
        let t = request.t
        let values = try request.form().text
        var state = read(values, into: HelpRequest(), isNew: false, t)
        state.keepVersion(of: values)
        guard state.isValid else {
            return try await renderEdit(row, state, request, status: .unprocessableEntity).encodeResponse(for: request)
        }
        do {
            try await Audit.update(row.request, expecting: Audit.expectedVersion(values["version"]), by: principal.actor, on: request.db) {
                _ = read(values, into: $0, isNew: false, t)
            }
        } catch is EditConflict {
            let current = try await HelpRequest.find(row.request.requireID(), on: request.db).orNotFound()
            state.changedMeanwhile(stored: Self.values(current), version: current.version, t)
            return try await renderEdit(row, state, request, status: .conflict).encodeResponse(for: request)
        }
        return request.redirect(to: .helpRequest(id: row.id), notice: .saved)
    }

    // MARK: States

    /// Moves the request from one of `from` to `to` in one conditional statement
    /// (two clicks at the same moment change it once); `false` when it was not in `from`.
    static func move(
        _ help: HelpRequest, from: [HelpRequestState], to: HelpRequestState, solvedBy answer: UUID?, by principal: Principal,
        on database: any Database
    ) async throws -> Bool {
        guard from.contains(help.state) else { return false }
        do {
            try await Audit.update(help, expecting: help.version, by: principal.actor, on: database) {
                $0.state = to
                $0.solvedAnswerID = answer
            }
            return true
        } catch is EditConflict {
            return false
        }
    }

    @Sendable static func solved(_ request: Request) async throws -> Response {
        let principal = try request.require(.workInPartnership)
        guard let row = try await row(request.uuidParameter(), on: request.db) else { throw AppError.notFound }
        guard principal.userID == row.request.$user.id else { throw AppError.forbidden }
        let chosen = try request.form().text["answer"].flatMap(UUID.init(uuidString:))
        guard let chosen, try await HelpAnswer.query(on: request.db).filter(\.$id == chosen).filter(\.$request.$id == row.id).count() == 1
        else {
            var state = FormState()
            state.fail("answer", request.t(HelpRequestText.notAnswer))
            return try await render(row, state, request, status: .unprocessableEntity).encodeResponse(for: request)
        }
        // Changed meanwhile (closed, solved by another click): the page shows how it stands.
        let moved = try await move(row.request, from: [.open], to: .solved, solvedBy: chosen, by: principal, on: request.db)
        return request.redirect(to: .helpRequest(id: row.id), notice: moved ? Notice.saved : nil)
    }

    @Sendable static func close(_ request: Request) async throws -> Response {
        try await change(request, from: [.open], to: .closed)
    }

    @Sendable static func reopen(_ request: Request) async throws -> Response {
        try await change(request, from: [.solved, .closed], to: .open)
    }

    static func change(_ request: Request, from: [HelpRequestState], to: HelpRequestState) async throws -> Response {
        let principal = try request.require(.workInPartnership)
        guard let row = try await row(request.uuidParameter(), on: request.db) else { throw AppError.notFound }
        guard isAskerOrCoordinator(principal, row.request) else { throw AppError.forbidden }
        let moved = try await move(row.request, from: from, to: to, solvedBy: nil, by: principal, on: request.db)
        return request.redirect(to: .helpRequest(id: row.id), notice: moved ? Notice.saved : nil)
    }

    // MARK: Answers

    @Sendable static func answer(_ request: Request) async throws -> Response {
        let (principal, member) = try await WorkingGroup.requireMember(request)
        guard let row = try await row(request.uuidParameter(), on: request.db) else { throw AppError.notFound }
        guard member.$city.id != row.request.$city.id else { throw AppError.forbidden }
        // Solved or closed meanwhile: the page says so, and takes no answer.
        guard row.request.state == .open else { return request.redirect(to: .helpRequest(id: row.id)) }
        let t = request.t
        var form = FormReader(FormFields(try request.form().text, numbers: [:]), t, shown: ["body"])
        let body = form.text("body", max: 10_000, required: true)
        guard form.isValid, let body else {
            return try await render(row, form.state, request, status: .unprocessableEntity).encodeResponse(for: request)
        }
        let answer = HelpAnswer()
        answer.$request.id = row.id
        answer.$city.id = member.$city.id
        answer.$member.id = try member.requireID()
        answer.$user.id = member.$user.id
        answer.body = body
        answer.createdAt = Date()
        let answerer = try await WorkingGroup.row(id: member.requireID(), on: request.db)
        let asker = try await User.find(row.request.$user.id, on: request.db)
        try await request.db.transaction { database in
            try await Audit.create(answer, by: principal.actor, on: database)
            if let asker {
                let words = [
                    "name": answerer?.name ?? "", "city": answerer?.cityName ?? "", "title": row.request.title, "body": body,
                    "link": SiteRoute.helpRequest(id: row.id).path,
                ]
                try await OutboxMessage(
                    to: asker.email, subject: Localizer(.sl)(HelpRequestText.mailAnswerSubject, words),
                    body: Localizer(.sl)(HelpRequestText.mailAnswerBody, words) + "\n\n— — —\n\n"
                        + Localizer(.en)(HelpRequestText.mailAnswerBody, words)
                ).create(on: database)
            }
        }
        return request.redirect(to: .helpRequest(id: row.id), notice: .saved)
    }

    /// The answer of the address (of the request of the address).
    static func loadAnswer(_ request: Request) async throws -> HelpAnswer {
        guard
            let answer = try await HelpAnswer.query(on: request.db).filter(\.$id == request.uuidParameter(SiteRoute.answerParameter))
                .filter(\.$request.$id == request.uuidParameter()).with(\.$city).first()
        else { throw AppError.notFound }
        return answer
    }

    static func renderAnswerEdit(_ answer: HelpAnswer, _ state: FormState, _ request: Request, status: HTTPResponseStatus = .ok)
        -> HTMLResponse
    {
        let t = request.t
        let content: Node<HTML.BodyContext> = .group(
            .h1(.text(t(HelpRequestText.answerEditTitle))),
            Form.errorSummary(state, title: t(CoreText.formErrorsTitle)),
            .form(
                .method(.post), .action(SiteRoute.helpAnswerEdit(request: answer.$request.id, answer: answer.id!).path),
                .attribute(named: "novalidate", value: "novalidate"), Form.csrf(request.csrfToken), Form.version(state),
                Form.field("body", label: t(HelpRequestText.fieldBody), kind: .textarea, state: state, required: true),
                Form.submit(t(HelpRequestText.save))))
        return HTMLResponse(
            status: status,
            html: Layout.render(page(t(HelpRequestText.answerEditTitle), nil, content, t, inList: true), PageContext(request)))
    }

    /// The answer and its author, who alone edits it.
    static func ownAnswer(_ request: Request) async throws -> (HelpAnswer, Principal) {
        let principal = try request.require(.workInPartnership)
        let answer = try await loadAnswer(request)
        guard principal.userID == answer.$user.id else { throw AppError.forbidden }
        return (answer, principal)
    }

    @Sendable static func answerEditForm(_ request: Request) async throws -> HTMLResponse {
        let (answer, _) = try await ownAnswer(request)
        return renderAnswerEdit(answer, FormState(editing: ["body": answer.body], version: answer.version), request)
    }

    @Sendable static func saveAnswer(_ request: Request) async throws -> Response {
        let (answer, principal) = try await ownAnswer(request)
        let t = request.t
        let values = try request.form().text
        var form = FormReader(FormFields(values, numbers: [:]), t, shown: ["body"])
        let body = form.text("body", max: 10_000, required: true)
        var state = form.state
        state.keepVersion(of: values)
        guard state.isValid, let body else {
            return try await renderAnswerEdit(answer, state, request, status: .unprocessableEntity).encodeResponse(for: request)
        }
        do {
            try await Audit.update(answer, expecting: Audit.expectedVersion(values["version"]), by: principal.actor, on: request.db) {
                $0.body = body
                $0.editedAt = Date()
            }
        } catch is EditConflict {
            let current = try await HelpAnswer.find(answer.requireID(), on: request.db).orNotFound()
            state.changedMeanwhile(stored: ["body": current.body], version: current.version, t)
            return try await renderAnswerEdit(answer, state, request, status: .conflict).encodeResponse(for: request)
        }
        return request.redirect(to: .helpRequest(id: answer.$request.id), notice: .saved)
    }

    /// Deletes an answer (its author, the city admin or the coordinator); the notice offers undo,
    /// and the answerer's city keeps it on its deleted-records page.
    @Sendable static func deleteAnswer(_ request: Request) async throws -> Response {
        let principal = try request.requireSignedIn()
        let answer = try await loadAnswer(request)
        // Its author, or whoever looks after the answerer's city's records (its admin, the coordinator).
        guard principal.userID == answer.$user.id || principal.can(.restoreCityRecords(answer.$city.id)) else { throw AppError.forbidden }
        try await Audit.delete(answer, by: principal.actor, on: request.db)
        return request.redirect(
            to: .helpRequest(id: answer.$request.id), notice: .deleted,
            undo: Undo(slug: answer.city.slug, type: HelpAnswer.auditType, id: try answer.requireID()))
    }

    /// Deleted answers come back to their city's deleted-records page; their
    /// author restores their own (the city admin and the coordinator any).
    static let restorableAnswer = Restorable.of(
        HelpAnswer.self,
        deleted: { cityID, database in
            HelpAnswer.query(on: database).withDeleted().filter(\.$city.$id == cityID).filter(\.$deletedAt != nil)
        },
        label: { String($0.body.prefix(80)) }, deletedAt: { $0.deletedAt }, permission: { _ in .workInPartnership })

    // MARK: For other pages

    /// The home page's count of open requests.
    @Sendable static func homePanel(_ request: Request) async throws -> Node<HTML.BodyContext> {
        let t = request.t
        let open = try await HelpRequest.query(on: request.db).filter(\.$state == .open).count()
        return .section(
            .ariaLabel(t(HelpRequestText.panelTitle)),
            .h2(.text(t(HelpRequestText.panelTitle))),
            .p(.id("open-help-requests"), .text(t(HelpRequestText.panelCount, count: open))),
            .p(.a(.href(SiteRoute.helpRequests(SiteRoute.HelpFilter(state: .open)).path), .text(t(HelpRequestText.panelLink)))))
    }

    /// A member's page: the requests they asked and the answers they gave.
    static let memberSection: MemberSection = { member, request in
        let t = request.t
        let asked = try await HelpRequest.query(on: request.db).filter(\.$user.$id == member.userID).sort(\.$createdAt, .descending).all()
        let answered = try await HelpAnswer.query(on: request.db).filter(\.$user.$id == member.userID).with(\.$request)
            .sort(\.$createdAt, .descending).all()
        func link(_ help: HelpRequest) -> Node<HTML.BodyContext> {
            .a(.href(SiteRoute.helpRequest(id: help.id!).path), .attribute(named: "lang", value: "sl"), .text(help.title))
        }
        return .group(
            .h2(.text(t(HelpRequestText.memberAsked))),
            asked.isEmpty
                ? .p(.text(t(HelpRequestText.memberNothing)))
                : .ul(.forEach(asked) { .li(link($0), .text(" "), badge($0.state, t)) }),
            .h2(.text(t(HelpRequestText.memberAnswered))),
            answered.isEmpty
                ? .p(.text(t(HelpRequestText.memberNothing)))
                : .ul(.forEach(answered) { .li(link($0.request), .text(" · "), .text(String($0.body.prefix(120)))) }))
    }
}
