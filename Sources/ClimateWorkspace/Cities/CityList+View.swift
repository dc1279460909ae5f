import Kernel
import Plot

extension CityList {
    static func page(_ model: Model, _ t: Localizer) -> Page {
        let filters: [(SiteRoute.MembershipFilter?, CitiesText)] = [
            (nil, .filterAll), (.members, .filterMembers), (.others, .filterOthers),
        ]
        return Page(
            title: t(CitiesText.citiesTitle),
            description: t(CitiesText.citiesLead),
            section: .cities,
            breadcrumbs: [.init(title: t(CoreText.navHome), route: .home)],
            content: .group(
                .h1(.text(t(CitiesText.citiesTitle))),
                .p(.class("lead"), .text(t(CitiesText.citiesLead))),
                .nav(
                    .class("filters"), .ariaLabel(t(CitiesText.filterLabel)),
                    .span(.text(t(CitiesText.filterLabel))),
                    .ul(
                        .forEach(filters) { filter, label in
                            .li(
                                .a(
                                    .href(SiteRoute.cities(membership: filter).path), .text(t(label)),
                                    .if(filter == model.filter, .attribute(named: "aria-current", value: "true"))
                                )
                            )
                        }
                    )
                ),
                .div(
                    .class("table-scroll"),
                    .table(
                        .caption(.text(t(CitiesText.citiesShown, count: model.cities.count))),
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text(t(CitiesText.columnCity))),
                                .th(.class("num"), .attribute(named: "scope", value: "col"), .text(t(CitiesText.columnPopulation))),
                                .th(.attribute(named: "scope", value: "col"), .text(t(CitiesText.columnMembership))),
                                .th(.attribute(named: "scope", value: "col"), .text(t(CitiesText.columnMission)))
                            )
                        ),
                        .tbody(
                            .forEach(model.cities) { city in
                                .tr(
                                    .th(
                                        .attribute(named: "scope", value: "row"),
                                        .a(.href(SiteRoute.city(slug: city.slug).path), .text(city.name))
                                    ),
                                    .td(.class("num"), .text(t.integer(city.population))),
                                    .td(
                                        .span(.class("badge badge-\(city.membership.rawValue)"), .text(t(city.membership.text))),
                                        .unwrap(city.memberSince) { .text(" " + t(CitiesText.memberSince, ["date": t.date($0)])) }
                                    ),
                                    .td(
                                        .span(.class("badge badge-\(city.mission.rawValue)"), .text(t(city.mission.text))),
                                        .unwrap(city.missionLabelDate) { .text(" " + t(CitiesText.missionLabel, ["date": t.date($0)])) }
                                    )
                                )
                            }
                        )
                    )
                )
            )
        )
    }
}
