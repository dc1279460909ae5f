import Foundation
import Kernel

/// The addresses of the good practices.
extension SiteRoute {
    /// Which practices the list shows.
    package struct PracticeFilter: Sendable, Equatable {
        package var field: FieldOfAction? = nil
        package var purpose: ActionPurpose? = nil
        package var city: String? = nil
        /// The words searched for (at most 100 characters).
        package var search: String? = nil
        /// Only those another city replicated (yes) or none has (no).
        package var replicated: Bool? = nil

        package init(
            field: FieldOfAction? = nil, purpose: ActionPurpose? = nil, city: String? = nil, search: String? = nil, replicated: Bool? = nil
        ) {
            self.field = field
            self.purpose = purpose
            self.city = city
            self.search = search
            self.replicated = replicated
        }

        package init(query: [String: String]) {
            field = query["field"].flatMap(FieldOfAction.init(rawValue:))
            purpose = query["purpose"].flatMap(ActionPurpose.init(rawValue:))
            city = query["city"].flatMap { $0.isEmpty || $0.count > 64 ? nil : $0 }
            search = ListQuery<PracticeStatus>(query: query).search
            replicated = query["replicated"].flatMap { ["yes": true, "no": false][$0] }
        }

        var query: [(String, String)] {
            [
                search.map { ("q", $0) }, field.map { ("field", $0.rawValue) }, purpose.map { ("purpose", $0.rawValue) },
                city.map { ("city", $0) }, replicated.map { ("replicated", $0 ? "yes" : "no") },
            ]
            .compactMap { $0 }
        }
    }

    static let fileParameter = "file"

    package static func practices(_ filter: PracticeFilter = PracticeFilter(), page: Int? = nil) -> SiteRoute {
        SiteRoute([.constant("practices")], query: filter.query + (page.map { [("page", String($0))] } ?? []))
    }
    package static let practiceNew = SiteRoute([.constant("practices"), .constant("new")])
    package static func practice(id: UUID) -> SiteRoute {
        SiteRoute([.constant("practices"), .parameter(name: Parameter.id, value: id.uuidString)])
    }
    static func practiceAction(id: UUID, _ action: String) -> SiteRoute {
        SiteRoute([.constant("practices"), .parameter(name: Parameter.id, value: id.uuidString), .constant(action)])
    }
    package static func practiceEdit(id: UUID) -> SiteRoute { practiceAction(id: id, "edit") }
    package static func practicePublish(id: UUID) -> SiteRoute { practiceAction(id: id, "publish") }
    package static func practiceUnpublish(id: UUID) -> SiteRoute { practiceAction(id: id, "unpublish") }
    package static func practiceDelete(id: UUID) -> SiteRoute { practiceAction(id: id, "delete") }
    package static func practiceAttachments(id: UUID) -> SiteRoute { practiceAction(id: id, "attachments") }
    package static func practiceFile(id: UUID, file: UUID) -> SiteRoute {
        SiteRoute([
            .constant("practices"), .parameter(name: Parameter.id, value: id.uuidString), .constant("attachments"),
            .parameter(name: fileParameter, value: file.uuidString),
        ])
    }
    package static func practiceFileDelete(id: UUID, file: UUID) -> SiteRoute {
        SiteRoute(practiceFile(id: id, file: file).components + [.constant("delete")])
    }

    /// A city's action made from the practice: the form (GET) and its creation (POST).
    package static func practiceReplicate(id: UUID, slug: String) -> SiteRoute {
        SiteRoute(practiceAction(id: id, "replicate").components + [.parameter(name: Parameter.slug, value: slug)])
    }
    /// What the replicating city measured itself.
    package static func practiceReplication(id: UUID, replication: UUID) -> SiteRoute {
        SiteRoute(
            practiceAction(id: id, "replications").components + [.parameter(name: replicationParameter, value: replication.uuidString)])
    }
    static let replicationParameter = "replication"
    /// The coordinator's table of replications, per practice and city.
    package static let practiceReplicationsCSV = SiteRoute([.constant("practices"), .constant("replications.csv")])

    package static let apiPractices = SiteRoute([.constant("api"), .constant("v1"), .constant("practices")])
    package static func apiPractice(id: UUID) -> SiteRoute {
        SiteRoute([.constant("api"), .constant("v1"), .constant("practices"), .parameter(name: Parameter.id, value: id.uuidString)])
    }
}
