import Fluent
import Foundation
import Kernel
import Plot
import Vapor

/// The working group: a public directory and a page per member (contacts for
/// members and the coordinator only); a city's admin appoints members, edits
/// them and ends their terms, each change recorded.
enum WorkingGroupController {
    static func register(_ routes: any RoutesBuilder) {
        routes.get(.workingGroup(), use: directory)
        routes.get(.workingGroupMember(id: UUID()), use: member)
        routes.get(.workingGroupMemberEdit(id: UUID()), use: editForm)
        routes.post(.workingGroupMemberEdit(id: UUID()), use: save)
        routes.post(.workingGroupMemberEnd(id: UUID()), use: end)
        routes.get(.cityWorkingGroup(slug: ""), use: cityPage)
        routes.post(.cityWorkingGroup(slug: ""), use: appoint)
    }

    // MARK: The directory and a member's page

    @Sendable static func directory(_ request: Request) async throws -> HTMLResponse {
        let t = request.t
        let query = (try? request.query.decode([String: String].self)) ?? [:]
        let filter = SiteRoute.MemberFilter(query: query)
        let list = ListQuery<FieldOfAction>(query: query)
        let contacts = try await WorkingGroup.seesContacts(request.principal, on: request.db)
        let cities = try await City.query(on: request.db).sort(\.$name).all()
        let rows = try await WorkingGroup.rows(on: request.db).filter { row in
            (filter.city == nil || row.citySlug == filter.city) && (filter.field.map(row.member.fields.contains) ?? true)
                && ListQuery<FieldOfAction>.matches(filter.search, [row.name])
        }
        let shown = list.page(of: rows)
        let memberCities = Set(try await WorkingGroup.rows(on: request.db).map(\.citySlug))
        var columns = [
            Tables.Column(t(WorkingGroupText.columnName)), Tables.Column(t(WorkingGroupText.columnCity)),
            Tables.Column(t(WorkingGroupText.columnPosition)), Tables.Column(t(WorkingGroupText.columnExpertise)),
        ]
        if contacts { columns.append(Tables.Column(t(WorkingGroupText.columnContact))) }
        let content: Node<HTML.BodyContext> = .group(
            .h1(.text(t(WorkingGroupText.title))),
            .p(.class("lead"), .text(t(WorkingGroupText.lead))),
            ListSearch.form(
                action: .workingGroup(), label: t(WorkingGroupText.searchLabel), keeping: filter.query, search: filter.search, t),
            filters(
                t(WorkingGroupText.filterCity), all: t(WorkingGroupText.allCities),
                options: cities.filter { memberCities.contains($0.slug) }.map { ($0.slug, $0.name) }, current: filter.city
            ) {
                var next = filter
                next.city = $0
                return .workingGroup(next)
            },
            filters(
                t(WorkingGroupText.filterField), all: t(WorkingGroupText.allFields),
                options: FieldOfAction.allCases.map { ($0.rawValue, t($0.text)) }, current: filter.field?.rawValue
            ) {
                var next = filter
                next.field = $0.flatMap(FieldOfAction.init(rawValue:))
                return .workingGroup(next)
            },
            .p(.text(t(WorkingGroupText.count, count: rows.count))),
            rows.isEmpty
                ? .p(.text(t(WorkingGroupText.none)))
                : Tables.list(
                    caption: t(WorkingGroupText.caption), columns: columns,
                    rows: shown.rows.map { row in
                        var cells = [
                            Tables.Cell(.a(.href(SiteRoute.workingGroupMember(id: row.id).path), .text(row.name))),
                            Tables.Cell.text(row.cityName), Tables.Cell(.text(row.member.position), lang: "sl"),
                            Tables.Cell(.text(expertise(row.member, t))),
                        ]
                        if contacts { cells.append(Tables.Cell(contact(row))) }
                        return cells
                    }, t),
            Tables.pager(
                page: shown.page, pages: shown.pages,
                route: { page in
                    SiteRoute([.constant("working-group")], query: filter.query + (page > 1 ? [("page", String(page))] : []))
                }, t),
            .p(
                .a(
                    .href(SiteRoute.apiWorkingGroup().path), .attribute(named: "type", value: "application/json"),
                    .text(t(WorkingGroupText.openData))))
        )
        let page = Kernel.Page(
            title: t(WorkingGroupText.title), description: t(WorkingGroupText.lead), section: .workingGroup,
            breadcrumbs: [.init(title: t(CoreText.navHome), route: .home)], content: content)
        return HTMLResponse(html: Layout.render(page, PageContext(request)))
    }

    /// A row of filter links: "all", then each option; the current one marked.
    static func filters(
        _ label: String, all: String, options: [(value: String, label: String)], current: String?,
        route: (String?) -> SiteRoute
    ) -> Node<HTML.BodyContext> {
        .nav(
            .class("filters"), .ariaLabel(label), .span(.text(label + ":")),
            .ul(
                .li(.a(.href(route(nil).path), .text(all), .if(current == nil, .attribute(named: "aria-current", value: "true")))),
                .forEach(options) { option in
                    .li(
                        .a(
                            .href(route(option.value).path), .text(option.label),
                            .if(current == option.value, .attribute(named: "aria-current", value: "true"))))
                }))
    }

    /// "Stavbe, Energetski sistemi · toplotne črpalke".
    static func expertise(_ member: WorkingGroupMember, _ t: Localizer) -> String {
        let fields = member.fields.map { t($0.text) }.joined(separator: ", ")
        return member.tags.isEmpty ? fields : fields + " · " + member.tags.joined(separator: ", ")
    }

    static func contact(_ row: WorkingGroup.Row) -> Node<HTML.BodyContext> {
        .group(
            .a(.href("mailto:" + row.email), .text(row.email)),
            .unwrap(row.member.phone) { .group(.br(), .text($0)) })
    }

    static func term(_ member: WorkingGroupMember, _ t: Localizer) -> String {
        guard let from = member.from else { return "" }
        let span =
            member.to.map { t(WorkingGroupText.termFromTo, ["from": t.date(from), "to": t.date($0)]) }
            ?? t(WorkingGroupText.termFrom, ["from": t.date(from)])
        return span + " (" + t(member.isActive(on: WorkingGroup.today) ? WorkingGroupText.termOpen : WorkingGroupText.termEnded) + ")"
    }

    @Sendable static func member(_ request: Request) async throws -> HTMLResponse {
        let t = request.t
        guard let row = try await WorkingGroup.row(id: request.uuidParameter(), on: request.db) else { throw AppError.notFound }
        let contacts = try await WorkingGroup.seesContacts(request.principal, on: request.db)
        var sections: [Node<HTML.BodyContext>] = []
        for section in Partnership.memberSections { sections.append(try await section(row, request)) }
        let canManage = request.principal?.can(.manageCityPeople(row.member.$city.id)) ?? false
        let content: Node<HTML.BodyContext> = .group(
            .h1(.text(row.name)),
            .p(.class("lead"), .text(t(WorkingGroupText.memberLead, ["city": row.cityName]))),
            .if(
                canManage,
                .div(
                    .class("record-actions"),
                    .a(.class("button"), .href(SiteRoute.workingGroupMemberEdit(id: row.id).path), .text(t(CoreText.edit))))),
            .div(
                .class("facts"),
                .dl(.dt(.text(t(WorkingGroupText.city))), .dd(.a(.href(SiteRoute.city(slug: row.citySlug).path), .text(row.cityName)))),
                .dl(.dt(.text(t(WorkingGroupText.position))), .dd(.attribute(named: "lang", value: "sl"), .text(row.member.position))),
                .dl(
                    .dt(.text(t(WorkingGroupText.expertise))),
                    .dd(.text(row.member.fields.map { t($0.text) }.joined(separator: ", ")))),
                .if(
                    !row.member.tags.isEmpty, .dl(.dt(.text(t(WorkingGroupText.tags))), .dd(.text(row.member.tags.joined(separator: ", "))))
                ),
                .dl(.dt(.text(t(WorkingGroupText.term))), .dd(.text(term(row.member, t))))
            ),
            .h2(.text(t(WorkingGroupText.contacts))),
            contacts ? .p(contact(row)) : .p(.class("hint"), .text(t(WorkingGroupText.contactsHidden))),
            .group(sections)
        )
        let page = Kernel.Page(
            title: row.name, description: t(WorkingGroupText.memberLead, ["city": row.cityName]), section: .workingGroup,
            breadcrumbs: [.init(title: t(CoreText.navHome), route: .home), .init(title: t(WorkingGroupText.nav), route: .workingGroup())],
            content: content)
        return HTMLResponse(html: Layout.render(page, PageContext(request)))
    }

    // MARK: A city's members: appoint, edit, end

    static let fields = ["email", "position"] + FieldOfAction.allCases.map(fieldName) + ["tags", "phone", "from_date", "to_date"]

    static func fieldName(_ field: FieldOfAction) -> String { "field_" + field.rawValue }

    @Sendable static func cityPage(_ request: Request) async throws -> HTMLResponse {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.manageCityPeople)
        return try await renderCity(city, principal, FormState(values: ["from_date": WorkingGroup.today.iso]), request)
    }

    static func renderCity(_ city: City, _ principal: Principal, _ state: FormState, _ request: Request, status: HTTPResponseStatus = .ok)
        async throws -> HTMLResponse
    {
        let t = request.t
        let rows = try await WorkingGroup.rows(all: true, cityID: city.requireID(), on: request.db)
        let content: [Node<HTML.BodyContext>] =
            [
                rows.isEmpty
                    ? .p(.text(t(WorkingGroupText.cityNone)))
                    : Tables.table(
                        caption: t(WorkingGroupText.caption),
                        headings: [
                            (t(WorkingGroupText.columnName), false), (t(WorkingGroupText.columnPosition), false),
                            (t(WorkingGroupText.columnExpertise), false), (t(WorkingGroupText.columnTerm), false),
                            (t(WorkingGroupText.columnEdit), false),
                        ],
                        rows: rows.map { row in
                            .tr(
                                .th(
                                    .attribute(named: "scope", value: "row"),
                                    .a(.href(SiteRoute.workingGroupMember(id: row.id).path), .text(row.name))),
                                .td(.text(row.member.position)), .td(.text(expertise(row.member, t))), .td(.text(term(row.member, t))),
                                .td(
                                    .a(
                                        .href(SiteRoute.workingGroupMemberEdit(id: row.id).path),
                                        .attribute(named: "aria-label", value: (t(CoreText.edit) + " " + row.name).attributeEscaped),
                                        .text(t(CoreText.edit))),
                                    .if(
                                        row.member.isOpen,
                                        Form.action(
                                            .workingGroupMemberEnd(id: row.id), label: t(WorkingGroupText.end, ["name": row.name]),
                                            csrf: request.csrfToken))))
                        }),
                .h2(.id("appoint"), .text(t(WorkingGroupText.appointTitle))),
            ] + form(state, action: .cityWorkingGroup(slug: city.slug), submit: t(WorkingGroupText.appoint), appointing: true, request)
        let page = try Kernel.Page.workspace(
            city, title: t(WorkingGroupText.cityTitle, city.nameForms(t.language)), lead: t(WorkingGroupText.cityLead), principal, t,
            content: content)
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }

    static func form(_ state: FormState, action: SiteRoute, submit: String, appointing: Bool, _ request: Request)
        -> [Node<HTML.BodyContext>]
    {
        let t = request.t
        let boxes: [Node<HTML.FormContext>] = FieldOfAction.allCases.map { field in
            .div(
                .class("checkbox"), Form.checkbox(fieldName(field), checked: !state[fieldName(field)].isEmpty),
                .label(.for("field-\(fieldName(field))"), .text(t(field.text))))
        }
        let fieldsError = state.errors["fields"]
        return [
            Form.errorSummary(state, title: t(CoreText.formErrorsTitle)),
            .form(
                .method(.post), .action(action.path), .attribute(named: "novalidate", value: "novalidate"), Form.csrf(request.csrfToken),
                Form.version(state),
                .div(
                    .class("form-grid"),
                    .if(
                        appointing,
                        Form.field(
                            "email", label: t(WorkingGroupText.fieldEmail), kind: .email, state: state,
                            hint: t(WorkingGroupText.fieldEmailHint),
                            required: true)),
                    Form.field("position", label: t(WorkingGroupText.fieldPosition), state: state, required: true),
                    Form.field("phone", label: t(WorkingGroupText.fieldPhone), state: state, autocomplete: "tel"),
                    Form.field("from_date", label: t(WorkingGroupText.fieldFrom), kind: .date, state: state, required: true),
                    Form.field(
                        "to_date", label: t(WorkingGroupText.fieldTo), kind: .date, state: state, hint: t(WorkingGroupText.fieldToHint))
                ),
                .element(
                    named: "fieldset",
                    nodes: [
                        .class("checkboxes"), .id("field-fields"), .element(named: "legend", text: t(WorkingGroupText.fieldFields)),
                        .p(.class("hint"), .text(t(WorkingGroupText.fieldFieldsHint))),
                        .unwrap(fieldsError) { .p(.class("field-error"), .id("field-fields-error"), .text($0)) },
                    ] + boxes),
                Form.field("tags", label: t(WorkingGroupText.fieldTags), state: state, hint: t(WorkingGroupText.fieldTagsHint)),
                Form.submit(submit)
            ),
        ]
    }

    /// A member as their form's fields.
    static func values(_ member: WorkingGroupMember) -> [String: String] {
        var values = [
            "position": member.position, "tags": member.tagsText, "phone": member.phone ?? "", "from_date": member.fromText,
            "to_date": member.toText ?? "",
        ]
        for field in member.fields { values[fieldName(field)] = "on" }
        return values
    }

    /// The form read into `member` (all but the person, whom only appointing names).
    static func read(_ values: [String: String], into member: WorkingGroupMember, _ t: Localizer) -> FormState {
        var form = FormReader(FormFields(values, numbers: [:]), t, shown: fields)
        let position = form.text("position", max: 200, required: true)
        let chosen = FieldOfAction.allCases.filter { !(values[fieldName($0)] ?? "").isEmpty }
        if chosen.isEmpty { form.fail("fields", t(WorkingGroupText.chooseField)) }
        let tagText = form.text("tags", max: 500) ?? ""
        var seen: Set<String> = []
        let tags = tagText.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter {
            !$0.isEmpty && seen.insert($0.lowercased()).inserted
        }
        if tags.contains(where: { $0.count > 40 }) {
            form.fail("tags", t(WorkingGroupText.tagTooLong))
        } else if tags.count > 10 {
            form.fail("tags", t(WorkingGroupText.tooManyTags))
        }
        let phone = form.text("phone", max: 40)
        let from = form.date("from_date", required: true, day: true)
        let to = form.date("to_date", day: true)
        if let from, let to, to < from { form.fail("to_date", t(WorkingGroupText.toBeforeFrom)) }
        guard form.isValid, let position, let from else { return form.state }
        member.position = position
        member.fields = chosen
        member.tags = tags
        member.phone = phone
        member.fromText = from.iso
        member.toText = to?.iso
        return form.state
    }

    @Sendable static func appoint(_ request: Request) async throws -> Response {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.manageCityPeople)
        let t = request.t
        let values = try request.form().text
        let member = WorkingGroupMember()
        member.$city.id = try city.requireID()
        var state = read(values, into: member, t)
        var reader = FormReader(FormFields(values, numbers: [:]), t, shown: fields)
        let email = reader.email("email", required: true)
        if let problem = reader.state.errors["email"] { state.fail("email", problem) }
        var user: User?
        if let email, state.errors["email"] == nil {
            user = try await User.query(on: request.db).filter(\.$email == email.lowercased()).first()
            if user == nil { state.fail("email", t(WorkingGroupText.noAccount)) }
        }
        if let user,
            let open = try await WorkingGroupMember.query(on: request.db).filter(\.$user.$id == user.requireID())
                .filter(\.$isOpen == true).with(\.$city).first()
        {
            state.fail("email", t(WorkingGroupText.alreadyMember, ["city": open.city.name]))
        }
        guard state.isValid, let user else {
            return try await renderCity(city, principal, state, request, status: .unprocessableEntity).encodeResponse(for: request)
        }
        member.$user.id = try user.requireID()
        let userID = try user.requireID()
        // The term and the role it gives (reading every city's workspace) in one
        // transaction; a second open term of the person is refused by the database.
        try await request.db.transaction { database in
            try await Audit.create(member, by: principal.actor, on: database)
            let granted = try await RoleAssignment.query(on: database).filter(\.$user.$id == userID)
                .filter(\.$role == .workingGroupMember).count()
            if granted == 0 {
                try await Audit.create(
                    RoleAssignment(userID: userID, role: .workingGroupMember, cityID: nil), by: principal.actor, on: database)
            }
        }
        return request.redirect(to: .cityWorkingGroup(slug: city.slug), notice: .saved)
    }

    /// The member of the address and the person managing it: their city's admin or the coordinator.
    static func managed(_ request: Request) async throws -> (WorkingGroup.Row, City, Principal) {
        _ = try request.requireSignedIn()
        guard let row = try await WorkingGroup.row(id: request.uuidParameter(), on: request.db) else { throw AppError.notFound }
        let principal = try request.require(.manageCityPeople(row.member.$city.id))
        return (row, row.member.city, principal)
    }

    @Sendable static func editForm(_ request: Request) async throws -> HTMLResponse {
        let (row, city, principal) = try await managed(request)
        return try await renderEdit(row, city, principal, FormState(editing: values(row.member), version: row.member.version), request)
    }

    static func renderEdit(
        _ row: WorkingGroup.Row, _ city: City, _ principal: Principal, _ state: FormState, _ request: Request,
        status: HTTPResponseStatus = .ok
    ) throws -> HTMLResponse {
        let t = request.t
        let page = try Kernel.Page.workspace(
            city, title: t(WorkingGroupText.editTitle, ["name": row.name]), lead: nil, principal, t,
            content: form(state, action: .workingGroupMemberEdit(id: row.id), submit: t(WorkingGroupText.save), appointing: false, request),
            crumbs: [.init(title: t(WorkingGroupText.tab), route: .cityWorkingGroup(slug: city.slug))])
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }

    @Sendable static func save(_ request: Request) async throws -> Response {
        let (row, city, principal) = try await managed(request)
        let t = request.t
        let values = try request.form().text
        var state = read(values, into: WorkingGroupMember(), t)
        state.keepVersion(of: values)
        guard state.isValid else {
            return try await renderEdit(row, city, principal, state, request, status: .unprocessableEntity).encodeResponse(for: request)
        }
        do {
            try await Audit.update(row.member, expecting: Audit.expectedVersion(values["version"]), by: principal.actor, on: request.db) {
                _ = read(values, into: $0, t)
            }
        } catch is EditConflict {
            let current = try await WorkingGroupMember.find(row.member.requireID(), on: request.db).orNotFound()
            state.changedMeanwhile(stored: Self.values(current), version: current.version, t)
            return try await renderEdit(row, city, principal, state, request, status: .conflict).encodeResponse(for: request)
        }
        return request.redirect(to: .workingGroupMember(id: row.id), notice: .saved)
    }

    /// Ends the term today (or keeps an earlier end date) and takes away the
    /// role it gave, unless another open term holds it.
    @Sendable static func end(_ request: Request) async throws -> Response {
        let (row, city, principal) = try await managed(request)
        let today = WorkingGroup.today
        let userID = row.userID
        try await request.db.transaction { database in
            try await Audit.update(row.member, expecting: nil, by: principal.actor, on: database) {
                $0.isOpen = false
                if $0.to.map({ today < $0 }) ?? true { $0.toText = today.iso }
            }
            let open = try await WorkingGroupMember.query(on: database).filter(\.$user.$id == userID).filter(\.$isOpen == true).count()
            if open == 0 {
                for role in try await RoleAssignment.query(on: database).filter(\.$user.$id == userID)
                    .filter(\.$role == .workingGroupMember).all()
                {
                    try await Audit.delete(role, by: principal.actor, on: database)
                }
            }
        }
        return request.redirect(to: .cityWorkingGroup(slug: city.slug), notice: .saved)
    }
}
