import Fluent
import Foundation
import Kernel
import ZavezaAPI

/// `GET /api/v1/help-requests` and `/help-requests/{id}`.
extension APIHandler {
    package func listHelpRequests(_ input: Operations.ListHelpRequests.Input) async throws -> Operations.ListHelpRequests.Output {
        let request = try request
        let paging = try Paging(page: input.query.page, perPage: input.query.perPage)
        let filter = SiteRoute.HelpFilter(
            state: input.query.state.flatMap { HelpRequestState(rawValue: $0.rawValue) },
            field: input.query.field.flatMap { FieldOfAction(rawValue: $0.rawValue) }, city: try QueryCheck.slug("city", input.query.city))
        let rows = try await HelpRequestsController.rows(filter, on: request.db)
        let page = rows.dropFirst(paging.offset).prefix(paging.perPage)
        return .ok(
            .init(body: .json(.init(items: page.map(Components.Schemas.HelpRequest.init), metadata: paging.metadata(total: rows.count)))))
    }

    package func getHelpRequest(_ input: Operations.GetHelpRequest.Input) async throws -> Operations.GetHelpRequest.Output {
        let request = try request
        guard let id = UUID(uuidString: input.path.id), let row = try await HelpRequestsController.row(id, on: request.db) else {
            throw AppError.notFound
        }
        let answers = try await HelpRequestsController.answers(of: id, on: request.db)
        return .ok(
            .init(
                body: .json(
                    .init(
                        request: .init(row),
                        answers: answers.map { answer in
                            .init(
                                id: answer.id!.uuidString, body: answer.body, author: answer.user.name,
                                authorMember: answer.$member.id.uuidString, city: answer.city.slug, cityName: answer.city.name,
                                answeredAt: answer.createdAt ?? Date(timeIntervalSince1970: 0), editedAt: answer.editedAt,
                                solved: row.request.solvedAnswerID == answer.id)
                        }))))
    }
}

extension Components.Schemas.HelpRequest {
    init(_ row: HelpRequestsController.Row) {
        let help = row.request
        self.init(
            id: row.id.uuidString, title: help.title, question: help.question,
            field: Components.Schemas.FieldOfAction(rawValue: help.field.rawValue)!,
            state: Components.Schemas.HelpRequestState(rawValue: help.state.rawValue)!, city: row.citySlug, cityName: row.cityName,
            askedBy: row.askerName, askedByMember: help.$member.id.uuidString, askedAt: help.createdAt ?? Date(timeIntervalSince1970: 0),
            deadline: help.deadlineText, answers: row.answers, solvedBy: help.solvedAnswerID?.uuidString)
    }
}
