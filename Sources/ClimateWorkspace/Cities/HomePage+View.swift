import Kernel
import Plot

extension HomePage {
    /// `panels`: the features' own sections (`Feature.homePanels`), after the members.
    static func page(_ model: Model, panels: [Node<HTML.BodyContext>] = [], _ t: Localizer) -> Page {
        let name = model.partnershipName.map { t.language == .sl ? $0.sl : $0.en }
        return Page(
            title: t(CoreText.siteName),
            description: t(CitiesText.homeLead),
            section: .home,
            content: .group(
                .h1(.text(t(CitiesText.homeTitle))),
                .unwrap(name) { .p(.class("lead"), .strong(.text($0))) },
                .p(.class("lead"), .text(t(CitiesText.homeLead))),
                .unwrap(model.signedOn) { date in
                    .p(.text(t(CitiesText.homeSigned, ["date": t.date(date), "place": model.signedAt ?? ""])))
                },
                .section(
                    .ariaLabel(t(CitiesText.membersTitle)),
                    .h2(.text(t(CitiesText.membersTitle))),
                    .p(.text(t(CitiesText.membersCount, count: model.members.count))),
                    .ul(.class("cards"), .forEach(model.members) { .li(.class("card"), cityCard($0, t)) })
                ),
                .group(panels),
                .section(
                    .ariaLabel(t(CitiesText.commitmentsTitle)),
                    .h2(.text(t(CitiesText.commitmentsTitle))),
                    .ol(
                        .class("commitments"),
                        .forEach(
                            [CitiesText.commitment1, .commitment2, .commitment3, .commitment4, .commitment5, .commitment6, .commitment7]
                        ) { .li(.text(t($0))) }
                    )
                ),
                .section(
                    .ariaLabel(t(CitiesText.othersTitle)),
                    .h2(.text(t(CitiesText.othersTitle))),
                    .p(.text(t(CitiesText.othersCount, count: model.othersCount)), .text(" "), .text(t(CitiesText.othersInvitation))),
                    .p(.a(.href(SiteRoute.cities().path), .text(t(CitiesText.allCities))))
                )
            )
        )
    }

    /// A member city: name, Mission status with its label date, membership.
    static func cityCard(_ city: CitySummary, _ t: Localizer) -> Node<HTML.BodyContext> {
        .group(
            .h3(.a(.href(SiteRoute.city(slug: city.slug).path), .text(city.name))),
            .p(.span(.class("badge badge-\(city.mission.rawValue)"), .text(t(city.mission.text)))),
            .unwrap(city.missionLabelDate) { .p(.text(t(CitiesText.missionLabel, ["date": t.date($0)]))) },
            .unwrap(city.memberSince) { .p(.text(t(CitiesText.memberSince, ["date": t.date($0)]))) },
            .p(.text("\(t(CitiesText.population)): \(t.integer(city.population))"))
        )
    }
}
