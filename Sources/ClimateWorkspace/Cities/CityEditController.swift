import Fluent
import Kernel
import Plot
import Vapor

/// Editing a city's profile and contacts: the city's admins and officers,
/// and the coordinator. Every change is audited; deleting is reversible.
enum CityEditController {
    static func register(_ routes: any RoutesBuilder) {
        routes.get(.cityEdit(slug: ""), use: form)
        routes.post(.cityEdit(slug: ""), use: save)
        routes.post(.cityContacts(slug: ""), use: addContact)
        routes.post(.cityContactDelete(slug: "", id: UUID()), use: contactRemoval.handle)
    }

    @Sendable static func form(_ request: Request) async throws -> HTMLResponse {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        return try render(city, profile: profile(city, request.t), contact: FormState(), principal, request)
    }

    /// The profile form of `city` as stored.
    static func profile(_ city: City, _ t: Localizer) -> FormState {
        FormState(editing: CityProfileInput(city, t).values, version: city.version)
    }

    @Sendable static func save(_ request: Request) async throws -> Response {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        let submitted = try request.form().text
        let input = CityProfileInput(values: submitted)
        // Checked on a copy, so a refused form changes nothing.
        var state = input.read(into: try await CitiesQuery.require(slug: city.slug, on: request.db), request.t)
        state.keepVersion(of: submitted)
        guard state.isValid else {
            return try await render(city, profile: state, contact: FormState(), principal, request, status: .unprocessableEntity)
                .encodeResponse(for: request)
        }
        let t = request.t
        do {
            try await Audit.update(city, expecting: Audit.expectedVersion(submitted["version"]), by: principal.actor, on: request.db) {
                // The years are checked against the stored ones: if those
                // changed since the check, the person sees what changed.
                guard input.read(into: $0, t).isValid else { throw EditConflict(expected: $0.version) }
            }
        } catch is EditConflict {
            let current = try await CitiesQuery.require(slug: city.slug, on: request.db)
            state.changedMeanwhile(stored: CityProfileInput(current, request.t).values, version: current.version, request.t)
            return try await render(current, profile: state, contact: FormState(), principal, request, status: .conflict)
                .encodeResponse(for: request)
        }
        return request.redirect(to: .cityEdit(slug: city.slug), notice: .saved)
    }

    @Sendable static func addContact(_ request: Request) async throws -> Response {
        let (city, principal) = try await CitiesQuery.authorize(request, Permission.editCity)
        let t = request.t
        var form = try request.formReader(shown: ["contact_name", "contact_role", "contact_email", "contact_phone"])
        let name = form.text("contact_name", max: 200, required: true)
        let role = form.text("contact_role", max: 200)
        let email = form.email("contact_email")
        let phone = form.text("contact_phone", max: 50)
        guard form.isValid, let name else {
            return try await render(
                city, profile: profile(city, t), contact: form.state, principal, request,
                status: .unprocessableEntity
            )
            .encodeResponse(for: request)
        }
        let position = (city.contacts.map(\.position).max() ?? -1) + 1
        let contact = CityContact(
            cityID: try city.requireID(), name: name, role: role, email: email, phone: phone, position: position)
        try await Audit.create(contact, by: principal.actor, on: request.db)
        return request.redirect(to: .cityEdit(slug: city.slug), notice: .saved)
    }

    static let contactRemoval = Removal<CityContact>.cityRecord(
        Permission.editCity,
        find: { request, cityID in
            try await CityContact.query(on: request.db).filter(\.$id == request.uuidParameter()).filter(\.$city.$id == cityID).first()
        },
        back: { city, _ in .cityEdit(slug: city.slug) })

    static let contactRestorable = Restorable.of(
        CityContact.self,
        deleted: { cityID, database in
            CityContact.query(on: database).withDeleted().filter(\.$city.$id == cityID).filter(\.$deletedAt != nil)
        },
        label: { [$0.name, $0.role, $0.email].compactMap { $0 }.joined(separator: " · ") }, deletedAt: { $0.deletedAt })

    static func render(
        _ city: City, profile: FormState, contact: FormState, _ principal: Principal, _ request: Request, status: HTTPResponseStatus = .ok
    ) throws -> HTMLResponse {
        let t = request.t
        let cityID = try city.requireID()
        let missionOptions = MissionStatus.allCases.map { (value: $0.rawValue, label: t($0.text)) }
        let page = try Page.workspace(
            city, title: t(CityEditText.editTitle, ["city": city.name]), lead: t(CityEditText.editLead), principal, t,
            Form.errorSummary(profile, title: t(CoreText.formErrorsTitle)),
            .form(
                .method(.post), .action(SiteRoute.cityEdit(slug: city.slug).path), .attribute(named: "novalidate", value: "novalidate"),
                Form.csrf(request.csrfToken), Form.version(profile),
                .div(
                    .class("form-grid"),
                    Form.field("name", label: t(CityEditText.name), state: profile, required: true),
                    Form.field("official_name", label: t(CityEditText.officialName), state: profile, required: true),
                    Form.field(
                        "name_genitive", label: t(CityEditText.nameGenitive), state: profile, hint: t(CityEditText.nameGenitiveHint)),
                    Form.field(
                        "name_locative", label: t(CityEditText.nameLocative), state: profile, hint: t(CityEditText.nameLocativeHint)),
                    Form.field("population", label: t(CityEditText.population), state: profile, required: true),
                    Form.field("area_km2", label: t(CityEditText.area), state: profile, hint: t(CityEditText.areaHint)),
                    Form.field("mission_status", label: t(CityEditText.missionStatus), kind: .select(missionOptions), state: profile),
                    Form.field(
                        "mission_label_date", label: t(CityEditText.missionLabelDate), state: profile,
                        hint: t(CityEditText.missionLabelDateHint)),
                    Form.field("baseline_year", label: t(CityEditText.baselineYear), kind: .number, state: profile),
                    Form.field("target_year", label: t(CityEditText.targetYear), kind: .number, state: profile),
                    Form.field(
                        "target_reduction_percent", label: t(CityEditText.targetReduction), state: profile,
                        hint: t(CityEditText.targetReductionHint)),
                    Form.field("website", label: t(CityEditText.website), kind: .url, state: profile, autocomplete: "url")
                ),
                Form.field("data_note", label: t(CityEditText.dataNote), kind: .textarea, state: profile),
                Form.submit(t(CoreText.save))
            ),
            .h2(.id("contacts"), .text(t(CityEditText.contactsTitle))),
            .ul(
                .class("contacts"),
                .forEach(city.contacts) { contact in
                    .li(
                        .strong(.text(contact.name)),
                        .unwrap(contact.role) { .text(" · " + $0) },
                        .unwrap(contact.email) { .text(" · " + $0) },
                        .unwrap(contact.phone) { .text(" · " + $0) },
                        .if(
                            principal.can(.viewCityHistory(cityID)),
                            .text(" · ")),
                        .if(
                            principal.can(.viewCityHistory(cityID)),
                            .a(
                                .href(SiteRoute.cityHistory(slug: city.slug, record: contact.id).path),
                                .text(t(CityEditText.contactHistory)))),
                        Form.action(
                            .cityContactDelete(slug: city.slug, id: contact.id!), label: t(CoreText.delete) + ": " + contact.name,
                            csrf: request.csrfToken)
                    )
                }
            ),
            .h3(.text(t(CityEditText.contactAdd))),
            Form.errorSummary(contact, title: t(CoreText.formErrorsTitle)),
            .form(
                .method(.post), .action(SiteRoute.cityContacts(slug: city.slug).path),
                .attribute(named: "novalidate", value: "novalidate"),
                Form.csrf(request.csrfToken),
                .div(
                    .class("form-grid"),
                    Form.field("contact_name", label: t(CityEditText.contactName), state: contact, required: true),
                    Form.field("contact_role", label: t(CityEditText.contactRole), state: contact),
                    Form.field("contact_email", label: t(CityEditText.contactEmail), kind: .email, state: contact),
                    Form.field("contact_phone", label: t(CityEditText.contactPhone), state: contact)
                ),
                Form.submit(t(CityEditText.contactAdd))
            )
        )
        return HTMLResponse(status: status, html: Layout.render(page, PageContext(request)))
    }
}
