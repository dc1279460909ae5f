import Kernel
import Plot

extension CityShow {
    static func page(
        _ model: Model, canEdit: Bool = false, signedIn: Bool = false, pathway: Node<HTML.BodyContext> = .empty, _ t: Localizer
    ) -> Page {
        let city = model.summary
        let notSet = t(CoreText.notSet)
        var facts: [(String, String)] = [
            (t(CitiesText.officialName), model.officialName),
            (t(CitiesText.population), t.integer(city.population)),
            (t(CitiesText.area), model.areaKm2.map { t(CitiesText.areaValue, ["value": t.decimal($0, fractionDigits: 1)]) } ?? notSet),
        ]
        if let density = model.density {
            facts.append((t(CitiesText.density), t(CitiesText.densityValue, ["value": t.integer(rounding: density)])))
        }
        facts += [
            (t(CitiesText.baselineYear), model.baselineYear.map(String.init) ?? notSet),
            (
                t(CitiesText.target),
                model.target.map { t(CitiesText.targetValue, ["percent": t.percent($0.reduction), "year": String($0.year)]) } ?? notSet
            ),
        ]
        return Page(
            title: city.name,
            description: model.officialName,
            section: .cities,
            breadcrumbs: breadcrumbs(t),
            content: .group(
                joinInvitation(city, signedIn: signedIn, t),
                .p(
                    .span(.class("badge badge-\(city.membership.rawValue)"), .text(t(city.membership.text))),
                    .unwrap(city.memberSince) { .text(" " + t(CitiesText.memberSince, ["date": t.date($0)])) },
                    .text(" · "),
                    .span(.class("badge badge-\(city.mission.rawValue)"), .text(t(city.mission.text))),
                    .unwrap(city.missionLabelDate) { .text(" " + t(CitiesText.missionLabel, ["date": t.date($0)])) }
                ),
                pathway,
                .section(
                    .ariaLabel(t(CitiesText.profileTitle)),
                    .h2(.text(t(CitiesText.profileTitle))),
                    // One list per fact: the grid needs a box per pair, and axe 3
                    // does not accept a <div> between <dl> and <dt>.
                    .div(.class("facts"), .forEach(facts) { term, value in .dl(.dt(.text(term)), .dd(.text(value))) })
                ),
                .section(
                    .ariaLabel(t(CitiesText.contacts)),
                    .h2(.text(t(CitiesText.contacts))),
                    .unwrap(model.website) { website in
                        .p(
                            .text(t(CitiesText.website) + ": "),
                            .unwrap(website.safeWebAddress, { .safeLink($0, .text($0)) }, else: .text(website))
                        )
                    },
                    .if(
                        model.contacts.isEmpty,
                        .p(.text(t(CitiesText.noContacts))),
                        else: .ul(
                            .class("contacts"),
                            .forEach(model.contacts) { contact in
                                .li(
                                    .strong(.text(contact.name)),
                                    .unwrap(contact.role) { .group(.br(), .text($0)) },
                                    .unwrap(contact.email) { email in .group(.br(), .safeLink("mailto:" + email, .text(email))) },
                                    .unwrap(contact.phone) { phone in
                                        .group(.br(), .safeLink("tel:" + phone.filter { $0.isNumber || $0 == "+" }, .text(phone)))
                                    }
                                )
                            }
                        )
                    )
                ),
                .unwrap(model.dataNote) { note in
                    .section(
                        .ariaLabel(t(CitiesText.aboutData)),
                        .h2(.text(t(CitiesText.aboutData))),
                        // Content is kept in Slovenian, the partnership's language.
                        .p(.class("note"), .attribute(named: "lang", value: Language.default.rawValue), .text(note))
                    )
                },
                .p(
                    .a(
                        .href(SiteRoute.apiCity(slug: city.slug).path), .attribute(named: "type", value: "application/json"),
                        .text(t(CitiesText.openDataLink))))
            )
        )
    }

    static func breadcrumbs(_ t: Localizer) -> [Page.Crumb] {
        [.init(title: t(CoreText.navHome), route: .home), .init(title: t(CitiesText.citiesTitle), route: .cities())]
    }

    /// A city that is not a member is invited to ask to join; an applicant is told it waits.
    static func joinInvitation(_ city: CitySummary, signedIn: Bool, _ t: Localizer) -> Node<HTML.BodyContext> {
        switch city.membership {
        case .member:
            return .empty
        case .applicant:
            return .p(.class("notice"), .text(t(JoinText.pending)))
        case .notMember:
            let join = SiteRoute.cityJoin(slug: city.slug)
            return .p(
                .a(
                    .class("button button-secondary"), .href(signedIn ? join.path : SiteRoute.login(next: join.path).path),
                    .text(t(JoinText.askLink))),
                .if(!signedIn, .text(" " + t(JoinText.askSignIn)))
            )
        }
    }
}
