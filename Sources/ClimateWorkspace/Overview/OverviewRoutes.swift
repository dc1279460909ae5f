import Foundation
import Kernel

/// The addresses of the partnership's side-by-side view.
extension SiteRoute {
    package static func partnership(_ list: ListQuery<OverviewSort> = ListQuery()) -> SiteRoute {
        SiteRoute([.constant("partnership")], query: ListQuery(sort: list.sort).query)
    }
    package static func partnershipCSV(_ list: ListQuery<OverviewSort> = ListQuery()) -> SiteRoute {
        SiteRoute([.constant("partnership.csv")], query: ListQuery(sort: list.sort).query)
    }
    package static let apiPartnershipOverview = SiteRoute([
        .constant("api"), .constant("v1"), .constant("partnership"), .constant("overview"),
    ])
}
