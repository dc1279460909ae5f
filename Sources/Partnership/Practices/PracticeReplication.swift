import Fluent
import Foundation
import Kernel

/// A city that took a good practice over as one of its actions: the link
/// between the practice and the action, and the results the city measured
/// itself. One live link per practice and city (a partial unique index).
package final class PracticeReplication: Model, @unchecked Sendable {
    package static let schema = "practice_replications"

    @ID(key: .id) package var id: UUID?
    @Field(key: "version") package var version: Int
    @Parent(key: "practice_id") package var practice: GoodPractice
    /// The city that replicated it.
    @Parent(key: "city_id") package var city: City
    /// Its action (in the climate workspace).
    @Field(key: "action_id") package var actionID: UUID
    /// `[PracticeResult]` as JSON: what the replicating city measured.
    @Field(key: "results") package var resultsJSON: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) package var deletedAt: Date?

    package init() {
        version = 1
        resultsJSON = "[]"
    }

    package init(practiceID: UUID, cityID: UUID, actionID: UUID) {
        version = 1
        resultsJSON = "[]"
        $practice.id = practiceID
        $city.id = cityID
        self.actionID = actionID
    }

    package var results: [PracticeResult] {
        get { PracticeResult.decode(resultsJSON) }
        set { resultsJSON = PracticeResult.encode(newValue) }
    }
}

extension PracticeReplication: Versioned {
    package static var auditType: String { "practice_replication" }
    package var auditCityID: UUID? { $city.id }
    package var auditFields: [String: String?] {
        ["practice_id": $practice.id.uuidString, "action_id": actionID.uuidString, "results": resultsJSON]
    }
}
