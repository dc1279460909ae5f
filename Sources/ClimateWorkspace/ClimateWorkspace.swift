import Kernel

/// The city's climate workspace: the features of this area, in the order
/// the composition root registers them (their demo data load in this order).
package enum ClimateWorkspace {
    package static let features: [Feature] = [
        .cities, .factors, .inventory, .actions, .indicators, .adaptation, .growth, .pathway, .scenarios, .overview, .reports, .history,
    ]
}
