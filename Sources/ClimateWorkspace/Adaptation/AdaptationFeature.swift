import Kernel

extension Feature {
    /// A city's climate hazards and the actions that answer them.
    static let adaptation = Feature(
        name: "adaptation", migrations: [M0023_CreateHazards(), M0024_CreateActionHazards()],
        routes: { app in HazardsController.register(app) },
        demo: { cities, database, _ in try await HazardsDemo.load(cities: cities, on: database) },
        workspaceTabs: [WorkspaceTab(order: 50, title: { $0(CityEditText.hazardsLink) }, route: { .cityHazards(slug: $0) })],
        restorables: [HazardsController.restorable], auditShapes: [HazardsHistory.hazard, HazardsHistory.link])
}
