import ClimateWorkspace
import Fluent
import Foundation
import Kernel
import Vapor
import ZavezaAPI

/// `GET /api/v1/practices` and `/practices/{id}`: published practices only.
extension APIHandler {
    package func listPractices(_ input: Operations.ListPractices.Input) async throws -> Operations.ListPractices.Output {
        let request = try request
        let paging = try Paging(page: input.query.page, perPage: input.query.perPage)
        let city = try QueryCheck.slug("city", input.query.city)
        let search = try QueryCheck.words("q", input.query.q)
        let filter = SiteRoute.PracticeFilter(
            field: input.query.field.flatMap { FieldOfAction(rawValue: $0.rawValue) },
            purpose: input.query.purpose.flatMap { ActionPurpose(rawValue: $0.rawValue) }, city: city, search: search,
            replicated: input.query.replicated.map { $0.rawValue == "yes" })
        let words = FullTextQuery(search)
        let found = try await PracticeSearch(filter: filter, words: words).run(
            offset: paging.offset, limit: paging.perPage, on: request.db)
        let cities = try await PracticesController.cityNames(on: request.db)
        let files = try await PracticesController.attachments(of: found.practices.compactMap(\.id), on: request.db)
        let replicatedBy = try await Replications.counts(of: found.practices.compactMap(\.id), on: request.db)
        let answer = Components.Schemas.PracticePage(
            items: found.practices.map { practice in
                var item = Components.Schemas.Practice(
                    practice, cities: cities, files: files[practice.id!] ?? [], replicatedBy: replicatedBy[practice.id!] ?? 0)
                item.snippet = words.map { Snippet.plain(practice.searchedTexts, $0) }
                return item
            },
            metadata: paging.metadata(total: found.total))
        return .ok(.init(body: .json(answer)))
    }

    package func getPractice(_ input: Operations.GetPractice.Input) async throws -> Operations.GetPractice.Output {
        let request = try request
        guard let id = UUID(uuidString: input.path.id),
            let practice = try await GoodPractice.query(on: request.db).filter(\.$id == id).filter(\.$status == .published).first()
        else { throw AppError.notFound }
        let cities = try await PracticesController.cityNames(on: request.db)
        let files = try await PracticesController.attachments(of: id, on: request.db)
        let shown = try await Replications.shown(of: [id], cities: cities, on: request.db, memory: request.application.workspaceMemory)
        var item = Components.Schemas.Practice(practice, cities: cities, files: files, replicatedBy: shown.count)
        item.replications = shown.map { row in
            Components.Schemas.PracticeReplication(
                city: cities[row.replication.$city.id]?.slug ?? "", cityName: cities[row.replication.$city.id]?.name ?? "",
                actionCode: row.action.code, actionName: row.action.name,
                status: Components.Schemas.ActionStatus(rawValue: row.action.status.rawValue)!, progress: row.action.progress,
                reductionTco2e: row.action.reductionTCO2e, targetYear: row.action.targetYear,
                results: row.replication.results.map(Components.Schemas.PracticeResult.init),
                replicatedAt: row.replication.createdAt ?? Date(timeIntervalSince1970: 0))
        }
        return .ok(.init(body: .json(item)))
    }
}

extension Components.Schemas.Practice {
    init(_ practice: GoodPractice, cities: [UUID: (slug: String, name: String)], files: [PracticeAttachment], replicatedBy: Int) {
        let id = practice.id!
        self.init(
            id: id.uuidString, title: practice.title, summary: practice.summary, city: cities[practice.$city.id]?.slug ?? "",
            cityName: cities[practice.$city.id]?.name ?? "", partners: practice.partners.compactMap { cities[$0]?.slug },
            field: Components.Schemas.FieldOfAction(rawValue: practice.field.rawValue)!,
            purpose: Components.Schemas.ActionPurpose(rawValue: practice.purpose.rawValue)!, challenge: practice.challenge,
            solution: practice.solution,
            results: practice.results.map(Components.Schemas.PracticeResult.init),
            costEur: practice.costCents.map { Double($0) / 100 }, months: practice.months, requirements: practice.requirements,
            contacts: practice.contacts, links: practice.links, publishedAt: practice.publishedAt,
            attachments: files.map {
                .init(name: $0.name, _type: $0.kind.contentType, size: $0.size, url: SiteRoute.practiceFile(id: id, file: $0.id!).path)
            }, replicatedBy: replicatedBy)
    }
}

extension Components.Schemas.PracticeResult {
    init(_ result: PracticeResult) {
        self.init(label: result.label, value: result.value, unit: result.unit, year: result.year)
    }
}
