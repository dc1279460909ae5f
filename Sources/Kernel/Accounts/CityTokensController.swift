import Fluent
import Plot
import Vapor

/// API tokens of a city: created by its admins, shown once, revocable.
package enum CityTokensController {
    package static func register(_ routes: any RoutesBuilder) {
        routes.get(.cityTokens(slug: ""), use: list)
        routes.post(.cityTokens(slug: ""), use: create)
        routes.post(.cityTokenRevoke(slug: "", id: UUID()), use: revoke)
    }

    @Sendable package static func list(_ request: Request) async throws -> HTMLResponse {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.manageCityTokens)
        return try await render(city, FormState(values: ["scope": "read"]), created: nil, principal, request)
    }

    /// What a token may do.
    enum Scope: String {
        case read, write
    }

    @Sendable package static func create(_ request: Request) async throws -> HTMLResponse {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.manageCityTokens)
        var form = try request.formReader(shown: ["name", "scope"])
        let name = form.text("name", max: 100, required: true)
        let scope = form.choice("scope", Scope.self)
        guard form.isValid, let name, let scope, let userID = principal.userID else {
            return try await render(city, form.state, created: nil, principal, request, status: .unprocessableEntity)
        }
        let secret = Secrets.make(prefix: "zv_")
        let token = APIToken()
        token.$city.id = try city.requireID()
        token.name = name
        token.tokenHash = Secrets.hash(secret)
        token.canWrite = scope == .write
        token.$createdBy.id = userID
        try await Audit.create(token, by: principal.actor, on: request.db)
        // Shown on this answer only (no redirect): the secret is never stored.
        return try await render(city, FormState(values: ["scope": "read"]), created: (name, secret), principal, request, status: .created)
    }

    @Sendable package static func revoke(_ request: Request) async throws -> Response {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.manageCityTokens)
        guard
            let token = try await APIToken.query(on: request.db).filter(\.$id == request.uuidParameter())
                .filter(\.$city.$id == city.requireID()).first()
        else { throw AppError.notFound }
        if token.revokedAt == nil {
            try await Audit.update(token, by: principal.actor, on: request.db) { $0.revokedAt = Date() }
        }
        return request.redirect(to: .cityTokens(slug: city.slug), notice: .tokenRevoked)
    }

    package static func render(
        _ city: City, _ state: FormState, created: (name: String, secret: String)?, _ principal: Principal, _ request: Request,
        status: HTTPResponseStatus = .ok
    ) async throws -> HTMLResponse {
        let t = request.t
        let cityID = try city.requireID()
        let tokens = try await APIToken.query(on: request.db).filter(\.$city.$id == cityID).sort(\.$createdAt, .descending).all()
        let page = try Page.workspace(
            city, title: t(AccountsText.tokensTitle, ["city": city.name]), lead: t(AccountsText.tokensLead), principal, t,
            .unwrap(created) { created in
                .div(
                    .class("notice"), .attribute(named: "role", value: "status"),
                    .p(.text(t(AccountsText.tokensCreated, ["name": created.name]))),
                    .p(.code(.class("secret"), .text(created.secret))),
                    .p(.strong(.text(t(AccountsText.tokensCreatedWarning))))
                )
            },
            .if(
                tokens.isEmpty, .p(.text(t(AccountsText.tokensEmpty))),
                else: .div(
                    .class("table-scroll"),
                    .table(
                        .thead(
                            .tr(
                                .th(.text(t(AccountsText.tokensColumnName))), .th(.text(t(AccountsText.tokensScope))),
                                .th(.text(t(AccountsText.tokensCreatedAt))), .th(.text(t(AccountsText.tokensLastUsed))),
                                .th(.text(t(AccountsText.tokensColumnStatus)))
                            )),
                        .tbody(
                            .forEach(tokens) { token in
                                .tr(
                                    .td(.text(token.name)),
                                    .td(.text(t(token.canWrite ? AccountsText.tokensScopeWrite : .tokensScopeRead))),
                                    .td(.text(token.createdAt.map { t.dateTime($0) } ?? "")),
                                    .td(.text(token.lastUsedAt.map { t.dateTime($0) } ?? t(AccountsText.tokensNeverUsed))),
                                    .td(
                                        .unwrap(
                                            token.revokedAt, { .text(t(AccountsText.tokensRevoked, ["date": t.dateTime($0)])) },
                                            else: .group(
                                                .text(t(AccountsText.tokensActive) + " "),
                                                Form.action(
                                                    .cityTokenRevoke(slug: city.slug, id: token.id!),
                                                    label: t(AccountsText.tokensRevoke),
                                                    csrf: request.csrfToken))))
                                )
                            })
                    )
                )
            ),
            .h2(.text(t(AccountsText.tokensCreateTitle))),
            Form.errorSummary(state, title: t(CoreText.formErrorsTitle)),
            .form(
                .method(.post), .action(SiteRoute.cityTokens(slug: city.slug).path),
                .attribute(named: "novalidate", value: "novalidate"),
                Form.csrf(request.csrfToken),
                Form.field("name", label: t(AccountsText.tokensName), state: state, required: true),
                Form.field(
                    "scope", label: t(AccountsText.tokensScope),
                    kind: .select([("read", t(AccountsText.tokensScopeRead)), ("write", t(AccountsText.tokensScopeWrite))]),
                    state: state),
                Form.submit(t(AccountsText.tokensCreate))
            )
        )

        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }
}
