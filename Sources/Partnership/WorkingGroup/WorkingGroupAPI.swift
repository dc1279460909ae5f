import Fluent
import Foundation
import Kernel
import ZavezaAPI

/// `GET /api/v1/working-group`: the members today, filtered and paged; no contacts.
extension APIHandler {
    package func listWorkingGroup(_ input: Operations.ListWorkingGroup.Input) async throws -> Operations.ListWorkingGroup.Output {
        let request = try request
        let paging = try Paging(page: input.query.page, perPage: input.query.perPage)
        let field = input.query.field.flatMap { FieldOfAction(rawValue: $0.rawValue) }
        let city = try QueryCheck.slug("city", input.query.city)
        let words = try QueryCheck.words("q", input.query.q)
        let rows = try await WorkingGroup.rows(on: request.db).filter { row in
            (city == nil || row.citySlug == city) && (field.map(row.member.fields.contains) ?? true)
                && ListQuery<FieldOfAction>.matches(words, [row.name])
        }
        let page = rows.dropFirst(paging.offset).prefix(paging.perPage)
        return .ok(
            .init(
                body: .json(
                    .init(items: page.map(Components.Schemas.WorkingGroupMember.init), metadata: paging.metadata(total: rows.count)))))
    }
}

extension Components.Schemas.WorkingGroupMember {
    init(_ row: WorkingGroup.Row) {
        self.init(
            id: row.id.uuidString, name: row.name, city: row.citySlug, cityName: row.cityName, position: row.member.position,
            fields: row.member.fields.compactMap { Components.Schemas.FieldOfAction(rawValue: $0.rawValue) }, tags: row.member.tags,
            from: row.member.fromText, to: row.member.toText)
    }
}
