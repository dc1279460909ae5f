import Kernel

/// Texts of the workspace's to-do panel.
package enum WaitingText: String, BilingualCatalogue {
    case title, none, draftInventory, delayedAction, staleAction, indicatorNoValue, reportNotSubmitted, moreActions, moreIndicators

    package var slovenian: Message {
        switch self {
        case .title: .text("Čaka na vas")
        case .none:
            .text(
                "Nič ne čaka: inventura je oddana, ukrepi imajo sveže zapise o napredku, kazalniki letošnje vrednosti, poročila so oddana.")
        case .draftInventory: .text("Inventura {year} je osnutek: dopolnite jo in oddajte.")
        case .delayedAction: .text("Ukrep {code} »{name}« zamuja.")
        case .staleAction: .text("Ukrep {code} »{name}« že 90 dni nima zapisa o napredku.")
        case .indicatorNoValue: .text("Kazalnik »{name}« še nima vrednosti za leto {year}.")
        case .reportNotSubmitted: .text("Poročilo »{report}« iz inventure {year} še ni oddano.")
        case .moreActions:
            .sl(
                one: "… in še {n} ukrep: vsi ukrepi", two: "… in še {n} ukrepa: vsi ukrepi", few: "… in še {n} ukrepi: vsi ukrepi",
                other: "… in še {n} ukrepov: vsi ukrepi")
        case .moreIndicators:
            .sl(
                one: "… in še {n} kazalnik: vsi kazalniki", two: "… in še {n} kazalnika: vsi kazalniki",
                few: "… in še {n} kazalniki: vsi kazalniki", other: "… in še {n} kazalnikov: vsi kazalniki")
        }
    }

    package var english: Message {
        switch self {
        case .title: .text("Waiting for you")
        case .none:
            .text(
                "Nothing is waiting: the inventory is submitted, the actions have recent progress notes, the indicators this year's values, the reports are submitted."
            )
        case .draftInventory: .text("The {year} inventory is a draft: complete it and submit it.")
        case .delayedAction: .text("Action {code} “{name}” is delayed.")
        case .staleAction: .text("Action {code} “{name}” has had no progress note for 90 days.")
        case .indicatorNoValue: .text("Indicator “{name}” has no value for {year} yet.")
        case .reportNotSubmitted: .text("The report “{report}” of the {year} inventory has not been submitted.")
        case .moreActions: .en(one: "… and {n} more action: all actions", other: "… and {n} more actions: all actions")
        case .moreIndicators: .en(one: "… and {n} more indicator: all indicators", other: "… and {n} more indicators: all indicators")
        }
    }
}
