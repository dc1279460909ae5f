import Fluent
import Plot
import Vapor

/// Signing in and out, registration, the account, password reset, outbox.
package enum AccountsController {
    package static func register(_ routes: any RoutesBuilder) {
        routes.get(.login(), use: loginForm)
        routes.post(.login(), use: login)
        routes.post(.logout, use: logout)
        routes.get(.register, use: registrationForm)
        routes.post(.register, use: registration)
        routes.get(.registerConfirm(token: ""), use: confirmForm)
        routes.post(.registerConfirm(token: ""), use: confirm)
        routes.get(.account, use: account)
        routes.post(.accountPassword, use: changePassword)
        routes.get(.passwordForgot, use: forgotForm)
        routes.post(.passwordForgot, use: forgot)
        routes.get(.passwordReset(token: ""), use: resetForm)
        routes.post(.passwordReset(token: ""), use: reset)
        routes.get(.outbox, use: outbox)
    }

    // MARK: Sign in and out

    @Sendable package static func loginForm(_ request: Request) async throws -> HTMLResponse {
        page(request, loginPage(FormState(), next: request.query[String.self, at: "next"], request))
    }

    @Sendable package static func login(_ request: Request) async throws -> Response {
        let t = request.t
        var form = try request.formReader(shown: ["email"])
        let email = Accounts.normalized(
            form.text(
                "email", max: Accounts.emailLimit, required: true,
                missing: t(AccountsText.errorRequired, ["field": t(AccountsText.fieldEmail)]))
                ?? "")
        let password = form.secret("password")
        if password.isEmpty { form.fail("password", t(AccountsText.errorRequired, ["field": t(AccountsText.fieldPassword)])) }
        let next = form.fields.text["next"]
        var state = form.state
        if state.isValid {
            if let user = try await Accounts.verify(
                email: email, password: password, address: request.clientAddress, request: request)
            {
                // Straight to work: a page asked for, else the person's city.
                let destination: String =
                    if user.mustChangePassword {
                        SiteRoute.account.path
                    } else if let next = next.nonEmpty {
                        LocalPath.safe(next)
                    } else {
                        try await Principal.load(user: user, on: request.db).landing.path
                    }
                let response = request.redirect(to: destination, redirectType: .normal)
                response.leave(.signedIn, secure: request.isSecure)
                try await AuthenticationMiddleware.signIn(user, request: request, response: response)
                return response
            }
            state.fail("password", t(AccountsText.loginFailed))
        }
        return try await page(request, loginPage(state, next: next, request), status: .unauthorized).encodeResponse(for: request)
    }

    package static func loginPage(_ state: FormState, next: String?, _ request: Request) -> Page {
        let t = request.t
        var fields: [Node<HTML.FormContext>] = [
            Form.field("email", label: t(AccountsText.fieldEmail), kind: .email, state: state, required: true, autocomplete: "email"),
            Form.field(
                "password", label: t(AccountsText.fieldPassword), kind: .password, state: state, required: true,
                autocomplete: "current-password"),
        ]
        if let next = next.nonEmpty { fields.append(.input(.type(.hidden), .name("next"), .value(LocalPath.safe(next).attributeEscaped))) }
        return Form.page(
            title: t(AccountsText.loginTitle), lead: t(AccountsText.loginLead), action: .login(), state: state,
            submit: t(AccountsText.loginSubmit), csrf: request.csrfToken, t: t, fields: fields,
            after: [
                .p(.a(.href(SiteRoute.passwordForgot.path), .text(t(AccountsText.loginForgot)))),
                .p(.a(.href(SiteRoute.register.path), .text(t(AccountsText.loginNoAccount)))),
            ])
    }

    @Sendable package static func logout(_ request: Request) async throws -> Response {
        let response = request.redirect(to: .home, notice: .signedOut)
        try await AuthenticationMiddleware.signOut(request: request, response: response)
        return response
    }

    // MARK: Registration

    @Sendable package static func registrationForm(_ request: Request) async throws -> HTMLResponse {
        page(request, registrationPage(FormState(), request))
    }

    @Sendable package static func registration(_ request: Request) async throws -> Response {
        let t = request.t
        var form = try request.formReader(shown: ["name", "email"])
        let name =
            form.text(
                "name", max: Accounts.nameLimit, required: true,
                missing: t(AccountsText.errorRequired, ["field": t(AccountsText.fieldName)]))
            ?? ""
        let email = Accounts.normalized(
            form.email("email", required: true, missing: t(AccountsText.errorRequired, ["field": t(AccountsText.fieldEmail)])) ?? "")
        let password = form.secret("password")
        var state = form.state
        Accounts.checkPassword(password, email: email, field: "password", into: &state, t)
        guard state.isValid else {
            return try await page(request, registrationPage(state, request), status: .unprocessableEntity).encodeResponse(for: request)
        }
        try await Throttle.take("register-from:" + Secrets.hash(request.clientAddress), Throttle.registration, on: request.db)
        // The answer and its time are the same whether or not the address
        // has an account (the password is hashed either way), so the form
        // cannot be used to find out who is registered. The account is made
        // only from the link sent to the address; past the address's limit
        // no more mail goes to it, with the same answer too.
        let hash = try await request.password.async.hash(password)
        if (try? await Throttle.take("register-for:" + Secrets.hash(email), Throttle.registrationAccount, on: request.db)) != nil {
            let message: OutboxMessage
            if try await User.query(on: request.db).filter(\.$email == email).count() > 0 {
                message = OutboxMessage(
                    to: email, subject: t(AccountsText.mailAlreadyRegisteredSubject),
                    body: t(
                        AccountsText.mailAlreadyRegisteredBody,
                        ["login": SiteRoute.login().path, "forgot": SiteRoute.passwordForgot.path]))
            } else {
                let secret = try await Accounts.pendRegistration(
                    email: email, name: name, passwordHash: hash, language: request.language, on: request.db)
                message = OutboxMessage(
                    to: email, subject: t(AccountsText.mailConfirmSubject),
                    body: t(AccountsText.mailConfirmBody, ["name": name, "link": SiteRoute.registerConfirm(token: secret).path]))
            }
            try await message.create(on: request.db)
        }
        return request.redirect(to: .login(), notice: .registrationSent)
    }

    /// The page behind the link in the confirmation message: a button, so
    /// that a mail scanner opening the link does not make the account.
    @Sendable package static func confirmForm(_ request: Request) async throws -> HTMLResponse {
        let secret = try request.parameter(SiteRoute.Parameter.token)
        guard let pending = try await Accounts.pendingRegistration(secret, on: request.db) else {
            return page(request, invalidConfirmationPage(request), status: .notFound)
        }
        let t = request.t
        return page(
            request,
            Form.page(
                title: t(AccountsText.confirmTitle), lead: t(AccountsText.confirmLead, ["email": pending.email]),
                action: .registerConfirm(token: secret), state: FormState(), submit: t(AccountsText.confirmSubmit),
                csrf: request.csrfToken, t: t, fields: []))
    }

    @Sendable package static func confirm(_ request: Request) async throws -> Response {
        let secret = try request.parameter(SiteRoute.Parameter.token)
        guard let pending = try await Accounts.pendingRegistration(secret, on: request.db),
            let user = try await Accounts.confirm(pending, on: request.db)
        else {
            return try await page(request, invalidConfirmationPage(request), status: .notFound).encodeResponse(for: request)
        }
        let response = request.redirect(to: .account, notice: .registered)
        try await AuthenticationMiddleware.signIn(user, request: request, response: response)
        return response
    }

    package static func invalidConfirmationPage(_ request: Request) -> Page {
        let t = request.t
        return Page(
            title: t(AccountsText.confirmTitle),
            content: .group(
                .h1(.text(t(AccountsText.confirmTitle))),
                .p(.text(t(AccountsText.confirmInvalid))),
                .p(
                    .a(.href(SiteRoute.register.path), .text(t(AccountsText.registerTitle))), .text(" · "),
                    .a(.href(SiteRoute.login().path), .text(t(AccountsText.loginTitle))))
            ))
    }

    package static func registrationPage(_ state: FormState, _ request: Request) -> Page {
        let t = request.t
        return Form.page(
            title: t(AccountsText.registerTitle), lead: t(AccountsText.registerLead), action: .register, state: state,
            submit: t(AccountsText.registerSubmit), csrf: request.csrfToken, t: t,
            fields: [
                Form.field("name", label: t(AccountsText.fieldName), state: state, required: true, autocomplete: "name"),
                Form.field("email", label: t(AccountsText.fieldEmail), kind: .email, state: state, required: true, autocomplete: "email"),
                Form.field(
                    "password", label: t(AccountsText.fieldPassword), kind: .password, state: state, hint: t(AccountsText.passwordHint),
                    required: true, autocomplete: "new-password"),
            ],
            after: [.p(.a(.href(SiteRoute.login().path), .text(t(AccountsText.registerHaveAccount))))])
    }

    // MARK: The account

    @Sendable package static func account(_ request: Request) async throws -> HTMLResponse {
        let principal = try request.requireSignedIn()
        return page(request, try await accountPage(FormState(), principal, request))
    }

    package static func accountPage(_ state: FormState, _ principal: Principal, _ request: Request) async throws -> Page {
        let t = request.t
        guard case .user(_, let email, let name, let mustChange) = principal.kind else { throw AppError.forbidden }
        let cityNames = try await City.query(on: request.db).all().reduce(into: [UUID: String]()) { $0[$1.id!] = $1.name }
        let roles = principal.grants.filter { $0.role != .resident }
        let signIns = try await Accounts.recentSignIns(of: email, on: request.db)
        return Page(
            title: t(AccountsText.accountTitle),
            content: .group(
                .h1(.text(t(AccountsText.accountTitle))),
                .p(.strong(.text(name)), .text(" · \(email)")),
                .if(
                    mustChange,
                    .p(.class("notice notice-warning"), .attribute(named: "role", value: "alert"), .text(t(AccountsText.accountMustChange)))
                ),
                .h2(.text(t(AccountsText.accountRoles))),
                .if(
                    roles.isEmpty,
                    .p(.text(t(AccountsText.accountNoRoles))),
                    else: .ul(
                        .forEach(roles) { grant in
                            .li(
                                .unwrap(
                                    grant.cityID.flatMap { cityNames[$0] },
                                    { .text(t(AccountsText.roleIn, ["role": t(grant.role.text), "city": $0])) },
                                    else: .text(t(grant.role.text))))
                        })
                ),
                .if(
                    !signIns.isEmpty,
                    .group(
                        .h2(.text(t(AccountsText.accountSignIns))),
                        .ul(
                            .class("sign-ins"),
                            .forEach(signIns) { attempt in
                                .li(
                                    .text("\(t.dateTime(attempt.at)) · \(attempt.address) · "),
                                    attempt.succeeded
                                        ? .text(t(AccountsText.accountSignInOK)) : .strong(.text(t(AccountsText.accountSignInFailed))))
                            })
                    )),
                .h2(.id("password"), .text(t(AccountsText.accountChangePassword))),
                Form.errorSummary(state, title: t(CoreText.formErrorsTitle)),
                .form(
                    .method(.post), .action(SiteRoute.accountPassword.path), .attribute(named: "novalidate", value: "novalidate"),
                    Form.csrf(request.csrfToken),
                    Form.field(
                        "current", label: t(AccountsText.fieldCurrentPassword), kind: .password, state: state, required: true,
                        autocomplete: "current-password"),
                    Form.field(
                        "password", label: t(AccountsText.fieldNewPassword), kind: .password, state: state,
                        hint: t(AccountsText.passwordHint), required: true, autocomplete: "new-password"),
                    Form.submit(t(AccountsText.accountChangePassword))
                )
            )
        )
    }

    @Sendable package static func changePassword(_ request: Request) async throws -> Response {
        let principal = try request.requireSignedIn()
        let t = request.t
        let form = try request.formReader(shown: [])
        guard let user = try await User.find(principal.userID, on: request.db) else { throw AppError.unauthorized }
        var state = form.state
        let current = form.secret("current")
        let password = form.secret("password")
        if current.isEmpty {
            state.fail("current", t(AccountsText.errorRequired, ["field": t(AccountsText.fieldCurrentPassword)]))
        } else if let hash = user.passwordHash, try await !request.password.async.verify(current, created: hash) {
            state.fail("current", t(AccountsText.errorPasswordWrong))
        }
        Accounts.checkPassword(password, email: user.email, field: "password", into: &state, t)
        guard state.isValid else {
            return try await page(request, accountPage(state, principal, request), status: .unprocessableEntity).encodeResponse(
                for: request)
        }
        try await setPassword(password, for: user, request: request)
        let response = request.redirect(to: .account, notice: .passwordChanged)
        try await AuthenticationMiddleware.signIn(user, request: request, response: response)
        return response
    }

    /// Stores a new password (audited without the hash) and ends every
    /// session of the person, so a browser signed in by someone else is out;
    /// the caller signs the current browser in again.
    /// The new password and the end of the sessions are one transaction.
    package static func setPassword(_ password: String, for user: User, request: Request) async throws {
        let hash = try await request.password.async.hash(password)
        try await request.db.transaction { database in try await setPassword(hash: hash, for: user, on: database) }
    }

    package static func setPassword(hash: String, for user: User, on database: any Database) async throws {
        try await Audit.update(user, by: .user(user.requireID(), email: user.email), on: database) { user in
            user.passwordHash = hash
            user.mustChangePassword = false
        }
        try await UserSession.query(on: database).filter(\.$user.$id == user.requireID()).delete()
    }

    // MARK: Forgotten password

    @Sendable package static func forgotForm(_ request: Request) async throws -> HTMLResponse {
        page(request, forgotPage(FormState(), request))
    }

    package static func forgotPage(_ state: FormState, _ request: Request) -> Page {
        let t = request.t
        return Form.page(
            title: t(AccountsText.forgotTitle), lead: t(AccountsText.forgotLead), action: .passwordForgot, state: state,
            submit: t(AccountsText.forgotSubmit), csrf: request.csrfToken, t: t,
            fields: [
                Form.field("email", label: t(AccountsText.fieldEmail), kind: .email, state: state, required: true, autocomplete: "email")
            ])
    }

    @Sendable package static func forgot(_ request: Request) async throws -> Response {
        let t = request.t
        var form = try request.formReader(shown: ["email"])
        guard let email = form.email("email", required: true, missing: t(CoreText.emailAddress)).map(Accounts.normalized) else {
            return try await page(request, forgotPage(form.state, request), status: .unprocessableEntity).encodeResponse(for: request)
        }
        // The same answer whether or not the account exists, so the form
        // cannot be used to find out who has an account; past an account's
        // limit no more mail is sent, with the same answer too.
        try await Throttle.take("reset-from:" + Secrets.hash(request.clientAddress), Throttle.resetAddress, on: request.db)
        if let user = try await User.query(on: request.db).filter(\.$email == email).first(),
            (try? await Throttle.take("reset-for:" + Secrets.hash(email), Throttle.resetAccount, on: request.db)) != nil
        {
            let secret = try await Accounts.issueToken(for: user, purpose: .passwordReset, on: request.db)
            try await OutboxMessage(
                to: email, subject: t(AccountsText.mailResetSubject),
                body: t(AccountsText.mailResetBody, ["link": SiteRoute.passwordReset(token: secret).path])
            ).create(on: request.db)
        }
        return request.redirect(to: .login(), notice: .resetSent)
    }

    @Sendable package static func resetForm(_ request: Request) async throws -> HTMLResponse {
        let secret = try request.parameter(SiteRoute.Parameter.token)
        guard try await Accounts.validToken(secret, on: request.db) != nil else {
            return page(request, invalidLinkPage(request), status: .notFound)
        }
        return page(request, resetPage(FormState(), secret: secret, request))
    }

    package static func resetPage(_ state: FormState, secret: String, _ request: Request) -> Page {
        let t = request.t
        return Form.page(
            title: t(AccountsText.resetTitle), lead: t(AccountsText.resetLead), action: .passwordReset(token: secret), state: state,
            submit: t(AccountsText.resetSubmit), csrf: request.csrfToken, t: t,
            fields: [
                Form.field(
                    "password", label: t(AccountsText.fieldNewPassword), kind: .password, state: state, hint: t(AccountsText.passwordHint),
                    required: true, autocomplete: "new-password")
            ])
    }

    package static func invalidLinkPage(_ request: Request) -> Page {
        let t = request.t
        return Page(
            title: t(AccountsText.resetTitle),
            content: .group(
                .h1(.text(t(AccountsText.resetTitle))),
                .p(.text(t(AccountsText.resetInvalid))),
                .p(.a(.href(SiteRoute.passwordForgot.path), .text(t(AccountsText.forgotTitle))))
            ))
    }

    @Sendable package static func reset(_ request: Request) async throws -> Response {
        let secret = try request.parameter(SiteRoute.Parameter.token)
        guard let token = try await Accounts.validToken(secret, on: request.db) else {
            return try await page(request, invalidLinkPage(request), status: .notFound).encodeResponse(for: request)
        }
        let form = try request.formReader(shown: [])
        let password = form.secret("password")
        var state = form.state
        Accounts.checkPassword(password, email: token.user.email, field: "password", into: &state, request.t)
        guard state.isValid else {
            return try await page(request, resetPage(state, secret: secret, request), status: .unprocessableEntity).encodeResponse(
                for: request)
        }
        // The link is used up and the password set in one transaction; a
        // second use of the same link, even at the same moment, is refused.
        let hash = try await request.password.async.hash(password)
        let done = try await request.db.transaction { database in
            guard try await Accounts.consume(token, on: database) else { return false }
            try await setPassword(hash: hash, for: token.user, on: database)
            return true
        }
        guard done else { return try await page(request, invalidLinkPage(request), status: .notFound).encodeResponse(for: request) }
        try await Accounts.clearSignInLimit(email: token.user.email, address: request.clientAddress, on: request.db)
        let response = request.redirect(to: .account, notice: .resetDone)
        try await AuthenticationMiddleware.signIn(token.user, request: request, response: response)
        return response
    }

    // MARK: Outbox

    @Sendable package static func outbox(_ request: Request) async throws -> HTMLResponse {
        try request.require(.viewOutbox)
        let t = request.t
        let messages = try await OutboxMessage.query(on: request.db).sort(\.$createdAt, .descending).limit(200).all()
        return page(
            request,
            Page(
                title: t(AccountsText.outboxTitle),
                content: .group(
                    .h1(.text(t(AccountsText.outboxTitle))),
                    .p(.class("lead"), .text(t(AccountsText.outboxLead))),
                    .if(
                        messages.isEmpty, .p(.text(t(AccountsText.outboxEmpty))),
                        else: .ul(
                            .class("outbox"),
                            .forEach(messages) { message in
                                .li(
                                    .class("card"),
                                    .h2(.text(message.subject)),
                                    .p(
                                        .text(
                                            "\(t(AccountsText.outboxTo)): \(message.toEmail) · \(t.dateTime(message.createdAt ?? Date()))")),
                                    // One-time links are the recipient's alone: whoever reads the outbox sees none.
                                    .pre(.text(Redaction.hidingLinks(message.body, with: t(AccountsText.outboxLinkHidden))))
                                )
                            })
                    )
                )))
    }

    package static func page(_ request: Request, _ page: Page, status: HTTPResponseStatus = .ok) -> HTMLResponse {
        HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }
}
