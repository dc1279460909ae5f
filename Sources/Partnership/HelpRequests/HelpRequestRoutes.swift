import Foundation
import Kernel

/// The addresses of the working group's help requests.
extension SiteRoute {
    /// Which requests the list shows.
    package struct HelpFilter: Sendable, Equatable {
        package var state: HelpRequestState? = nil
        package var field: FieldOfAction? = nil
        package var city: String? = nil

        package init(state: HelpRequestState? = nil, field: FieldOfAction? = nil, city: String? = nil) {
            self.state = state
            self.field = field
            self.city = city
        }

        package init(query: [String: String]) {
            state = query["state"].flatMap(HelpRequestState.init(rawValue:))
            field = query["field"].flatMap(FieldOfAction.init(rawValue:))
            city = query["city"].flatMap { $0.isEmpty || $0.count > 64 ? nil : $0 }
        }

        var query: [(String, String)] {
            [state.map { ("state", $0.rawValue) }, field.map { ("field", $0.rawValue) }, city.map { ("city", $0) }].compactMap { $0 }
        }
    }

    static let answerParameter = "answer"

    package static let apiHelpRequests = SiteRoute([.constant("api"), .constant("v1"), .constant("help-requests")])
    package static func apiHelpRequest(id: UUID) -> SiteRoute {
        SiteRoute([.constant("api"), .constant("v1"), .constant("help-requests"), .parameter(name: Parameter.id, value: id.uuidString)])
    }

    package static func helpRequests(_ filter: HelpFilter = HelpFilter(), page: Int? = nil) -> SiteRoute {
        SiteRoute([.constant("help-requests")], query: filter.query + (page.map { [("page", String($0))] } ?? []))
    }
    package static let helpRequestNew = SiteRoute([.constant("help-requests"), .constant("new")])
    package static func helpRequest(id: UUID) -> SiteRoute {
        SiteRoute([.constant("help-requests"), .parameter(name: Parameter.id, value: id.uuidString)])
    }
    static func helpRequestAction(id: UUID, _ action: String) -> SiteRoute {
        SiteRoute([.constant("help-requests"), .parameter(name: Parameter.id, value: id.uuidString), .constant(action)])
    }
    package static func helpRequestEdit(id: UUID) -> SiteRoute { helpRequestAction(id: id, "edit") }
    package static func helpRequestAnswers(id: UUID) -> SiteRoute { helpRequestAction(id: id, "answers") }
    package static func helpRequestSolved(id: UUID) -> SiteRoute { helpRequestAction(id: id, "solved") }
    package static func helpRequestClose(id: UUID) -> SiteRoute { helpRequestAction(id: id, "close") }
    package static func helpRequestReopen(id: UUID) -> SiteRoute { helpRequestAction(id: id, "reopen") }
    static func helpAnswer(request: UUID, answer: UUID, _ action: String) -> SiteRoute {
        SiteRoute([
            .constant("help-requests"), .parameter(name: Parameter.id, value: request.uuidString), .constant("answers"),
            .parameter(name: answerParameter, value: answer.uuidString), .constant(action),
        ])
    }
    package static func helpAnswerEdit(request: UUID, answer: UUID) -> SiteRoute { helpAnswer(request: request, answer: answer, "edit") }
    package static func helpAnswerDelete(request: UUID, answer: UUID) -> SiteRoute {
        helpAnswer(request: request, answer: answer, "delete")
    }
}
