import Kernel

extension Feature {
    /// The cities' public pages, a city's profile and contacts, and the
    /// partnership's join requests.
    static let cities = Feature(
        name: "cities",
        // M0028 adds versions to the records of the whole area.
        migrations: [M0013_CreateJoinRequests(), M0028_AddVersions()],
        routes: { app in
            CitiesController.register(app)
            CityEditController.register(app)
            JoinController.register(app)
        },
        workspaceTabs: [
            WorkspaceTab(order: 0, title: { $0(CitiesText.overview) }, route: { .city(slug: $0) }),
            WorkspaceTab(
                order: 10, title: { $0(CityEditText.editLink) }, route: { .cityEdit(slug: $0) },
                visible: { principal, city in principal?.can(.editCity(city)) ?? false }),
        ],
        coordinatorLinks: [NavigationLink(title: { $0(JoinText.navRequests) }, route: .joinRequests)],
        restorables: [CityEditController.contactRestorable],
        auditShapes: [CitiesHistory.city, CitiesHistory.contact, CitiesHistory.request])
}
