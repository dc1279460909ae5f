import Fluent
import Plot
import Vapor

/// The people of a city's workspace: its admins invite people to the city's
/// roles and remove them (reversibly).
package enum CityPeopleController {
    package static func register(_ routes: any RoutesBuilder) {
        routes.get(.cityPeople(slug: ""), use: list)
        routes.post(.cityPeople(slug: ""), use: invite)
        routes.post(.cityPeopleRemove(slug: "", id: UUID()), use: removal.handle)
    }

    @Sendable package static func list(_ request: Request) async throws -> HTMLResponse {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.manageCityPeople)
        return try await render(city, FormState(values: ["role": Role.cityOfficer.rawValue]), principal, request)
    }

    @Sendable package static func invite(_ request: Request) async throws -> Response {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.manageCityPeople)
        let t = request.t
        var form = try request.formReader(shown: ["name", "email", "role"])
        let name = form.text(
            "name", max: Accounts.nameLimit, required: true, missing: t(AccountsText.errorRequired, ["field": t(AccountsText.fieldName)]))
        let email = form.email("email", required: true, missing: t(CoreText.emailAddress)).map(Accounts.normalized)
        var role = form.choice("role", Role.self)
        if let chosen = role, !chosen.isCityScoped {
            form.fail("role", t(CoreText.choose))
            role = nil
        }
        guard form.isValid, let name, let email, let role else {
            return try await render(city, form.state, principal, request, status: .unprocessableEntity).encodeResponse(for: request)
        }
        let cityID = try city.requireID()
        let actor = principal.actor
        try await request.db.transaction { database in
            let user: User
            var needsPassword = false
            if let existing = try await User.query(on: database).filter(\.$email == email).first() {
                user = existing
                needsPassword = existing.passwordHash == nil
            } else {
                user = User(email: email, name: name, passwordHash: nil)
                try await Audit.create(user, by: actor, on: database)
                needsPassword = true
            }
            let holds = try await RoleAssignment.query(on: database).filter(\.$user.$id == user.requireID())
                .filter(\.$role == role).filter(\.$city.$id == cityID).count()
            if holds == 0 {
                try await Audit.create(RoleAssignment(userID: user.requireID(), role: role, cityID: cityID), by: actor, on: database)
            }
            let link =
                needsPassword
                ? SiteRoute.passwordReset(token: try await Accounts.issueToken(for: user, purpose: .invitation, on: database)).path
                : SiteRoute.login().path
            try await OutboxMessage(
                to: email, subject: t(AccountsText.mailInviteSubject),
                body: t(
                    AccountsText.mailInviteBody,
                    ["inviter": actor.label, "role": t(AccountsText.roleIn, ["role": t(role.text), "city": city.name]), "link": link])
            ).create(on: database)
        }
        return request.redirect(to: .cityPeople(slug: city.slug), notice: .invited)
    }

    /// A person's role in the city (their account stays).
    static let removal = Removal<RoleAssignment>.cityRecord(
        Permission.manageCityPeople,
        find: { request, cityID in
            try await RoleAssignment.query(on: request.db).filter(\.$id == request.uuidParameter()).filter(\.$city.$id == cityID).first()
        },
        back: { city, _ in .cityPeople(slug: city.slug) }, notice: .roleRemoved)

    static let restorable = Restorable.of(
        RoleAssignment.self,
        deleted: { cityID, database in
            RoleAssignment.query(on: database).withDeleted().filter(\.$city.$id == cityID).filter(\.$deletedAt != nil).with(\.$user)
        },
        label: { "\($0.user.name) <\($0.user.email)> · \($0.role.rawValue)" }, deletedAt: { $0.deletedAt },
        permission: { .manageCityPeople($0) })

    package static func render(
        _ city: City, _ state: FormState, _ principal: Principal, _ request: Request, status: HTTPResponseStatus = .ok
    )
        async throws -> HTMLResponse
    {
        let t = request.t
        let cityID = try city.requireID()
        let assignments = try await RoleAssignment.query(on: request.db).filter(\.$city.$id == cityID).with(\.$user)
            .sort(\.$createdAt).all()
        let page = try Page.workspace(
            city, title: t(AccountsText.peopleTitle, ["city": city.name]), lead: t(AccountsText.peopleLead), principal, t,
            .if(
                assignments.isEmpty, .p(.text(t(AccountsText.peopleEmpty))),
                else: .div(
                    .class("table-scroll"),
                    .table(
                        .thead(
                            .tr(
                                .th(.text(t(AccountsText.peopleColumnPerson))), .th(.text(t(AccountsText.fieldRole))),
                                .th(.text(t(AccountsText.peopleSince))), .th(.text(t(AccountsText.peopleColumnActions)))
                            )),
                        .tbody(
                            .forEach(assignments) { assignment in
                                .tr(
                                    .td(.text("\(assignment.user.name) <\(assignment.user.email)>")),
                                    .td(.text(t(assignment.role.text))),
                                    .td(.text(assignment.createdAt.map { t.dateTime($0) } ?? "")),
                                    .td(
                                        Form.action(
                                            .cityPeopleRemove(slug: city.slug, id: assignment.id!),
                                            label: t(AccountsText.peopleRemove) + ": " + assignment.user.name,
                                            csrf: request.csrfToken))
                                )
                            })
                    )
                )
            ),
            .h2(.text(t(AccountsText.peopleInviteTitle))),
            Form.errorSummary(state, title: t(CoreText.formErrorsTitle)),
            .form(
                .method(.post), .action(SiteRoute.cityPeople(slug: city.slug).path),
                .attribute(named: "novalidate", value: "novalidate"),
                Form.csrf(request.csrfToken),
                .div(
                    .class("form-grid"),
                    Form.field("name", label: t(AccountsText.fieldName), state: state, required: true),
                    Form.field("email", label: t(AccountsText.fieldEmail), kind: .email, state: state, required: true),
                    Form.field(
                        "role", label: t(AccountsText.fieldRole),
                        kind: .select([Role.cityAdmin, .cityOfficer].map { (value: $0.rawValue, label: t($0.text)) }), state: state)
                ),
                Form.submit(t(AccountsText.peopleInviteSubmit))
            )
        )

        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }
}
