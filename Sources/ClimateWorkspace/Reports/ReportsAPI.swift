import Fluent
import Foundation
import Kernel
import OpenAPIRuntime
import Vapor
import ZavezaAPI

/// `GET /api/v1/cities/{slug}/reports/{kind}`: the report's JSON document.
extension APIHandler {
    package func getReport(_ input: Operations.GetReport.Input) async throws -> Operations.GetReport.Output {
        let request = try request
        let city = try await CitiesQuery.require(slug: input.path.slug, on: request.db)
        guard let kind = ReportKind(rawValue: input.path.kind.rawValue),
            let inputs = try await ReportInputs.load(kind, city, on: request.db, memory: request.application.workspaceMemory)
        else { throw AppError.notFound }
        let json = try ReportsController.document(kind, inputs).json
        let body = try JSONDecoder().decode(Operations.GetReport.Output.Ok.Body.JsonPayload.self, from: json)
        return .ok(.init(body: .json(body)))
    }
}
