import Fluent
import Foundation
import Kernel

/// Where a help request stands.
package enum HelpRequestState: String, Codable, Sendable, CaseIterable {
    case open, solved, closed
}

/// A working-group member's question to the other cities ("who has done
/// X?"): title, question, field of action and an optional deadline. The asker
/// marks the answer that solved it; the asker or the coordinator closes it.
package final class HelpRequest: Model, @unchecked Sendable {
    package static let schema = "help_requests"

    @ID(key: .id) package var id: UUID?
    @Field(key: "version") package var version: Int
    /// The asker's city (their term's), for the city's history.
    @Parent(key: "city_id") package var city: City
    @Parent(key: "member_id") package var member: WorkingGroupMember
    @Parent(key: "user_id") package var user: User
    @Field(key: "title") package var title: String
    @Field(key: "question") package var question: String
    @Field(key: "field") package var field: FieldOfAction
    @OptionalField(key: "deadline") package var deadlineText: String?
    @Field(key: "state") package var state: HelpRequestState
    @OptionalField(key: "solved_answer_id") package var solvedAnswerID: UUID?
    /// Set by the code (not a timestamp), so the demo can date its questions.
    @OptionalField(key: "created_at") package var createdAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) package var deletedAt: Date?

    package init() {
        version = 1
        state = .open
    }

    package var deadline: CalendarDate? { deadlineText.flatMap(CalendarDate.init(iso:)) }
}

extension HelpRequest: Versioned {
    package static var auditType: String { "help_request" }
    package var auditCityID: UUID? { $city.id }
    package var auditFields: [String: String?] {
        [
            "title": title, "question": question, "field": field.rawValue, "deadline": deadlineText, "state": state.rawValue,
            "solved_answer_id": solvedAnswerID?.uuidString,
        ]
    }
}

/// A member's answer to a help request, from a city other than the asker's;
/// edited by its author, deleted reversibly.
package final class HelpAnswer: Model, @unchecked Sendable {
    package static let schema = "help_answers"

    @ID(key: .id) package var id: UUID?
    @Field(key: "version") package var version: Int
    @Parent(key: "request_id") package var request: HelpRequest
    /// The answerer's city (their term's), for the city's history.
    @Parent(key: "city_id") package var city: City
    @Parent(key: "member_id") package var member: WorkingGroupMember
    @Parent(key: "user_id") package var user: User
    @Field(key: "body") package var body: String
    /// Set by the code (not a timestamp), so the demo can date its questions.
    @OptionalField(key: "created_at") package var createdAt: Date?
    @OptionalField(key: "edited_at") package var editedAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) package var deletedAt: Date?

    package init() {
        version = 1
    }
}

extension HelpAnswer: Versioned {
    package static var auditType: String { "help_answer" }
    package var auditCityID: UUID? { $city.id }
    package var auditFields: [String: String?] { ["request_id": $request.id.uuidString, "body": body] }
}
