import Kernel

extension Feature {
    /// A city's emission inventories.
    static let inventory = Feature(
        name: "inventory", migrations: [M0015_CreateInventories(), M0016_CreateInventoryRows()],
        routes: { app in InventoryController.register(app) },
        demo: { cities, database, _ in try await InventoryDemo.load(cities: cities, on: database) },
        workspaceTabs: [WorkspaceTab(order: 20, title: { $0(InventoryText.link) }, route: { .cityInventories(slug: $0) })],
        restorables: [InventoryController.rowRestorable], auditShapes: [InventoryHistory.inventory, InventoryHistory.row])
}
