import Fluent
import Foundation
import Kernel

/// A person appointed to the partnership's working group by a city (its
/// admin): their position, areas of expertise (fields of action and free
/// tags), a phone and the term. One open term per person (the database holds
/// to it); an ended term stays, so the directory's history is not lost.
package final class WorkingGroupMember: Model, @unchecked Sendable {
    package static let schema = "working_group_members"

    @ID(key: .id) package var id: UUID?
    @Field(key: "version") package var version: Int
    @Parent(key: "user_id") package var user: User
    @Parent(key: "city_id") package var city: City
    @Field(key: "position") package var position: String
    /// The fields of action, raw values joined by commas, in the vocabulary's order.
    @Field(key: "fields") package var fieldsText: String
    /// Free tags, joined by commas.
    @Field(key: "tags") package var tagsText: String
    @OptionalField(key: "phone") package var phone: String?
    @Field(key: "from_date") package var fromText: String
    @OptionalField(key: "to_date") package var toText: String?
    /// Set when the term is ended (the unique index holds one open term per person).
    @Field(key: "is_open") package var isOpen: Bool
    @Timestamp(key: "deleted_at", on: .delete) package var deletedAt: Date?

    package init() {
        version = 1
        fieldsText = ""
        tagsText = ""
        isOpen = true
    }

    package var fields: [FieldOfAction] {
        get { fieldsText.split(separator: ",").compactMap { FieldOfAction(rawValue: String($0)) } }
        set { fieldsText = FieldOfAction.allCases.filter(newValue.contains).map(\.rawValue).joined(separator: ",") }
    }

    package var tags: [String] {
        get { tagsText.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        set { tagsText = newValue.joined(separator: ", ") }
    }

    package var from: CalendarDate? { CalendarDate(iso: fromText) }
    package var to: CalendarDate? { toText.flatMap(CalendarDate.init(iso:)) }

    /// Whether the term holds on `day`: begun, not ended, not past its end date.
    package func isActive(on day: CalendarDate) -> Bool {
        guard isOpen, let from, from <= day else { return false }
        return to.map { day <= $0 } ?? true
    }
}

extension WorkingGroupMember: Versioned {
    package static var auditType: String { "working_group_member" }
    package var auditCityID: UUID? { $city.id }
    package var auditFields: [String: String?] {
        [
            "user_id": $user.id.uuidString, "position": position, "fields": fieldsText, "tags": tagsText, "phone": phone,
            "from_date": fromText, "to_date": toText, "is_open": isOpen ? "true" : "false",
        ]
    }
}
