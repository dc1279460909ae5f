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

    /// What can be deleted and restored, by audit type.
    struct Restorable: Sendable {
        let type: String
        let deleted: @Sendable (_ cityID: UUID, _ database: any Database) async throws -> [(id: UUID, label: String, deletedAt: Date?)]
        let restore: @Sendable (_ id: UUID, _ cityID: UUID, _ actor: Actor, _ database: any Database) async throws -> Bool
    }

    /// A kind of record whose deleted ones `deleted` finds (the city's, deleted,
    /// deleted ones included in the query); `mayRestore` can refuse one (a row
    /// of a submitted inventory), in the transaction that restores it, so what
    /// it checked still holds; restoring one recalculates the city's pathway.
    static func restorable<M: Audited>(
        _ type: M.Type, deleted query: @escaping @Sendable (UUID, any Database) -> QueryBuilder<M>,
        label: @escaping @Sendable (M) -> String, deletedAt: @escaping @Sendable (M) -> Date?,
        mayRestore: @escaping @Sendable (M, any Database) async throws -> Bool = { _, _ in true }
    ) -> Restorable {
        Restorable(
            type: M.auditType,
            deleted: { cityID, database in try await query(cityID, database).all().map { ($0.id!, label($0), deletedAt($0)) } },
            restore: { id, cityID, actor, database in
                try await database.transaction { database in
                    guard let record = try await query(cityID, database).filter(\._$id == id).first(),
                        try await mayRestore(record, database)
                    else { return false }
                    try await Audit.restore(record, by: actor, on: database)
                    return true
                }
            })
    }

    static let restorables: [Restorable] = [
        restorable(
            CityContact.self,
            deleted: { cityID, database in
                CityContact.query(on: database).withDeleted().filter(\.$city.$id == cityID).filter(\.$deletedAt != nil)
            },
            label: { [$0.name, $0.role, $0.email].compactMap { $0 }.joined(separator: " · ") }, deletedAt: { $0.deletedAt }),
        restorable(
            RoleAssignment.self,
            deleted: { cityID, database in
                RoleAssignment.query(on: database).withDeleted().filter(\.$city.$id == cityID).filter(\.$deletedAt != nil).with(\.$user)
            },
            label: { "\($0.user.name) <\($0.user.email)> · \($0.role.rawValue)" }, deletedAt: { $0.deletedAt }),
        restorable(
            CityAction.self,
            deleted: { cityID, database in
                CityAction.query(on: database).withDeleted().filter(\.$city.$id == cityID).filter(\.$deletedAt != nil)
            },
            label: { "\($0.code) · \($0.name)" }, deletedAt: { $0.deletedAt },
            // Codes are unique in a city: one deleted may have been given again since.
            mayRestore: { action, database in
                try await CityAction.query(on: database).filter(\.$city.$id == action.$city.id).filter(\.$code == action.code).count() == 0
            }),
        restorable(
            InventoryRow.self,
            deleted: { cityID, database in
                InventoryRow.query(on: database).withDeleted().filter(\.$cityID == cityID).filter(\.$deletedAt != nil).with(\.$inventory)
            },
            label: { "\($0.inventory.year) · \($0.gpc) \($0.carrier ?? "") \($0.dataSource ?? "")" }, deletedAt: { $0.deletedAt },
            mayRestore: { row, database in try await InventoryQuery.claimDraft(row.$inventory.id, on: database) }),
        restorable(
            Indicator.self,
            deleted: { cityID, database in
                Indicator.query(on: database).withDeleted().filter(\.$city.$id == cityID).filter(\.$deletedAt != nil)
            },
            label: { "\($0.name) (\($0.unit))" }, deletedAt: { $0.deletedAt }),
        restorable(
            IndicatorValue.self,
            deleted: { cityID, database in
                IndicatorValue.query(on: database).withDeleted().filter(\.$cityID == cityID).filter(\.$deletedAt != nil).with(\.$indicator)
            },
            label: { "\($0.indicator.name): \($0.dateText) = \($0.value)" }, deletedAt: { $0.deletedAt }),
        restorable(
            Hazard.self,
            deleted: { cityID, database in
                Hazard.query(on: database).withDeleted().filter(\.$city.$id == cityID).filter(\.$deletedAt != nil)
            },
            label: { "\($0.kind.rawValue): \($0.description)" }, deletedAt: { $0.deletedAt }),
        restorable(
            EmissionFactor.self,
            deleted: { cityID, database in
                EmissionFactor.query(on: database).withDeleted().filter(\.$cityID == cityID).filter(\.$deletedAt != nil)
            },
            label: { "\($0.carrier) \($0.yearsText): \($0.value)" }, deletedAt: { $0.deletedAt }),
    ]

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
        let page = try Page.workspace(
            city, title: t(HistoryText.historyTitle, ["city": city.name]), lead: t(HistoryText.historyLead), principal, t,
            .if(
                record != nil,
                .p(
                    .text(t(HistoryText.historyRecordLead) + " "),
                    .a(.href(SiteRoute.cityHistory(slug: city.slug).path), .text(t(HistoryText.historyAll))))),
            .if(
                entries.isEmpty, .p(.text(t(HistoryText.historyEmpty))),
                else: .ol(.class("history"), .forEach(entries) { entryNode($0, slug: city.slug, t) })),
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

    static func entryNode(_ entry: AuditEntry, slug: String, _ t: Localizer) -> Node<HTML.ListContext> {
        let before = AuditEntry.fields(entry.before)
        let after = AuditEntry.fields(entry.after)
        let names = Set(before.keys).union(after.keys).sorted().filter { before[$0] != after[$0] }
        let type = recordTypeText(entry.recordType).map { t($0) } ?? entry.recordType
        return .li(
            .class("card"),
            .p(
                .strong(.text("\(type) \(t(entry.action.text))")), .text(" · \(t.dateTime(entry.at)) · \(entry.actorLabel) · "),
                .a(.href(SiteRoute.cityHistory(slug: slug, record: entry.recordID).path), .text(t(CityEditText.contactHistory)))
            ),
            .if(
                !names.isEmpty,
                .div(
                    .class("table-scroll"),
                    .table(
                        .thead(.tr(.th(.text(t(HistoryText.field))), .th(.text(t(HistoryText.before))), .th(.text(t(HistoryText.after))))),
                        .tbody(
                            .forEach(names) { name in
                                .tr(.td(.code(.text(name))), .td(.text(before[name] ?? "")), .td(.text(after[name] ?? "")))
                            })
                    )))
        )
    }

    @Sendable static func deleted(_ request: Request) async throws -> HTMLResponse {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.restoreCityRecords)
        let cityID = try city.requireID()
        let t = request.t
        var rows: [(type: String, id: UUID, label: String, deletedAt: Date?)] = []
        for kind in restorables {
            rows += try await kind.deleted(cityID, request.db).map { (kind.type, $0.id, $0.label, $0.deletedAt) }
        }
        rows.sort { ($0.deletedAt ?? .distantPast) > ($1.deletedAt ?? .distantPast) }
        let page = try Page.workspace(
            city, title: t(HistoryText.deletedTitle, ["city": city.name]), lead: t(HistoryText.deletedLead), principal, t,
            .if(
                rows.isEmpty, .p(.text(t(HistoryText.deletedEmpty))),
                else: .ul(
                    .class("contacts"),
                    .forEach(rows) { row in
                        .li(
                            .strong(.text(recordTypeText(row.type).map { t($0) } ?? row.type)), .text(": \(row.label)"),
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
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.restoreCityRecords)
        let cityID = try city.requireID()
        let type = try request.parameter(SiteRoute.Parameter.type)
        guard let kind = restorables.first(where: { $0.type == type }),
            try await kind.restore(request.uuidParameter(), cityID, principal.actor, request.db)
        else { throw AppError.notFound }
        return request.redirect(to: .cityDeleted(slug: city.slug), notice: .restored)
    }
}
