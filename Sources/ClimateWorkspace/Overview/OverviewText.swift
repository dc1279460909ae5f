import Kernel

/// Texts of the partnership's side-by-side view and joint pathway.
package enum OverviewText: String, BilingualCatalogue {
    case nav, title, lead
    case jointTitle, jointLead, jointAssumption, jointNone, jointPlanned, jointTarget, jointProbability, jointChart, jointDesc
    case jointGross, jointTargetLine, jointBAU, jointBand, jointCaption
    case caption, columnCity, columnPopulation, columnBaseline, columnLatest
    case columnPerResident, columnReduction, columnPlanned, columnGap, columnProbability, columnActions, columnIndicators
    case member, notMember, noInventory, actionsCounts, indicatorsCounts, inventoriesCount
    case perResidentTitle, perResidentDesc, probabilityTitle, probabilityDesc, tonnesPerResident, openData

    package var slovenian: Message {
        switch self {
        case .nav: .text("Partnerstvo")
        case .title: .text("Partnerstvo: mesta drugo ob drugem")
        case .lead:
            .text(
                "Kje so mesta na poti do podnebne nevtralnosti: izpusti, načrti, ukrepi in kazalniki vseh mest v eni tabeli, in skupna pot članic partnerstva."
            )
        case .jointTitle: .text("Skupna pot članic")
        case .jointLead: .text("Izpusti mest članic, sešteti po letih ({cities}), ob vsoti njihovih ciljnih poti.")
        case .jointAssumption:
            .text(
                "Negotove vrednosti vsakega mesta so izžrebane neodvisno od drugih mest, zato se negotovosti mest deloma izravnajo; pas 5–95 % je ožji od vsote pasov mest."
            )
        case .jointNone: .text("Nobena članica še nima poti, zato skupne poti ni.")
        case .jointPlanned: .text("Skupaj načrtovano {year}")
        case .jointTarget: .text("Skupni cilj {year}")
        case .jointProbability: .text("Verjetnost skupnega cilja")
        case .jointChart: .text("Skupna pot članic partnerstva")
        case .jointDesc:
            .text(
                "Seštevek načrtovanih bruto izpustov članic od {first} do {last} ob vsoti ciljnih poti; v letu {year} {planned} ob cilju {target}."
            )
        case .jointGross: .text("načrtovano skupaj")
        case .jointTargetLine: .text("vsota ciljnih poti")
        case .jointBAU: .text("brez ukrepov")
        case .jointBand: .text("interval 5–95 %")
        case .jointCaption: .text("Skupna pot članic")
        case .caption: .text("Mesta drugo ob drugem")
        case .columnCity: .text("Mesto")
        case .columnPopulation: .text("Prebivalci")
        case .columnBaseline: .text("Izhodišče (t CO₂e)")
        case .columnLatest: .text("Zadnja inventura (t CO₂e)")
        case .columnPerResident: .text("Na prebivalca (t CO₂e)")
        case .columnReduction: .text("Zmanjšanje od izhodišča")
        case .columnPlanned: .text("Načrtovano v ciljnem letu (t CO₂e)")
        case .columnGap: .text("Vrzel (t CO₂e)")
        case .columnProbability: .text("Verjetnost cilja")
        case .columnActions: .text("Ukrepi: po načrtu, zamujajo, končani")
        case .columnIndicators: .text("Kazalniki na poti")
        case .member: .text("članica")
        case .notMember: .text("ni članica")
        case .noInventory: .text("še brez inventure")
        case .actionsCounts: .text("{onTrack} / {delayed} / {completed}")
        case .indicatorsCounts: .text("{onTrack} od {measured}")
        case .inventoriesCount: .sl(one: "{n} inventura", two: "{n} inventuri", few: "{n} inventure", other: "{n} inventur")
        case .perResidentTitle: .text("Izpusti na prebivalca v zadnji inventuri")
        case .perResidentDesc: .text("Izpusti zadnje oddane inventure na prebivalca, t CO₂e; največ {city} s {value}.")
        case .probabilityTitle: .text("Verjetnost, da mesto doseže svoj cilj")
        case .probabilityDesc:
            .text("Delež izžrebanih poti, pri katerih izpusti v ciljnem letu ne presežejo cilja; največja {city} s {value}.")
        case .tonnesPerResident: .text("{value} t")
        case .openData: .text("Pregled kot JSON")
        }
    }

    package var english: Message {
        switch self {
        case .nav: .text("Partnership")
        case .title: .text("The partnership: cities side by side")
        case .lead:
            .text(
                "Where the cities stand on their way to climate neutrality: emissions, plans, actions and indicators of every city in one table, and the member cities' joint pathway."
            )
        case .jointTitle: .text("The members' joint pathway")
        case .jointLead: .text("The member cities' emissions added up year by year ({cities}), against the sum of their target lines.")
        case .jointAssumption:
            .text(
                "Each city's uncertain values are drawn independently of the other cities', so the cities' uncertainties partly cancel; the 5–95% band is narrower than the sum of the cities' bands."
            )
        case .jointNone: .text("No member city has a pathway yet, so there is no joint one.")
        case .jointPlanned: .text("Planned in all {year}")
        case .jointTarget: .text("Joint target {year}")
        case .jointProbability: .text("Probability of the joint target")
        case .jointChart: .text("The partnership members' joint pathway")
        case .jointDesc:
            .text(
                "The members' planned gross emissions added up from {first} to {last} against the sum of their target lines; in {year} {planned} against a target of {target}."
            )
        case .jointGross: .text("planned in all")
        case .jointTargetLine: .text("sum of the target lines")
        case .jointBAU: .text("without the actions")
        case .jointBand: .text("5–95% interval")
        case .jointCaption: .text("The members' joint pathway")
        case .caption: .text("Cities side by side")
        case .columnCity: .text("City")
        case .columnPopulation: .text("Residents")
        case .columnBaseline: .text("Baseline (tCO₂e)")
        case .columnLatest: .text("Latest inventory (tCO₂e)")
        case .columnPerResident: .text("Per resident (tCO₂e)")
        case .columnReduction: .text("Reduction since the baseline")
        case .columnPlanned: .text("Planned in the target year (tCO₂e)")
        case .columnGap: .text("Gap (tCO₂e)")
        case .columnProbability: .text("Probability of the target")
        case .columnActions: .text("Actions: on track, delayed, completed")
        case .columnIndicators: .text("Indicators on track")
        case .member: .text("member")
        case .notMember: .text("not a member")
        case .noInventory: .text("no inventory yet")
        case .actionsCounts: .text("{onTrack} / {delayed} / {completed}")
        case .indicatorsCounts: .text("{onTrack} of {measured}")
        case .inventoriesCount: .en(one: "{n} inventory", other: "{n} inventories")
        case .perResidentTitle: .text("Emissions per resident in the latest inventory")
        case .perResidentDesc: .text("The latest submitted inventory's emissions per resident, tCO₂e; the most {city} with {value}.")
        case .probabilityTitle: .text("Probability that the city meets its target")
        case .probabilityDesc:
            .text("The share of drawn pathways whose emissions in the target year stay within the target; the highest {city} with {value}.")
        case .tonnesPerResident: .text("{value} t")
        case .openData: .text("The overview as JSON")
        }
    }
}
