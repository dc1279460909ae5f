import Kernel

extension Feature {
    /// A city's action portfolio and its progress.
    static let actions = Feature(
        name: "actions", migrations: [M0017_CreateActions(), M0018_CreateActionUpdates(), M0027_StoreMoneyInCents()],
        routes: { app in ActionsController.register(app) },
        demo: { cities, database, _ in try await ActionsDemo.load(cities: cities, on: database) },
        workspaceTabs: [WorkspaceTab(order: 30, title: { $0(CityEditText.actionsLink) }, route: { .cityActions(slug: $0) })],
        restorables: [ActionsController.restorable], auditShapes: [ActionsHistory.action, ActionsHistory.update])
}
