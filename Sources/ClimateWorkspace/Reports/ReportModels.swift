import Fluent
import Foundation
import Kernel

/// The reports a city gives the EU Mission and the Covenant of Mayors.
package enum ReportKind: String, Codable, Sendable, CaseIterable {
    /// The Climate City Contract's tables: baseline, action portfolio, indicators, emission gap.
    case ccc
    /// The Covenant of Mayors' baseline inventory: sectors × energy carriers, MWh and tCO2e.
    case covenant
    /// Every inventory row in GPC terms.
    case gpc
}

/// The files a report is downloaded as.
package enum ReportFormat: String, Sendable, CaseIterable {
    case csv, json
}

/// A submitted report, kept as it was on the day: its CSV and JSON never
/// change afterwards (there is no route that changes or deletes one); its
/// page is drawn from the kept JSON in the reader's language.
package final class ReportSnapshot: Model, @unchecked Sendable {
    package static let schema = "report_snapshots"

    @ID(key: .id) package var id: UUID?
    @Field(key: "city_id") package var cityID: UUID
    @Field(key: "kind") package var kind: ReportKind
    @Field(key: "submitted_at") package var submittedAt: Date
    @Field(key: "submitted_by") package var submittedBy: String
    @Field(key: "inventory_year") package var inventoryYear: Int
    @Field(key: "csv") package var csv: String
    @Field(key: "json") package var json: String

    package init() {}
}

extension ReportSnapshot: Audited {
    package static var auditType: String { "report_snapshot" }
    package var auditCityID: UUID? { cityID }
    package var auditFields: [String: String?] {
        ["kind": kind.rawValue, "inventory_year": String(inventoryYear), "submitted_by": submittedBy]
    }
}
