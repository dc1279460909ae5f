import Foundation

// The words of a city's inventory and action portfolio (PRODUCT.md B),
// shared by their pages, the list filters (`SiteRoute.cityActions`), the
// pathway and the reports.

/// Where an inventory is: a draft the city's team edits, or submitted, when
/// it is locked and keeps the factors it was calculated with.
package enum InventoryStatus: String, Codable, Sendable, CaseIterable {
    case draft, submitted
}

/// How good a row's data is (the GPC's data-quality mark).
package enum DataQuality: String, Codable, Sendable, CaseIterable {
    case high, medium, low
}

/// The fields of action of the Climate City Contract.
package enum FieldOfAction: String, Codable, Sendable, CaseIterable {
    case buildings
    case energySystems = "energy_systems"
    case mobility
    case waste
    case greenInfrastructure = "green_infrastructure"
    case industry
    case agriculture
}

/// The systemic levers of the Climate City Contract's action plan.
package enum SystemicLever: String, Codable, Sendable, CaseIterable {
    case technology
    case governance
    case socialInnovation = "social_innovation"
    case democracy
    case finance
    case learning
}

/// Whether an action cuts emissions or adapts the city to climate change.
package enum ActionPurpose: String, Codable, Sendable, CaseIterable {
    case mitigation, adaptation
}

package enum ActionStatus: String, Codable, Sendable, CaseIterable {
    case planned
    case inProgress = "in_progress"
    case completed, delayed, cancelled
}

/// What a list of actions shows and in which order; every value optional.
package struct ActionFilter: Sendable, Equatable {
    package enum Sort: String, Sendable, CaseIterable {
        case code, name, status, progress, reduction, end
    }

    package var field: FieldOfAction? = nil
    package var status: ActionStatus? = nil
    package var purpose: ActionPurpose? = nil
    package var sort: Sort? = nil
    /// Words the code, name, description or responsible must hold (at most 100 characters).
    package var search: String? = nil
    /// The page of a long list, from 1 (`nil` is the first).
    package var page: Int? = nil

    package init(
        field: FieldOfAction? = nil, status: ActionStatus? = nil, purpose: ActionPurpose? = nil, sort: Sort? = nil, search: String? = nil
    ) {
        self.field = field
        self.status = status
        self.purpose = purpose
        self.sort = sort
        self.search = search
    }

    /// Reads the query of a list's address; unknown values are ignored.
    package init(query: [String: String]) {
        field = query["field"].flatMap(FieldOfAction.init(rawValue:))
        status = query["status"].flatMap(ActionStatus.init(rawValue:))
        purpose = query["purpose"].flatMap(ActionPurpose.init(rawValue:))
        // Words, order and page are read as every long list reads them.
        let list = ListQuery<Sort>(query: query)
        sort = list.sort
        search = list.search
        page = list.page
    }

    package var query: [(String, String)] {
        var items: [(String, String)] = []
        if let field { items.append(("field", field.rawValue)) }
        if let status { items.append(("status", status.rawValue)) }
        if let purpose { items.append(("purpose", purpose.rawValue)) }
        if let sort { items.append(("sort", sort.rawValue)) }
        if let search { items.append(("q", search)) }
        if let page { items.append(("page", String(page))) }
        return items
    }
}
