import Kernel

/// Texts of the pathway dashboard.
package enum PathwayText: String, BilingualCatalogue {
    case title, lead, basis, baseline, planned, target, gap, probability, probabilityLead, reductionSince
    case noInventory, invalid, invalidLead, pathwayTitle, pathwayDesc, sectorsTitle, sectorsDesc, wedgesTitle, wedgesDesc
    case gapTitle, gapDesc, bau, growthLink, whatIfLink, scenariosLink, targetLine, plannedLine, band, remaining, otherActions, unit,
        tableCaption, openData
    case removals, removalsLead, gapBaseline, gapTarget, gapPlanned, gapRange, illustrative

    package var slovenian: Message {
        switch self {
        case .title: .text("Pot do podnebne nevtralnosti")
        case .lead: .text("Izpusti mesta po letih, kot jih da model iz trenutne inventure in ukrepov, v primerjavi s ciljno črto.")
        case .basis:
            .text("Izračunano iz inventure {year} ({status}) in {actions} z {draws} izžrebanji negotovih vrednosti; izračun {date}.")
        case .baseline: .text("Izhodišče {year}")
        case .planned: .text("Načrtovano {year}")
        case .target: .text("Cilj {year}")
        case .gap: .text("Vrzel {year}")
        case .probability: .text("Verjetnost, da bo cilj dosežen")
        case .probabilityLead: .text("Delež izžrebanj, v katerih izpusti v ciljnem letu ne presežejo cilja.")
        case .reductionSince: .text("{percent} manj kot v izhodišču")
        case .noInventory: .text("Mesto še nima inventure izpustov, zato pot še ni izračunana.")
        case .invalid: .text("Poti ni mogoče izračunati, ker model ne sprejme podatkov mesta.")
        case .invalidLead: .text("Podnebna ekipa mesta mora popraviti:")
        case .pathwayTitle: .text("Izpusti {cityOf} v primerjavi s ciljno črto")
        case .pathwayDesc:
            .text(
                "Načrtovani izpusti so {planned} v letu {year}, cilj je {target}; 90-odstotni interval negotovosti sega od {low} do {high}. Brez ukrepov bi bili izpusti {bau}."
            )
        case .sectorsTitle: .text("Načrtovani izpusti {cityOf} po sektorjih")
        case .sectorsDesc:
            .text("Izpusti po sektorjih GPC od {first} do {last}; v letu {year} jih je največ v sektorju {sector} ({value}).")
        case .wedgesTitle: .text("Prispevek ukrepov {cityIn}")
        case .wedgesDesc:
            .text(
                "Razlika med izpusti brez ukrepov in načrtovanimi, razdeljena po ukrepih; v letu {year} največ prispeva {action} ({value})."
            )
        case .gapTitle: .text("Vrzel do cilja v letu {year}")
        case .gapDesc: .text("Izhodišče {baseline}, cilj {target}, načrtovano {planned}: vrzel je {gap}.")
        case .bau: .text("brez ukrepov")
        case .growthLink: .text("Pot brez ukrepov upošteva rast dejavnosti mesta.")
        case .whatIfLink: .text("Kaj če? Izklopite ali zamaknite ukrepe")
        case .scenariosLink: .text("Scenariji mesta")
        case .targetLine: .text("ciljna črta")
        case .plannedLine: .text("načrtovano")
        case .band: .text("interval 5–95 %")
        case .remaining: .text("preostali izpusti")
        case .otherActions: .text("drugi ukrepi")
        case .unit: .text("t CO₂e")
        case .tableCaption: .text("Številke grafikona")
        case .openData: .text("Pot kot JSON (odprti podatki)")
        case .removals: .text("Ponori {year}")
        case .removalsLead: .text("Odštejejo se od neto izpustov, ne od bruto izpustov, s katerimi se meri cilj.")
        case .gapBaseline: .text("Izhodišče")
        case .gapTarget: .text("Cilj")
        case .gapPlanned: .text("Načrtovano")
        case .gapRange: .text("Načrtovano, interval 5–95 %")
        case .illustrative: .text("Ponazoritveni podatki: številke demo mest niso uradne inventure ali načrti mest.")
        }
    }

    package var english: Message {
        switch self {
        case .title: .text("Pathway to climate neutrality")
        case .lead:
            .text(
                "The city's emissions year by year, as the model gives them from the current inventory and actions, against the target line."
            )
        case .basis:
            .text(
                "Calculated from the {year} inventory ({status}) and {actions}, with {draws} draws of the uncertain values; calculated {date}."
            )
        case .baseline: .text("Baseline {year}")
        case .planned: .text("Planned {year}")
        case .target: .text("Target {year}")
        case .gap: .text("Gap {year}")
        case .probability: .text("Probability of meeting the target")
        case .probabilityLead: .text("The share of draws in which emissions in the target year do not exceed the target.")
        case .reductionSince: .text("{percent} less than the baseline")
        case .noInventory: .text("The city has no emission inventory yet, so there is no pathway yet.")
        case .invalid: .text("The pathway cannot be calculated: the model does not accept the city's data.")
        case .invalidLead: .text("The city's climate team needs to correct:")
        case .pathwayTitle: .text("Emissions of {cityOf} against the target line")
        case .pathwayDesc:
            .text(
                "Planned emissions are {planned} in {year} against a target of {target}; the 90% uncertainty interval runs from {low} to {high}. Without the actions they would be {bau}."
            )
        case .sectorsTitle: .text("Planned emissions of {cityOf} by sector")
        case .sectorsDesc: .text("Emissions by GPC sector from {first} to {last}; in {year} the largest sector is {sector} ({value}).")
        case .wedgesTitle: .text("What the actions {cityIn} contribute")
        case .wedgesDesc:
            .text(
                "The difference between emissions without the actions and the planned ones, split by action; in {year} {action} contributes most ({value})."
            )
        case .gapTitle: .text("The gap to the target in {year}")
        case .gapDesc: .text("Baseline {baseline}, target {target}, planned {planned}: the gap is {gap}.")
        case .bau: .text("without the actions")
        case .growthLink: .text("Business as usual follows the city's activity growth.")
        case .whatIfLink: .text("What if? Switch actions off or delay them")
        case .scenariosLink: .text("The city's scenarios")
        case .targetLine: .text("target line")
        case .plannedLine: .text("planned")
        case .band: .text("5–95% interval")
        case .remaining: .text("remaining emissions")
        case .otherActions: .text("other actions")
        case .unit: .text("tCO₂e")
        case .tableCaption: .text("The chart's numbers")
        case .openData: .text("The pathway as JSON (open data)")
        case .removals: .text("Removals {year}")
        case .removalsLead: .text("They are subtracted from net emissions, not from the gross emissions the target is measured on.")
        case .gapBaseline: .text("Baseline")
        case .gapTarget: .text("Target")
        case .gapPlanned: .text("Planned")
        case .gapRange: .text("Planned, 5–95% interval")
        case .illustrative: .text("Illustrative data: the demo cities' numbers are not the cities' official inventories or plans.")
        }
    }
}
