import Kernel

extension Feature {
    /// A city's history of changes and its deleted records.
    static let history = Feature(
        name: "history",
        routes: { app in HistoryController.register(app) },
        workspaceTabs: [
            WorkspaceTab(
                order: 100, title: { $0(CityEditText.historyLink) }, route: { .cityHistory(slug: $0) },
                visible: { principal, city in principal?.can(.viewCityHistory(city)) ?? false }),
            WorkspaceTab(
                order: 110, title: { $0(CityEditText.deletedLink) }, route: { .cityDeleted(slug: $0) },
                visible: { principal, city in principal?.can(.editCity(city)) ?? false }),
        ])
}
