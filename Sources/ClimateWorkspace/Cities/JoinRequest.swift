import Fluent
import Foundation
import Kernel

/// A city's request to join the partnership, made by a person on the city's
/// behalf and decided by the coordinator. When approved, the city becomes a
/// member and the person its admin.
package final class JoinRequest: Model, @unchecked Sendable {
    package static let schema = "join_requests"

    package enum Status: String, Codable, Sendable, CaseIterable {
        case pending, approved, declined
    }

    @ID(key: .id) package var id: UUID?
    @Parent(key: "city_id") package var city: City
    @Parent(key: "requested_by") package var requester: User
    /// The requester's position at the city (e.g. head of the environment office).
    @Field(key: "position") package var position: String
    @Field(key: "message") package var message: String
    @Field(key: "status") package var status: Status
    @OptionalField(key: "decided_by") package var decidedBy: UUID?
    @OptionalField(key: "decided_at") package var decidedAt: Date?
    /// Why a request was declined.
    @OptionalField(key: "decision_note") package var decisionNote: String?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}
}

extension JoinRequest: Audited {
    package static var auditType: String { "join_request" }
    package var auditCityID: UUID? { $city.id }
    package var auditFields: [String: String?] {
        [
            "requested_by": $requester.id.uuidString, "position": position, "message": message, "status": status.rawValue,
            "decided_by": decidedBy?.uuidString, "decision_note": decisionNote,
        ]
    }
}
