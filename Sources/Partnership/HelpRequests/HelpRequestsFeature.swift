import Fluent
import Foundation
import Kernel

extension Feature {
    /// Help requests of the working group ("who has done X?").
    static let helpRequests = Feature(
        name: "help-requests", migrations: [M0036_CreateHelpRequests()],
        routes: { app in HelpRequestsController.register(app) },
        demo: { cities, database, _ in try await HelpRequestsDemo.load(cities: cities, on: database) },
        navigation: [NavigationLink(section: .workingGroup, title: { $0(HelpRequestText.nav) }, route: .helpRequests())],
        restorables: [HelpRequestsController.restorableAnswer],
        auditShapes: [HelpRequestsHistory.request, HelpRequestsHistory.answer],
        homePanels: [HelpRequestsController.homePanel])
}

/// How a city's history shows help requests and answers.
enum HelpRequestsHistory {
    static let request = AuditShape(
        HelpRequest.auditType, name: { $0(HelpRequestText.recordRequest) }, gender: .neuter,
        fields: [
            ("title", .text { $0(HelpRequestText.fieldTitle) }), ("question", .text { $0(HelpRequestText.fieldQuestion) }),
            ("field", .choice({ $0(HelpRequestText.fieldField) }, FieldOfAction.self) { $1($0.text) }),
            ("deadline", .date { $0(HelpRequestText.fieldDeadline) }),
            ("state", .choice({ $0(HelpRequestText.columnState) }, HelpRequestState.self) { $1($0.text) }),
            ("solved_answer_id", .record({ $0(HelpRequestText.solvedBy) }, HelpAnswer.auditType)),
        ],
        names: { ids, database, _ in
            let requests = try await HelpRequest.query(on: database).withDeleted().filter(\.$id ~~ ids).all()
            return Dictionary(requests.map { ($0.id!, $0.title) }, uniquingKeysWith: { a, _ in a })
        })

    static let answer = AuditShape(
        HelpAnswer.auditType, name: { $0(HelpRequestText.recordAnswer) },
        fields: [
            ("request_id", .record({ $0(HelpRequestText.recordRequest) }, HelpRequest.auditType)),
            ("body", .text { $0(HelpRequestText.fieldBody) }),
        ],
        names: { ids, database, _ in
            let answers = try await HelpAnswer.query(on: database).withDeleted().filter(\.$id ~~ ids).with(\.$user).all()
            return Dictionary(answers.map { ($0.id!, "\($0.user.name): \($0.body.prefix(60))") }, uniquingKeysWith: { a, _ in a })
        })
}
