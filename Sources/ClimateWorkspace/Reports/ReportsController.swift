import Fluent
import Kernel
import Plot
import Vapor

/// A city's reports: the Climate City Contract's tables, the Covenant of
/// Mayors' inventory table and the GPC inventory, each as a printable page,
/// CSV and JSON; submitting keeps a dated snapshot that never changes.
enum ReportsController {
    static func register(_ routes: any RoutesBuilder) {
        routes.get(.cityReports(slug: ""), use: list)
        routes.get(.cityReport(slug: "", kind: .ccc), use: page)
        // A report's JSON file writes its numbers as the API does.
        let files = routes.grouped(JSONNumbersMiddleware())
        for format in ReportFormat.allCases {
            files.get(.cityReportFile(slug: "", kind: .ccc, format: format)) { try await file($0, format) }
            files.get(.cityReportSnapshotFile(slug: "", id: UUID(), format: format)) { try await snapshotFile($0, format) }
        }
        routes.get(.cityReportSubmit(slug: "", kind: .ccc), use: confirm)
        routes.post(.cityReportSubmit(slug: "", kind: .ccc), use: submit)
        routes.get(.cityReportSnapshot(slug: "", id: UUID()), use: snapshotPage)
    }

    /// A report as its JSON document and CSV.
    struct Document {
        let json: Data
        let csv: String
    }

    static func document(_ kind: ReportKind, _ inputs: ReportInputs) throws -> Document {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        switch kind {
        case .ccc:
            let report = CCCReport(inputs)
            return Document(json: try encoder.encode(report), csv: report.csv)
        case .covenant:
            let report = CovenantReport(inputs)
            return Document(json: try encoder.encode(report), csv: report.csv)
        case .gpc:
            let report = GPCReport(inputs)
            return Document(json: try encoder.encode(report), csv: report.csv)
        }
    }

    /// The city of the address and its report inputs: public, since reports
    /// are made from a submitted inventory only (`Pathway.currentInventory`).
    static func load(_ kind: ReportKind, _ request: Request) async throws -> (City, ReportInputs?) {
        let city = try await CitiesQuery.require(slug: request.parameter(SiteRoute.Parameter.slug), on: request.db)
        return (city, try await ReportInputs.load(kind, city, on: request.db, memory: request.application.workspaceMemory))
    }

    static func kind(_ request: Request) throws -> ReportKind {
        guard let kind = ReportKind(rawValue: try request.parameter(SiteRoute.Parameter.kind)) else { throw AppError.notFound }
        return kind
    }

    @Sendable static func list(_ request: Request) async throws -> HTMLResponse {
        let city = try await CitiesQuery.require(slug: request.parameter(SiteRoute.Parameter.slug), on: request.db)
        let t = request.t
        let cityID = try city.requireID()
        let inventory = try await Pathway.currentInventory(of: cityID, baselineYear: city.baselineYear, on: request.db)
        let isTeam = InventoryController.canRead(request.principal, cityID)
        let canSubmit = (request.principal?.can(.editCity(cityID)) ?? false) && inventory != nil
        let snapshots = try await ReportSnapshot.query(on: request.db).filter(\.$cityID == cityID).sort(\.$submittedAt, .descending).all()
        let content: [Node<HTML.BodyContext>] = [
            inventory == nil ? .p(.text(t(ReportsText.noInventory))) : .empty,
            .if(
                inventory != nil,
                .ul(
                    .class("action-list"),
                    .forEach(ReportKind.allCases) { kind in
                        .li(
                            .h2(.a(.href(SiteRoute.cityReport(slug: city.slug, kind: kind).path), .text(t(kind.text)))),
                            .p(.text(t(kind.lead))),
                            .p(
                                .a(.href(SiteRoute.cityReport(slug: city.slug, kind: kind).path), .text(t(ReportsText.page))), .text(" · "),
                                .a(
                                    .href(SiteRoute.cityReportFile(slug: city.slug, kind: kind, format: .csv).path),
                                    .text(t(ReportsText.csv))),
                                .text(" · "),
                                .a(
                                    .href(SiteRoute.cityReportFile(slug: city.slug, kind: kind, format: .csv).excel.path),
                                    .text(t(CoreText.csvExcel))),
                                .text(" · "),
                                .a(
                                    .href(SiteRoute.cityReportFile(slug: city.slug, kind: kind, format: .json).path),
                                    .attribute(named: "type", value: "application/json"), .text(t(ReportsText.json)))),
                            .if(
                                canSubmit,
                                .p(
                                    .a(
                                        .class("button"), .href(SiteRoute.cityReportSubmit(slug: city.slug, kind: kind).path),
                                        .text(t(ReportsText.submit) + ": " + t(kind.text))))))
                    })),
            .if(canSubmit, .p(.class("hint"), .text(t(ReportsText.submitLead)))),
            .h2(.text(t(ReportsText.snapshotsTitle))),
            snapshots.isEmpty
                ? .p(.text(t(ReportsText.snapshotsNone)))
                : Tables.table(
                    caption: t(ReportsText.snapshotsTitle),
                    // Who submitted is the team's to know, not every visitor's.
                    headings: [
                        (t(ReportsText.submittedOn), false), (t(ReportsText.kind), false), (t(CoreText.columnYear), true),
                        (t(ReportsText.by), false),
                        (t(ReportsText.page), false),
                    ].filter { isTeam || $0.0 != t(ReportsText.by) },
                    rows: snapshots.map { snapshot in
                        .tr(
                            Tables.rowHeading(t.dateTime(snapshot.submittedAt)), .td(.text(t(snapshot.kind.text))),
                            Tables.number(String(snapshot.inventoryYear)), .if(isTeam, .td(.text(snapshot.submittedBy))),
                            .td(
                                .a(.href(SiteRoute.cityReportSnapshot(slug: city.slug, id: snapshot.id!).path), .text(t(ReportsText.page))),
                                .text(" · "),
                                .a(
                                    .href(SiteRoute.cityReportSnapshotFile(slug: city.slug, id: snapshot.id!, format: .csv).path),
                                    .text(t(ReportsText.csv))),
                                .text(" · "),
                                .a(
                                    .href(SiteRoute.cityReportSnapshotFile(slug: city.slug, id: snapshot.id!, format: .csv).excel.path),
                                    .text(t(CoreText.csvExcel))),
                                .text(" · "),
                                .a(
                                    .href(SiteRoute.cityReportSnapshotFile(slug: city.slug, id: snapshot.id!, format: .json).path),
                                    .text(t(ReportsText.json)))))
                    }),
        ]
        let page = try Page.workspace(
            city, title: t(ReportsText.title, ["city": city.name]), lead: t(ReportsText.lead), request.principal, t, content: content)
        return HTMLResponse(html: Layout.render(page, PageContext(request)))
    }

    /// A report's page: its tables, with what it was made from and when.
    static func render(_ city: City, _ kind: ReportKind, json: Data, note: String, _ request: Request) throws -> HTMLResponse {
        let t = request.t
        var page = try Page.workspace(
            city, title: t(kind.text) + ": " + city.name, lead: t(kind.lead), request.principal, t,
            content: [.p(.class("hint"), .text(note)), try ReportPages.body(kind, json: json, t)],
            crumbs: [.init(title: t(ReportsText.link), route: .cityReports(slug: city.slug))])
        // Every report has a table wider than a portrait page.
        page.landscape = true
        return HTMLResponse(html: Layout.render(page, PageContext(request)))
    }

    @Sendable static func page(_ request: Request) async throws -> HTMLResponse {
        let kind = try kind(request)
        let (city, loaded) = try await load(kind, request)
        guard let inputs = loaded else { throw AppError.notFound }
        let t = request.t
        let note = t(
            ReportsText.generated,
            [
                "city": city.name, "year": String(inputs.inventory.year), "status": t(inputs.inventory.status.text),
                "date": t.dateTime(Date()),
            ])
        return try render(city, kind, json: try document(kind, inputs).json, note: note, request)
    }

    static func download(_ body: String, format: ReportFormat, name: String, _ request: Request) -> Response {
        if format == .csv { return CSVDownload.response(body, name: name, request) }
        var headers = HTTPHeaders()
        headers.contentType =
            format == .csv ? HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"]) : .json
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name).\(format.rawValue)\"")
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }

    static func file(_ request: Request, _ format: ReportFormat) async throws -> Response {
        let kind = try kind(request)
        let (city, loaded) = try await load(kind, request)
        guard let inputs = loaded else { throw AppError.notFound }
        let document = try document(kind, inputs)
        let body = format == .csv ? document.csv : String(decoding: document.json, as: UTF8.self)
        return download(body, format: format, name: "\(city.slug)-\(kind.rawValue)-\(inputs.inventory.year)", request)
    }

    /// The step before a submission: what will be kept, and the button.
    @Sendable static func confirm(_ request: Request) async throws -> HTMLResponse {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        let kind = try kind(request)
        guard let inventory = try await Pathway.currentInventory(of: city.requireID(), baselineYear: city.baselineYear, on: request.db)
        else { throw AppError.notFound }
        return try confirmPage(city, kind, year: inventory.year, duplicate: nil, principal, request)
    }

    static func confirmPage(
        _ city: City, _ kind: ReportKind, year: Int, duplicate: ReportSnapshot?, _ principal: Principal, _ request: Request,
        status: HTTPResponseStatus = .ok
    ) throws -> HTMLResponse {
        let t = request.t
        let report = t(kind.text)
        let page = try Page.workspace(
            city, title: t(ReportsText.confirmTitle, ["report": report]), lead: nil, principal, t,
            content: [
                .p(.text(t(ReportsText.confirmLead, ["report": report, "city": city.name, "year": String(year)]))),
                .unwrap(duplicate) { earlier in
                    .p(
                        .class("error-summary"), .attribute(named: "role", value: "alert"),
                        .text(t(ReportsText.duplicate, ["date": t.dateTime(earlier.submittedAt), "by": earlier.submittedBy])))
                },
                .form(
                    .method(.post), .action(SiteRoute.cityReportSubmit(slug: city.slug, kind: kind).path), Form.csrf(request.csrfToken),
                    .if(duplicate != nil, .input(.type(.hidden), .name("again"), .value("yes"))),
                    Form.submit(t(duplicate == nil ? ReportsText.confirmButton : ReportsText.submitAgain)), .text(" "),
                    .a(
                        .class("button button-secondary"), .href(SiteRoute.cityReport(slug: city.slug, kind: kind).path),
                        .text(t(CoreText.cancel)))
                ),
            ],
            crumbs: [.init(title: t(ReportsText.link), route: .cityReports(slug: city.slug))])
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }

    /// How long an identical submission asks before it is kept a second time.
    static let duplicateWindow: TimeInterval = 60

    /// Keeps the snapshot. The same report of the same inventory submitted in
    /// the last minute (a second click, a reload) is not kept again without
    /// asking; submissions of a
    /// city take its row's lock first, so two at the same moment cannot both
    /// miss each other, with several server processes too.
    @Sendable static func submit(_ request: Request) async throws -> Response {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        let kind = try kind(request)
        guard let inputs = try await ReportInputs.load(kind, city, on: request.db, memory: request.application.workspaceMemory) else {
            throw AppError.notFound
        }
        let again = try request.form().text["again"] == "yes"
        let document = try document(kind, inputs)
        let json = String(decoding: document.json, as: UTF8.self)
        let cityID = try city.requireID()
        let actor = principal.actor
        enum Outcome: Sendable {
            case kept(ReportSnapshot)
            case duplicate(of: ReportSnapshot)
        }
        let outcome: Outcome = try await request.db.transaction { database in
            try await CitiesQuery.lock(cityID, on: database)
            if !again,
                let earlier = try await ReportSnapshot.query(on: database).filter(\.$cityID == cityID).filter(\.$kind == kind)
                    .filter(\.$inventoryYear == inputs.inventory.year)
                    .filter(\.$submittedAt > Date().addingTimeInterval(-duplicateWindow)).sort(\.$submittedAt, .descending).first()
            {
                return .duplicate(of: earlier)
            }
            let snapshot = ReportSnapshot()
            snapshot.cityID = cityID
            snapshot.kind = kind
            snapshot.submittedAt = Date()
            snapshot.submittedBy = actor.label
            snapshot.inventoryYear = inputs.inventory.year
            snapshot.json = json
            snapshot.csv = document.csv
            try await Audit.create(snapshot, by: actor, on: database)
            return .kept(snapshot)
        }
        switch outcome {
        case .kept(let snapshot):
            return request.redirect(to: .cityReportSnapshot(slug: city.slug, id: try snapshot.requireID()), notice: .reportSubmitted)
        case .duplicate(let earlier):
            return try await confirmPage(city, kind, year: inputs.inventory.year, duplicate: earlier, principal, request, status: .conflict)
                .encodeResponse(for: request)
        }
    }

    static func snapshot(_ request: Request) async throws -> (City, ReportSnapshot) {
        let city = try await CitiesQuery.require(slug: request.parameter(SiteRoute.Parameter.slug), on: request.db)
        guard
            let snapshot = try await ReportSnapshot.query(on: request.db).filter(\.$id == request.uuidParameter())
                .filter(\.$cityID == city.requireID()).first()
        else { throw AppError.notFound }
        return (city, snapshot)
    }

    @Sendable static func snapshotPage(_ request: Request) async throws -> HTMLResponse {
        let (city, snapshot) = try await snapshot(request)
        let note = request.t(ReportsText.snapshotNote, ["date": request.t.dateTime(snapshot.submittedAt)])
        return try render(city, snapshot.kind, json: Data(snapshot.json.utf8), note: note, request)
    }

    static func snapshotFile(_ request: Request, _ format: ReportFormat) async throws -> Response {
        let (city, snapshot) = try await snapshot(request)
        let stamp = ISO8601DateFormatter().string(from: snapshot.submittedAt).prefix(10)
        return download(
            format == .csv ? snapshot.csv : snapshot.json, format: format, name: "\(city.slug)-\(snapshot.kind.rawValue)-\(stamp)", request)
    }
}
