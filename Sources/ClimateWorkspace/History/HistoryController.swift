import Fluent
import Kernel
import Plot
import Vapor

/// A city's history of changes and its deleted records, for its admins.
enum HistoryController {
    static let pageSize = 50

    static func register(_ routes: any RoutesBuilder) {
        routes.get(.cityHistory(slug: ""), use: history)
        routes.get(.cityDeleted(slug: ""), use: deleted)
        routes.post(.cityRestore(slug: "", type: "", id: UUID()), use: restore)
    }

    @Sendable static func history(_ request: Request) async throws -> HTMLResponse {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.viewCityHistory)
        let cityID = try city.requireID()
        let t = request.t
        let record = try request.query.get(String?.self, at: "record").flatMap(UUID.init(uuidString:))
        // The next page starts after the last entry shown (newest first, then
        // by id): entries older than it, or as old and after it by id, so
        // two changes at the very same instant are never skipped.
        let after = try request.query.get(String?.self, at: "after").flatMap(UUID.init(uuidString:))
        let query = AuditEntry.query(on: request.db).filter(\.$cityID == cityID)
        if let record { query.filter(\.$recordID == record) }
        if let after, let last = try await AuditEntry.find(after, on: request.db), last.cityID == cityID {
            let lastID = try last.requireID()
            query.group(.or) { group in
                group.filter(\.$at < last.at)
                group.group(.and) { same in
                    same.filter(\.$at == last.at)
                    same.filter(\.$id > lastID)
                }
            }
        }
        let entries = try await query.sort(\.$at, .descending).sort(\.$id).limit(pageSize).all()
        let shapes = request.application.features.auditShapes
        let names = try await names(pointedAtBy: entries, shapes, on: request.db, t)
        let page = try Page.workspace(
            city, title: t(HistoryText.historyTitle, ["city": city.name]), lead: t(HistoryText.historyLead), principal, t,
            .if(
                record != nil,
                .p(
                    .text(t(HistoryText.historyRecordLead) + " "),
                    .a(.href(SiteRoute.cityHistory(slug: city.slug).path), .text(t(HistoryText.historyAll))))),
            .if(
                entries.isEmpty, .p(.text(t(HistoryText.historyEmpty))),
                else: .ol(.class("history"), .forEach(entries) { entryNode($0, shapes[$0.recordType], names: names, slug: city.slug, t) })),
            // A full page may have older entries after it (Plot evaluates an
            // `.if`'s content even when false: the last entry is unwrapped).
            .unwrap(entries.count == pageSize ? entries.last : nil) { last in
                .p(
                    .a(
                        .href(SiteRoute.cityHistory(slug: city.slug, record: record, after: last.id).path),
                        .text(t(HistoryText.olderEntries))))
            }
        )
        return HTMLResponse(html: Layout.render(page, PageContext(request)))
    }

    /// The names of the records the entries' fields point at (a person, an
    /// action), asked of each pointed-at type's shape once for all its ids.
    static func names(pointedAtBy entries: [AuditEntry], _ shapes: [String: AuditShape], on database: any Database, _ t: Localizer)
        async throws -> [UUID: String]
    {
        var ids: [String: Set<UUID>] = [:]
        for entry in entries {
            guard let shape = shapes[entry.recordType] else { continue }
            for fields in [AuditEntry.fields(entry.before), AuditEntry.fields(entry.after)] {
                for (key, field) in shape.fields {
                    if let type = field.points, let text = fields[key] {
                        // One id, or several joined by commas (`AuditField.records`).
                        ids[type, default: []].formUnion(text.split(separator: ",").compactMap { UUID(uuidString: String($0)) })
                    }
                }
            }
        }
        var names: [UUID: String] = [:]
        for (type, set) in ids {
            guard let resolve = shapes[type]?.names else { continue }
            names.merge(try await resolve(Array(set), database, t)) { a, _ in a }
        }
        return names
    }

    /// One entry: what happened to which kind of record, when and by whom,
    /// and each changed field by its label with its values in the reader's words.
    static func entryNode(_ entry: AuditEntry, _ shape: AuditShape?, names: [UUID: String], slug: String, _ t: Localizer)
        -> Node<HTML.ListContext>
    {
        let before = AuditEntry.fields(entry.before)
        let after = AuditEntry.fields(entry.after)
        // The shape's fields in its order; an id or an internal the shape does not show is left out.
        let changed = (shape?.fields ?? []).filter { before[$0.key] != after[$0.key] }
        let type = shape?.name(t) ?? entry.recordType
        func value(_ key: String, _ field: AuditField, in record: [String: String]) -> String {
            guard let text = record[key], !text.isEmpty else { return "" }
            return field.value(text, AuditContext(names: names, record: record), t)
        }
        return .li(
            .class("card"),
            .p(
                .strong(.text("\(type) \(t(entry.action.text(shape?.gender ?? .masculine)))")),
                .text(" · \(t.dateTime(entry.at)) · \(entry.actorLabel) · "),
                .a(.href(SiteRoute.cityHistory(slug: slug, record: entry.recordID).path), .text(t(CityEditText.contactHistory)))
            ),
            .if(
                !changed.isEmpty,
                .div(
                    .class("table-scroll"),
                    .table(
                        .thead(.tr(.th(.text(t(HistoryText.field))), .th(.text(t(HistoryText.before))), .th(.text(t(HistoryText.after))))),
                        .tbody(
                            .forEach(changed) { key, field in
                                .tr(
                                    .th(.attribute(named: "scope", value: "row"), .text(field.label(t))),
                                    .td(.text(value(key, field, in: before))), .td(.text(value(key, field, in: after))))
                            })
                    )))
        )
    }

    @Sendable static func deleted(_ request: Request) async throws -> HTMLResponse {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        let cityID = try city.requireID()
        let t = request.t
        var rows: [Restorable.Deleted] = []
        for kind in request.application.features.restorables { rows += try await kind.deleted(cityID, request.db) }
        // An officer sees what they deleted themselves; the admin, everything.
        let all = principal.can(.restoreCityRecords(cityID))
        if !all {
            let own = try await Restorable.deletedBy(principal, cityID: cityID, ids: rows.map(\.id), on: request.db)
            let kinds = request.application.features.restorables
            rows = rows.filter { row in
                own.contains(row.id) && kinds.first(where: { $0.type == row.type }).map { principal.can($0.permission(cityID)) } == true
            }
        }
        rows.sort { ($0.deletedAt ?? .distantPast) > ($1.deletedAt ?? .distantPast) }
        let page = try Page.workspace(
            city, title: t(HistoryText.deletedTitle, ["city": city.name]),
            lead: t(all ? HistoryText.deletedLead : HistoryText.deletedOwnLead), principal, t,
            .if(
                rows.isEmpty, .p(.text(t(HistoryText.deletedEmpty))),
                else: .ul(
                    .class("contacts"),
                    .forEach(rows) { row in
                        .li(
                            .strong(.text(request.application.features.auditShapes[row.type]?.name(t) ?? row.type)),
                            .text(": \(row.label)"),
                            .unwrap(row.deletedAt) { .text(" · \(t(HistoryText.deletedAt)) \(t.dateTime($0)) ") },
                            Form.action(
                                .cityRestore(slug: city.slug, type: row.type, id: row.id), label: t(HistoryText.restore),
                                csrf: request.csrfToken)
                        )
                    }))
        )
        return HTMLResponse(html: Layout.render(page, PageContext(request)))
    }

    @Sendable static func restore(_ request: Request) async throws -> Response {
        // Each kind says what one must be allowed to restore one's own deletions
        // (a city's data: to edit the city; an answer in the working group: to take part in it).
        let principal = try request.requireSignedIn()
        let city = try await CitiesQuery.require(slug: request.parameter(SiteRoute.Parameter.slug), on: request.db)
        let cityID = try city.requireID()
        let type = try request.parameter(SiteRoute.Parameter.type)
        let id = try request.uuidParameter()
        guard let kind = request.application.features.restorables.first(where: { $0.type == type }) else { throw AppError.notFound }
        guard try await kind.may(principal, restore: id, cityID: cityID, on: request.db) else { throw AppError.forbidden }
        guard try await kind.restore(id, cityID, principal.actor, request.db) else { throw AppError.notFound }
        let response = request.redirect(to: .cityDeleted(slug: city.slug), notice: .restored)
        // An undo goes back to the page it was pressed on.
        if let back = try? request.query.get(String.self, at: "back") {
            response.headers.replaceOrAdd(name: .location, value: LocalPath.safe(back))
        }
        return response
    }
}
