import Kernel

extension Feature {
    /// A city's pathway to its target (drawn on the city's page; kept calculations).
    static let pathway = Feature(name: "pathway", migrations: [M0019_CreatePathwayCache()])
}
