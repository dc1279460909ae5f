import Kernel

extension Page.Section {
    /// The national emission factors.
    static let factors = Page.Section("factors")
}

extension Feature {
    /// The national emission factors and a city's own.
    static let factors = Feature(
        name: "factors", migrations: [M0014_CreateEmissionFactors()],
        routes: { app in
            FactorsController.register(app)
            FactorsEditController.register(app)
        },
        workspaceTabs: [
            WorkspaceTab(order: 60, title: { $0(CityEditText.factorsLink) }, route: { .cityFactors(slug: $0) }, visible: WorkspaceTab.team)
        ],
        navigation: [NavigationLink(section: .factors, title: { $0(FactorsText.navFactors) }, route: .factors)],
        restorables: [FactorsEditController.restorable], auditShapes: [FactorsHistory.factor])
}
