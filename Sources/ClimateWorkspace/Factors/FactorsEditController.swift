import ClimateModel
import Fluent
import Kernel
import Plot
import Vapor

/// Factors people enter: a city's own (its admins and officers) and national
/// ones (the coordinator). Each is audited; deleting is a soft delete the
/// city admin can undo; a change recalculates the city's pathway.
enum FactorsEditController {
    static func register(_ routes: any RoutesBuilder) {
        routes.get(.cityFactors(slug: ""), use: cityPage)
        routes.post(.cityFactors(slug: ""), use: addCityFactor)
        routes.post(.cityFactorDelete(slug: "", id: UUID()), use: cityRemoval.handle)
        routes.post(.factors, use: addNationalFactor)
        routes.post(.nationalFactorDelete(id: UUID()), use: nationalRemoval.handle)
    }

    /// Years the table of values in force shows.
    static let years = [2018, 2020, 2022, 2025, 2030, 2035, 2040, 2045, 2050]

    @Sendable static func cityPage(_ request: Request) async throws -> HTMLResponse {
        let (city, _) = try await CitiesQuery.authorize(request, Permission.readCityWorkspace)
        return try await renderCity(city, FormState(), request)
    }

    static func renderCity(_ city: City, _ state: FormState, _ request: Request, status: HTTPResponseStatus = .ok) async throws
        -> HTMLResponse
    {
        let t = request.t
        let cityID = try city.requireID()
        let canEdit = request.principal?.can(.editCity(cityID)) ?? false
        let own = try await EmissionFactor.query(on: request.db).filter(\.$cityID == cityID).sort(\.$carrier).sort(\.$yearFrom).all()
        let trajectory = try await FactorTrajectory.load(cityID: cityID, language: request.language, on: request.db)
        var content: [Node<HTML.BodyContext>] = [
            own.isEmpty
                ? .p(.text(t(FactorsText.cityNone)))
                : factorTable(
                    own, caption: t(FactorsText.cityCaption), delete: canEdit ? { .cityFactorDelete(slug: city.slug, id: $0) } : nil,
                    request),
            .h2(.text(t(FactorsText.trajectoryTitle))),
            .p(.text(t(FactorsText.trajectoryLead))),
            Tables.table(
                caption: t(FactorsText.trajectoryCaption),
                headings: [(t(FactorsText.carrier), false)] + years.map { (String($0), true) },
                rows: trajectory.points.keys.sorted().map { carrier in
                    .tr(
                        Tables.rowHeading(t.carrier(carrier)),
                        .forEach(years) { year in
                            Tables.number(
                                t.decimal(trajectory.factors(in: year).first { $0.carrier == carrier }?.value ?? 0, fractionDigits: 3))
                        })
                }),
        ]
        if canEdit {
            content += form(title: t(FactorsText.addTitle), action: .cityFactors(slug: city.slug), state, request)
        }
        let page = try Page.workspace(
            city, title: t(FactorsText.cityTitle, ["city": city.name]), lead: t(FactorsText.cityLead), request.principal, t,
            content: content)
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }

    /// A table of entered factors, with a delete button on each when allowed.
    static func factorTable(
        _ factors: [EmissionFactor], caption: String, delete: ((UUID) -> SiteRoute)?, _ request: Request
    ) -> Node<HTML.BodyContext> {
        let t = request.t
        return Tables.table(
            caption: caption,
            headings: [
                (t(FactorsText.carrier), false), (t(FactorsText.columnYears), false), (t(FactorsText.value), true),
                (t(FactorsText.source), false),
            ] + (delete == nil ? [] : [(t(CoreText.columnEdit), false)]),
            rows: factors.map { factor in
                .tr(
                    Tables.rowHeading(t.carrier(factor.carrier)), .td(.text(factor.yearsText)),
                    Tables.number(t.decimal(factor.value, fractionDigits: 3)), .td(.text(factor.source)),
                    .unwrap(delete) { route in
                        .td(
                            Form.action(
                                route(factor.id!), label: t(FactorsText.delete) + " " + t.carrier(factor.carrier) + " " + factor.yearsText,
                                csrf: request.csrfToken))
                    })
            })
    }

    static func form(title: String, action: SiteRoute, _ state: FormState, _ request: Request) -> [Node<HTML.BodyContext>] {
        let t = request.t
        let carriers = ReferenceData.gridCarriers.sorted() + ReferenceData.shipped.fuels.keys.sorted()
        return [
            .h2(.id("add-factor"), .text(title)),
            Form.errorSummary(state, title: t(CoreText.formErrorsTitle)),
            .form(
                .method(.post), .action(action.path), .attribute(named: "novalidate", value: "novalidate"), Form.csrf(request.csrfToken),
                .div(
                    .class("form-grid"),
                    Form.field("carrier", label: t(FactorsText.carrier), kind: .select(carriers.map { ($0, t.carrier($0)) }), state: state),
                    Form.field("year_from", label: t(FactorsText.yearFrom), kind: .number, state: state, required: true),
                    Form.field("year_to", label: t(FactorsText.yearTo), kind: .number, state: state, hint: t(FactorsText.yearToHint)),
                    Form.field("value", label: t(FactorsText.value), state: state, hint: t(FactorsText.valueHint), required: true),
                    Form.field("source", label: t(FactorsText.source), state: state, required: true)
                ),
                Form.submit(t(FactorsText.add))
            ),
        ]
    }

    /// The sane range of a factor, tCO2e per MWh (lignite power is about 1.2).
    static let valueRange: ClosedRange<Double> = 0...10

    /// The form read into a factor, or what is wrong with it; `numbers` came as numbers (the API).
    static func read(_ values: [String: String], numbers: [String: Double] = [:], cityID: UUID?, _ t: Localizer)
        -> (FormState, EmissionFactor?)
    {
        var form = FormReader(FormFields(values, numbers: numbers), t)
        let carrier = form.raw("carrier") ?? ""
        if !ReferenceData.shipped.carriers.contains(carrier) || ReferenceData.zeroCarriers.contains(carrier) {
            form.fail("carrier", t(CoreText.choose))
        }
        let from = form.year("year_from", required: true, message: t(CoreText.year))
        let to = form.year("year_to")
        if let from, let to, to < from { form.fail("year_to", t(FactorsText.yearOrder)) }
        let value = form.decimal("value", in: valueRange)
        if value == nil, !form.failed("value") { form.fail("value", t(FactorsText.valueNeeded)) }
        let source = form.text("source", max: 500, required: true)
        guard form.isValid, let from, let value, let source else { return (form.state, nil) }
        return (
            form.state,
            EmissionFactor(cityID: cityID, carrier: carrier, yearFrom: from, yearTo: to == from ? nil : to, value: value, source: source)
        )
    }

    @Sendable static func addCityFactor(_ request: Request) async throws -> Response {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        let (state, factor) = read(try request.form().text, cityID: try city.requireID(), request.t)
        guard let factor else {
            return try await renderCity(city, state, request, status: .unprocessableEntity).encodeResponse(for: request)
        }
        try await Audit.create(factor, by: principal.actor, on: request.db)
        return request.redirect(to: .cityFactors(slug: city.slug), notice: .saved)
    }

    static let cityRemoval = Removal<EmissionFactor>.cityRecord(
        Permission.editCity,
        find: { request, cityID in
            try await EmissionFactor.query(on: request.db).filter(\.$id == request.uuidParameter()).filter(\.$cityID == cityID).first()
        },
        back: { city, _ in .cityFactors(slug: city.slug) })

    /// A national factor may change every city's pathway.
    static let nationalRemoval = Removal<EmissionFactor>(
        find: { request in
            let principal = try request.require(.editNationalFactors)
            guard
                let factor = try await EmissionFactor.query(on: request.db).filter(\.$id == request.uuidParameter())
                    .filter(\.$cityID == nil).first()
            else { throw AppError.notFound }
            return .init(factor, by: principal, back: .factors)
        },
        after: { database in try await Pathway.invalidateAll(on: database) })

    /// The city's own factors (national ones are the partnership's).
    static let restorable = Restorable.of(
        EmissionFactor.self,
        deleted: { cityID, database in
            EmissionFactor.query(on: database).withDeleted().filter(\.$cityID == cityID).filter(\.$deletedAt != nil)
        },
        label: { "\($0.carrier) \($0.yearsText): \($0.value)" }, deletedAt: { $0.deletedAt })

    @Sendable static func addNationalFactor(_ request: Request) async throws -> Response {
        let principal = try request.require(.editNationalFactors)
        let (state, factor) = read(try request.form().text, cityID: nil, request.t)
        guard let factor else {
            return try await FactorsController.render(request, national: state, status: .unprocessableEntity).encodeResponse(for: request)
        }
        // A national factor may change every city's pathway.
        try await request.db.transaction { database in
            try await Audit.create(factor, by: principal.actor, on: database)
            try await Pathway.invalidateAll(on: database)
        }
        return request.redirect(to: .factors, notice: .saved)
    }
}
