import Kernel

extension Feature {
    /// A city's reports and their submitted snapshots.
    static let reports = Feature(
        name: "reports", migrations: [M0025_CreateReportSnapshots()],
        routes: { app in ReportsController.register(app) },
        workspaceTabs: [WorkspaceTab(order: 70, title: { $0(ReportsText.link) }, route: { .cityReports(slug: $0) })],
        auditShapes: [ReportsHistory.snapshot])
}
