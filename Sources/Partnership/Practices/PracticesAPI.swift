import Fluent
import Foundation
import Kernel
import ZavezaAPI

/// `GET /api/v1/practices` and `/practices/{id}`: published practices only.
extension APIHandler {
    package func listPractices(_ input: Operations.ListPractices.Input) async throws -> Operations.ListPractices.Output {
        let request = try request
        let paging = try Paging(page: input.query.page, perPage: input.query.perPage)
        let city = try QueryCheck.slug("city", input.query.city)
        let cities = try await PracticesController.cityNames(on: request.db)
        let query = GoodPractice.query(on: request.db).filter(\.$status == .published).sort(\.$title).sort(\.$id)
        if let field = input.query.field.flatMap({ FieldOfAction(rawValue: $0.rawValue) }) { query.filter(\.$field == field) }
        if let purpose = input.query.purpose.flatMap({ ActionPurpose(rawValue: $0.rawValue) }) { query.filter(\.$purpose == purpose) }
        let practices = try await query.all().filter { practice in
            city.map { slug in practice.cityIDs.contains { cities[$0]?.slug == slug } } ?? true
        }
        let page = Array(practices.dropFirst(paging.offset).prefix(paging.perPage))
        let files = try await PracticesController.attachments(of: page.compactMap(\.id), on: request.db)
        return .ok(
            .init(
                body: .json(
                    .init(
                        items: page.map { Components.Schemas.Practice($0, cities: cities, files: files[$0.id!] ?? []) },
                        metadata: paging.metadata(total: practices.count)))))
    }

    package func getPractice(_ input: Operations.GetPractice.Input) async throws -> Operations.GetPractice.Output {
        let request = try request
        guard let id = UUID(uuidString: input.path.id),
            let practice = try await GoodPractice.query(on: request.db).filter(\.$id == id).filter(\.$status == .published).first()
        else { throw AppError.notFound }
        let cities = try await PracticesController.cityNames(on: request.db)
        let files = try await PracticesController.attachments(of: id, on: request.db)
        return .ok(.init(body: .json(.init(practice, cities: cities, files: files))))
    }
}

extension Components.Schemas.Practice {
    init(_ practice: GoodPractice, cities: [UUID: (slug: String, name: String)], files: [PracticeAttachment]) {
        let id = practice.id!
        self.init(
            id: id.uuidString, title: practice.title, summary: practice.summary, city: cities[practice.$city.id]?.slug ?? "",
            cityName: cities[practice.$city.id]?.name ?? "", partners: practice.partners.compactMap { cities[$0]?.slug },
            field: Components.Schemas.FieldOfAction(rawValue: practice.field.rawValue)!,
            purpose: Components.Schemas.ActionPurpose(rawValue: practice.purpose.rawValue)!, challenge: practice.challenge,
            solution: practice.solution,
            results: practice.results.map { .init(label: $0.label, value: $0.value, unit: $0.unit, year: $0.year) },
            costEur: practice.costCents.map { Double($0) / 100 }, months: practice.months, requirements: practice.requirements,
            contacts: practice.contacts, links: practice.links, publishedAt: practice.publishedAt,
            attachments: files.map {
                .init(name: $0.name, _type: $0.kind.contentType, size: $0.size, url: SiteRoute.practiceFile(id: id, file: $0.id!).path)
            })
    }
}
