import Kernel

extension Feature {
    /// A city's named scenarios beside its adopted plan.
    static let scenarios = Feature(
        name: "scenarios", migrations: [M0034_CreateScenarios()],
        routes: { app in ScenariosController.register(app) },
        demo: { cities, database, _ in try await ScenariosDemo.load(cities: cities, on: database) },
        workspaceTabs: [WorkspaceTab(order: 68, title: { $0(ScenariosText.tab) }, route: { .cityScenarios(slug: $0) })],
        restorables: [ScenariosController.restorable], auditShapes: [ScenariosHistory.scenario])
}
