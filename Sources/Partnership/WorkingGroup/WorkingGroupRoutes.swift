import Foundation
import Kernel

/// The addresses of the working group.
extension SiteRoute {
    /// Which members the directory shows.
    package struct MemberFilter: Sendable, Equatable {
        package var city: String? = nil
        package var field: FieldOfAction? = nil
        package var search: String? = nil

        package init(city: String? = nil, field: FieldOfAction? = nil, search: String? = nil) {
            self.city = city
            self.field = field
            self.search = search
        }

        package init(query: [String: String]) {
            city = query["city"].flatMap { $0.isEmpty || $0.count > 64 ? nil : $0 }
            field = query["field"].flatMap(FieldOfAction.init(rawValue:))
            search = ListQuery<FieldOfAction>(query: query).search
        }

        var query: [(String, String)] {
            [city.map { ("city", $0) }, field.map { ("field", $0.rawValue) }, search.map { ("q", $0) }].compactMap { $0 }
        }
    }

    package static func workingGroup(_ filter: MemberFilter = MemberFilter()) -> SiteRoute {
        SiteRoute([.constant("working-group")], query: filter.query)
    }
    package static func workingGroupMember(id: UUID) -> SiteRoute {
        SiteRoute([.constant("working-group"), .parameter(name: Parameter.id, value: id.uuidString)])
    }
    package static func workingGroupMemberEdit(id: UUID) -> SiteRoute {
        SiteRoute([.constant("working-group"), .parameter(name: Parameter.id, value: id.uuidString), .constant("edit")])
    }
    package static func workingGroupMemberEnd(id: UUID) -> SiteRoute {
        SiteRoute([.constant("working-group"), .parameter(name: Parameter.id, value: id.uuidString), .constant("end")])
    }
    /// A city's members and the form that appoints one: the city admin's.
    package static func cityWorkingGroup(slug: String) -> SiteRoute { citySection(slug, "working-group") }

    package static func apiWorkingGroup() -> SiteRoute {
        SiteRoute([.constant("api"), .constant("v1"), .constant("working-group")])
    }
}
