import Fluent
import Kernel
import Plot
import Vapor

/// A city asks to join the partnership; the coordinator approves (the city
/// becomes a member and the requester its admin) or declines with a reason.
enum JoinController {
    static func register(_ routes: any RoutesBuilder) {
        routes.get(.cityJoin(slug: ""), use: form)
        routes.post(.cityJoin(slug: ""), use: ask)
        routes.get(.joinRequests, use: list)
        routes.post(.joinRequestApprove(id: UUID()), use: approve)
        routes.post(.joinRequestDecline(id: UUID()), use: decline)
    }

    /// The city of the address, if it may still ask to join.
    private static func joinableCity(_ request: Request) async throws -> City {
        let city = try await CitiesQuery.require(slug: request.parameter(SiteRoute.Parameter.slug), on: request.db)
        guard city.membershipStatus == .notMember else {
            throw AppError.badRequest([Problem(field: nil) { $0(JoinText.alreadyMember) }])
        }
        return city
    }

    @Sendable static func form(_ request: Request) async throws -> HTMLResponse {
        try request.require(.askToJoin)
        return try render(try await joinableCity(request), FormState(), request)
    }

    @Sendable static func ask(_ request: Request) async throws -> Response {
        let principal = try request.require(.askToJoin)
        guard let userID = principal.userID else { throw AppError.forbidden }
        let city = try await joinableCity(request)
        let t = request.t
        var form = try request.formReader(shown: ["position", "message"])
        let position = form.text("position", max: 200, required: true)
        let message = form.text("message", max: 5000, required: true)
        guard form.isValid, let position, let message else {
            return try await render(city, form.state, request, status: .unprocessableEntity).encodeResponse(for: request)
        }
        let joinRequest = JoinRequest()
        joinRequest.$city.id = try city.requireID()
        joinRequest.$requester.id = userID
        joinRequest.position = position
        joinRequest.message = message
        joinRequest.status = .pending
        let actor = principal.actor
        let coordinators = try await RoleAssignment.query(on: request.db).filter(\.$role == .coordinator).with(\.$user).all()
        try await request.db.transaction { database in
            try await Audit.create(joinRequest, by: actor, on: database)
            try await Audit.update(city, by: actor, on: database) { $0.membershipStatus = .applicant }
            for coordinator in coordinators {
                try await OutboxMessage(
                    to: coordinator.user.email, subject: t(JoinText.mailReceivedSubject),
                    body: t(JoinText.mailReceivedBody, ["name": actor.label, "city": city.name, "link": SiteRoute.joinRequests.path])
                ).create(on: database)
            }
        }
        return request.redirect(to: .city(slug: city.slug), notice: .joinRequested)
    }

    static func render(_ city: City, _ state: FormState, _ request: Request, status: HTTPResponseStatus = .ok) throws -> HTMLResponse {
        let t = request.t
        let page = Form.page(
            title: t(JoinText.formTitle, ["city": city.name]), lead: t(JoinText.formLead), action: .cityJoin(slug: city.slug),
            state: state, submit: t(JoinText.submit), csrf: request.csrfToken, t: t,
            fields: [
                Form.field("position", label: t(JoinText.position), state: state, required: true),
                Form.field(
                    "message", label: t(JoinText.message), kind: .textarea, state: state, hint: t(JoinText.messageHint), required: true),
            ],
            breadcrumbs: [
                .init(title: t(CitiesText.citiesTitle), route: .cities()), .init(title: city.name, route: .city(slug: city.slug)),
            ])
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }

    @Sendable static func list(_ request: Request) async throws -> HTMLResponse {
        try request.require(.approveCities)
        let t = request.t
        let requests = try await JoinRequest.query(on: request.db).with(\.$city).with(\.$requester).sort(\.$createdAt, .descending).all()
        let page = Page(
            title: t(JoinText.requestsTitle),
            content: .group(
                .h1(.text(t(JoinText.requestsTitle))),
                .p(.class("lead"), .text(t(JoinText.requestsLead))),
                .if(
                    requests.isEmpty, .p(.text(t(JoinText.requestsEmpty))),
                    else: .ul(.class("history"), .forEach(requests) { requestNode($0, request) }))
            ))
        return HTMLResponse(html: Layout.render(page, PageContext(request)))
    }

    static func requestNode(_ joinRequest: JoinRequest, _ request: Request) -> Node<HTML.ListContext> {
        let t = request.t
        return .li(
            .class("card"),
            .h2(.a(.href(SiteRoute.city(slug: joinRequest.city.slug).path), .text(joinRequest.city.name))),
            .p(
                .text(
                    t(
                        JoinText.requestedBy,
                        [
                            "name": "\(joinRequest.requester.name) <\(joinRequest.requester.email)>", "position": joinRequest.position,
                            "date": t.dateTime(joinRequest.createdAt ?? Date()),
                        ]))),
            .p(.class("note"), .text(joinRequest.message)),
            .if(
                joinRequest.status == .pending,
                .div(
                    Form.action(
                        .joinRequestApprove(id: joinRequest.id!), label: t(JoinText.approve), csrf: request.csrfToken, secondary: false),
                    .form(
                        .method(.post), .action(SiteRoute.joinRequestDecline(id: joinRequest.id!).path),
                        Form.csrf(request.csrfToken),
                        Form.field(
                            "reason-\(joinRequest.id!.uuidString)", label: t(JoinText.declineReason), state: FormState(), required: true),
                        Form.submit(t(JoinText.decline), secondary: true)
                    )
                ),
                else: .p(
                    .strong(
                        .text(
                            t(
                                JoinText.decided,
                                ["status": t(joinRequest.status.text), "date": joinRequest.decidedAt.map { t.dateTime($0) } ?? ""]))),
                    .unwrap(joinRequest.decisionNote) { .text(" · " + $0) }
                )
            )
        )
    }

    private static func pending(_ request: Request) async throws -> (JoinRequest, Principal) {
        let principal = try request.require(.approveCities)
        guard
            let joinRequest = try await JoinRequest.query(on: request.db).filter(\.$id == request.uuidParameter())
                .filter(\.$status == .pending).with(\.$city).with(\.$requester).first()
        else { throw AppError.notFound }
        return (joinRequest, principal)
    }

    @Sendable static func approve(_ request: Request) async throws -> Response {
        let (joinRequest, principal) = try await pending(request)
        let t = request.t
        let city = joinRequest.city
        let actor = principal.actor
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Localizer.ljubljana
        let today = calendar.dateComponents([.year, .month, .day], from: Date())
        let since = CalendarDate(year: today.year!, month: today.month, day: today.day)!.iso
        try await request.db.transaction { database in
            try await Audit.update(joinRequest, by: actor, on: database) {
                $0.status = .approved
                $0.decidedBy = principal.userID
                $0.decidedAt = Date()
            }
            try await Audit.update(city, by: actor, on: database) {
                $0.membershipStatus = .member
                $0.memberSinceText = since
            }
            try await Audit.create(
                RoleAssignment(userID: joinRequest.requester.requireID(), role: .cityAdmin, cityID: city.requireID()), by: actor,
                on: database)
            try await OutboxMessage(
                to: joinRequest.requester.email, subject: t(JoinText.mailApprovedSubject, ["city": city.name]),
                body: t(JoinText.mailApprovedBody, ["city": city.name, "link": SiteRoute.cityEdit(slug: city.slug).path])
            ).create(on: database)
        }
        return request.redirect(to: .joinRequests, notice: .joinApproved)
    }

    @Sendable static func decline(_ request: Request) async throws -> Response {
        let (joinRequest, principal) = try await pending(request)
        let t = request.t
        var form = try request.formReader()
        guard let reason = form.text("reason-\(try joinRequest.requireID().uuidString)", max: 5000, required: true) else {
            let problem = form.state.errors.values.first ?? t(CoreText.required)
            throw AppError.badRequest([Problem(field: "reason") { $0(JoinText.declineReason) + ": " + problem }])
        }
        let actor = principal.actor
        try await request.db.transaction { database in
            try await Audit.update(joinRequest, by: actor, on: database) {
                $0.status = .declined
                $0.decidedBy = principal.userID
                $0.decidedAt = Date()
                $0.decisionNote = reason
            }
            try await Audit.update(joinRequest.city, by: actor, on: database) { $0.membershipStatus = .notMember }
            try await OutboxMessage(
                to: joinRequest.requester.email, subject: t(JoinText.mailDeclinedSubject),
                body: t(JoinText.mailDeclinedBody, ["city": joinRequest.city.name, "reason": reason])
            ).create(on: database)
        }
        return request.redirect(to: .joinRequests, notice: .joinDeclined)
    }
}
