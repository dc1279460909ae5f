import Kernel

/// The partnership's half of the mission (PRODUCT.md C, commitments 1 and 7):
/// the features of this area, in the order the composition root registers
/// them (their demo data load in this order).
package enum Partnership {
    package static let features: [Feature] = [.workingGroup, .helpRequests, .practices]

    /// What a member's page shows of their work, feature by feature.
    static let memberSections: [MemberSection] = [HelpRequestsController.memberSection]
}
