extension Feature {
    /// The kernel's own pages: accounts (sign-in, registration, the account,
    /// the outbox) and a city's people and API tokens; its migrations.
    package static let accounts = Feature(
        name: "accounts", migrations: DatabaseSetup.migrations,
        routes: { app in
            AccountsController.register(app)
            CityPeopleController.register(app)
            CityTokensController.register(app)
        },
        workspaceTabs: [
            WorkspaceTab(
                order: 80, title: { $0(CoreText.peopleLink) }, route: { .cityPeople(slug: $0) },
                visible: { principal, city in principal?.can(.manageCityPeople(city)) ?? false }),
            WorkspaceTab(
                order: 90, title: { $0(CoreText.tokensLink) }, route: { .cityTokens(slug: $0) },
                visible: { principal, city in principal?.can(.manageCityTokens(city)) ?? false }),
        ],
        restorables: [CityPeopleController.restorable],
        auditShapes: [AccountsHistory.user, AccountsHistory.role, AccountsHistory.token])
}
