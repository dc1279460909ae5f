import Foundation
import Kernel

/// The addresses of a city's climate workspace and of the partnership's
/// pages this area serves (`SiteRoute`: the kernel's type, extended here).
extension SiteRoute {
    package static let factors = SiteRoute([.constant("factors")])
    package static func nationalFactorDelete(id: UUID) -> SiteRoute {
        SiteRoute([.constant("factors"), .parameter(name: Parameter.id, value: id.uuidString), .constant("delete")])
    }

    // The API's addresses, for links and tests.
    package static let apiCities = SiteRoute([.constant("api"), .constant("v1"), .constant("cities")])
    package static func apiCity(slug: String) -> SiteRoute {
        SiteRoute([.constant("api"), .constant("v1"), .constant("cities"), .parameter(name: Parameter.slug, value: slug)])
    }
    package static func apiCityHistory(slug: String) -> SiteRoute { apiCitySection(slug, "history") }
    package static func apiCityInventories(slug: String) -> SiteRoute { apiCitySection(slug, "inventories") }
    package static func apiCityInventory(slug: String, year: Int) -> SiteRoute {
        apiCitySection(slug, "inventories", [.parameter(name: Parameter.year, value: String(year))])
    }
    package static func apiCityActions(slug: String) -> SiteRoute { apiCitySection(slug, "actions") }
    package static func apiCityPathway(slug: String) -> SiteRoute { apiCitySection(slug, "pathway") }
    package static func apiCityIndicators(slug: String) -> SiteRoute { apiCitySection(slug, "indicators") }
    package static func apiCityHazards(slug: String) -> SiteRoute { apiCitySection(slug, "hazards") }

    // The city's profile, contacts, history and deleted records
    package static func cityEdit(slug: String) -> SiteRoute { citySection(slug, "edit") }
    package static func cityContacts(slug: String) -> SiteRoute { citySection(slug, "contacts") }
    package static func cityContactDelete(slug: String, id: UUID) -> SiteRoute {
        citySection(slug, "contacts", [.parameter(name: Parameter.id, value: id.uuidString), .constant("delete")])
    }
    /// `after`: the last entry of the page before, for paging back to older changes.
    package static func cityHistory(slug: String, record: UUID? = nil, after: UUID? = nil) -> SiteRoute {
        citySection(
            slug, "history", query: (record.map { [("record", $0.uuidString)] } ?? []) + (after.map { [("after", $0.uuidString)] } ?? []))
    }
    package static func cityJoin(slug: String) -> SiteRoute { citySection(slug, "join") }

    // Inventories and factors
    package static func cityInventories(slug: String) -> SiteRoute { citySection(slug, "inventories") }
    package static func cityInventory(slug: String, year: Int, list: ListQuery<InventoryRowSort> = ListQuery()) -> SiteRoute {
        var route = inventory(slug, year)
        route = SiteRoute(route.components, query: list.query)
        return route
    }
    package static func cityInventoryRows(slug: String, year: Int) -> SiteRoute { inventory(slug, year, [.constant("rows")]) }
    package static func cityInventoryRowDelete(slug: String, year: Int, id: UUID) -> SiteRoute {
        inventory(slug, year, [.constant("rows"), .parameter(name: Parameter.id, value: id.uuidString), .constant("delete")])
    }
    package static func cityInventoryRowEdit(slug: String, year: Int, id: UUID) -> SiteRoute {
        inventory(slug, year, [.constant("rows"), .parameter(name: Parameter.id, value: id.uuidString), .constant("edit")])
    }
    package static func cityInventoryImport(slug: String, year: Int) -> SiteRoute { inventory(slug, year, [.constant("import")]) }
    package static func cityInventoryExport(slug: String, year: Int) -> SiteRoute { inventory(slug, year, [.constant("inventory.csv")]) }
    package static func cityInventorySubmit(slug: String, year: Int) -> SiteRoute { inventory(slug, year, [.constant("submit")]) }
    package static func cityInventoryReopen(slug: String, year: Int) -> SiteRoute { inventory(slug, year, [.constant("reopen")]) }
    package static func cityFactors(slug: String) -> SiteRoute { citySection(slug, "factors") }
    package static func cityFactorDelete(slug: String, id: UUID) -> SiteRoute {
        citySection(slug, "factors", [.parameter(name: Parameter.id, value: id.uuidString), .constant("delete")])
    }

    // Actions
    package static func cityActions(slug: String, filter: ActionFilter = ActionFilter()) -> SiteRoute {
        citySection(slug, "actions", query: filter.query)
    }
    /// The list as it is filtered and sorted, every page, as CSV.
    package static func cityActionsCSV(slug: String, filter: ActionFilter = ActionFilter()) -> SiteRoute {
        var all = filter
        all.page = nil
        return citySection(slug, "actions.csv", query: all.query)
    }
    package static func cityActionNew(slug: String) -> SiteRoute { citySection(slug, "actions", [.constant("new")]) }
    package static func cityAction(slug: String, id: UUID) -> SiteRoute { action(slug, id) }
    package static func cityActionEdit(slug: String, id: UUID) -> SiteRoute { action(slug, id, [.constant("edit")]) }
    package static func cityActionDelete(slug: String, id: UUID) -> SiteRoute { action(slug, id, [.constant("delete")]) }
    package static func cityActionUpdates(slug: String, id: UUID) -> SiteRoute { action(slug, id, [.constant("updates")]) }

    // Indicators
    package static func cityIndicators(slug: String, list: ListQuery<IndicatorSort> = ListQuery()) -> SiteRoute {
        citySection(slug, "indicators", query: list.query)
    }
    /// The list as searched and sorted, every page, as CSV.
    package static func cityIndicatorsCSV(slug: String, list: ListQuery<IndicatorSort> = ListQuery()) -> SiteRoute {
        citySection(slug, "indicators.csv", query: ListQuery(search: list.search, sort: list.sort).query)
    }
    package static func cityIndicator(slug: String, id: UUID) -> SiteRoute { indicator(slug, id) }
    package static func cityIndicatorEdit(slug: String, id: UUID) -> SiteRoute { indicator(slug, id, [.constant("edit")]) }
    package static func cityIndicatorDelete(slug: String, id: UUID) -> SiteRoute { indicator(slug, id, [.constant("delete")]) }
    package static func cityIndicatorValues(slug: String, id: UUID) -> SiteRoute { indicator(slug, id, [.constant("values")]) }
    package static func cityIndicatorImport(slug: String, id: UUID) -> SiteRoute { indicator(slug, id, [.constant("import")]) }
    package static func cityIndicatorValueEdit(slug: String, id: UUID, value: UUID) -> SiteRoute {
        indicator(slug, id, [.constant("values"), .parameter(name: Parameter.value, value: value.uuidString), .constant("edit")])
    }
    package static func cityIndicatorValueDelete(slug: String, id: UUID, value: UUID) -> SiteRoute {
        indicator(slug, id, [.constant("values"), .parameter(name: Parameter.value, value: value.uuidString), .constant("delete")])
    }

    // Reports
    package static func cityReports(slug: String) -> SiteRoute { citySection(slug, "reports") }
    package static func cityReport(slug: String, kind: ReportKind) -> SiteRoute {
        citySection(slug, "reports", [.parameter(name: Parameter.kind, value: kind.rawValue)])
    }
    package static func cityReportFile(slug: String, kind: ReportKind, format: ReportFormat) -> SiteRoute {
        citySection(slug, "reports", [.parameter(name: Parameter.kind, value: kind.rawValue), .constant("report." + format.rawValue)])
    }
    package static func cityReportSubmit(slug: String, kind: ReportKind) -> SiteRoute {
        citySection(slug, "reports", [.parameter(name: Parameter.kind, value: kind.rawValue), .constant("submit")])
    }
    package static func cityReportSnapshot(slug: String, id: UUID) -> SiteRoute {
        citySection(slug, "reports", [.constant("snapshots"), .parameter(name: Parameter.id, value: id.uuidString)])
    }
    package static func cityReportSnapshotFile(slug: String, id: UUID, format: ReportFormat) -> SiteRoute {
        citySection(
            slug, "reports",
            [.constant("snapshots"), .parameter(name: Parameter.id, value: id.uuidString), .constant("report." + format.rawValue)])
    }

    // Adaptation
    package static func cityHazards(slug: String) -> SiteRoute { citySection(slug, "hazards") }
    package static func cityHazardEdit(slug: String, id: UUID) -> SiteRoute {
        citySection(slug, "hazards", [.parameter(name: Parameter.id, value: id.uuidString), .constant("edit")])
    }
    package static func cityHazardDelete(slug: String, id: UUID) -> SiteRoute {
        citySection(slug, "hazards", [.parameter(name: Parameter.id, value: id.uuidString), .constant("delete")])
    }

    // The partnership's join requests
    package static let joinRequests = SiteRoute([.constant("partnership"), .constant("requests")])
    package static func joinRequestApprove(id: UUID) -> SiteRoute {
        SiteRoute([
            .constant("partnership"), .constant("requests"), .parameter(name: Parameter.id, value: id.uuidString), .constant("approve"),
        ])
    }
    package static func joinRequestDecline(id: UUID) -> SiteRoute {
        SiteRoute([
            .constant("partnership"), .constant("requests"), .parameter(name: Parameter.id, value: id.uuidString), .constant("decline"),
        ])
    }

    private static func inventory(_ slug: String, _ year: Int, _ rest: [Component] = []) -> SiteRoute {
        citySection(slug, "inventories", [.parameter(name: Parameter.year, value: String(year))] + rest)
    }

    private static func indicator(_ slug: String, _ id: UUID, _ rest: [Component] = []) -> SiteRoute {
        citySection(slug, "indicators", [.parameter(name: Parameter.id, value: id.uuidString)] + rest)
    }

    private static func action(_ slug: String, _ id: UUID, _ rest: [Component] = []) -> SiteRoute {
        citySection(slug, "actions", [.parameter(name: Parameter.id, value: id.uuidString)] + rest)
    }
}
