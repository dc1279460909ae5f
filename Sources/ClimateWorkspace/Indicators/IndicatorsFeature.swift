import Kernel

extension Feature {
    /// A city's indicators and their values.
    static let indicators = Feature(
        name: "indicators", migrations: [M0021_CreateIndicators(), M0022_CreateIndicatorValues(), M0031_CreateActionIndicators()],
        routes: { app in IndicatorsController.register(app) },
        demo: { cities, database, _ in try await IndicatorsDemo.load(cities: cities, on: database) },
        workspaceTabs: [WorkspaceTab(order: 40, title: { $0(IndicatorsText.link) }, route: { .cityIndicators(slug: $0) })],
        restorables: IndicatorsController.restorables,
        auditShapes: [IndicatorsHistory.indicator, IndicatorsHistory.value, IndicatorsHistory.link])
}
