import Kernel

extension Feature {
    /// A city's growth of activity under business as usual.
    static let growth = Feature(
        name: "growth", migrations: [M0033_CreateGrowthRates()],
        routes: { app in GrowthController.register(app) },
        demo: { cities, database, _ in try await GrowthDemo.load(cities: cities, on: database) },
        workspaceTabs: [WorkspaceTab(order: 65, title: { $0(GrowthText.tab) }, route: { .cityGrowth(slug: $0) })],
        restorables: [GrowthController.restorable], auditShapes: [GrowthHistory.rate])
}
