import Kernel

extension Page.Section {
    /// The partnership's side-by-side view.
    static let partnership = Page.Section("partnership")
}

extension Feature {
    /// Every city side by side and the members' joint pathway.
    static let overview = Feature(
        name: "overview", migrations: [],
        routes: { app in OverviewController.register(app) },
        navigation: [NavigationLink(section: .partnership, title: { $0(OverviewText.nav) }, route: .partnership())])
}
