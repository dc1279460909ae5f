import Kernel

/// Texts of a city's growth rates (business as usual).
package enum GrowthText: String, BilingualCatalogue {
    case recordRate, tab, title, lead, none, caption
    case gpc, gpcHint, rate, rateHint, rateMin, rateMax, rangeHint, source, note, perYear
    case add, addTitle, editTitle, save, delete, openData
    case bauTitle, bauLead, bauBaseline, bauTarget, bauFlat
    case percentRange, order, bothEnds, taken, modelProblem

    package var slovenian: Message {
        switch self {
        case .recordRate: .text("Stopnja rasti")
        case .tab: .text("Rast dejavnosti")
        case .title: .text("Rast dejavnosti {cityIn}")
        case .lead:
            .text(
                "Kako bi se dejavnost (raba energije, prevozi, odpadki) spreminjala brez ukrepov: to je pot brez ukrepov na nadzorni plošči. Stopnja velja za vse reference GPC pod predpono; velja najdaljša ujemajoča se predpona, kjer je ni, dejavnost ostane enaka."
            )
        case .none: .text("Mesto še nima stopenj rasti: pot brez ukrepov ostaja na ravni izhodiščnega leta.")
        case .caption: .text("Stopnje rasti na leto po predponah GPC")
        case .gpc: .text("Predpona GPC")
        case .gpcHint: .text("Sektor, podsektor ali referenca; velja za vse reference pod njo.")
        case .rate: .text("Najverjetnejša rast na leto (%)")
        case .rateHint: .text("Na primer 0,5 za 0,5 % na leto; upad z minusom: −1.")
        case .rateMin: .text("Najmanj (%)")
        case .rateMax: .text("Največ (%)")
        case .rangeHint: .text("Neobvezno; z obema mejama je rast negotova (trikotna porazdelitev) in se odraža v pasu negotovosti.")
        case .source: .text("Vir")
        case .note: .text("Opomba")
        case .perYear: .text("Rast na leto")
        case .add: .text("Dodaj stopnjo rasti")
        case .addTitle: .text("Nova stopnja rasti")
        case .editTitle: .text("Uredi stopnjo rasti: {gpc}")
        case .save: .text("Shrani stopnjo rasti")
        case .delete: .text("Izbriši stopnjo rasti")
        case .openData: .text("Stopnje rasti kot JSON")
        case .bauTitle: .text("Pot brez ukrepov")
        case .bauLead: .text("Izpusti, če mesto ne bi izvedlo nobenega ukrepa, s temi stopnjami in faktorji.")
        case .bauBaseline: .text("Izhodiščno leto {year}")
        case .bauTarget: .text("Brez ukrepov {year}")
        case .bauFlat: .text("Pot se prikaže, ko ima mesto oddano inventuro.")
        case .percentRange: .text("Vpišite odstotek na leto med −50 in 50.")
        case .order: .text("Veljati mora najmanj ≤ najverjetneje ≤ največ; zdaj so {min}, {mode}, {max}.")
        case .bothEnds: .text("Vpišite obe meji ali nobene.")
        case .taken: .text("Za predpono {gpc} stopnja že obstaja; uredite tisto.")
        case .modelProblem: .text("Model stopnje ne sprejme: {problem}")
        }
    }

    package var english: Message {
        switch self {
        case .recordRate: .text("Growth rate")
        case .tab: .text("Activity growth")
        case .title: .text("Activity growth {cityIn}")
        case .lead:
            .text(
                "How activity (energy use, transport, waste) would change without any action: the dashboard's business-as-usual line. A rate holds for every GPC reference under its prefix; the longest matching prefix wins, and where there is none, activity stays as it is."
            )
        case .none: .text("The city has no growth rates yet: business as usual stays at the baseline year's level.")
        case .caption: .text("Growth rates a year by GPC prefix")
        case .gpc: .text("GPC prefix")
        case .gpcHint: .text("A sector, sub-sector or reference; it holds for every reference under it.")
        case .rate: .text("Most likely growth a year (%)")
        case .rateHint: .text("For example 0.5 for 0.5% a year; a decline with a minus: −1.")
        case .rateMin: .text("Least (%)")
        case .rateMax: .text("Most (%)")
        case .rangeHint:
            .text("Optional; with both ends the growth is uncertain (a triangular distribution) and shows in the uncertainty band.")
        case .source: .text("Source")
        case .note: .text("Note")
        case .perYear: .text("Growth a year")
        case .add: .text("Add growth rate")
        case .addTitle: .text("New growth rate")
        case .editTitle: .text("Edit growth rate: {gpc}")
        case .save: .text("Save growth rate")
        case .delete: .text("Delete growth rate")
        case .openData: .text("Growth rates as JSON")
        case .bauTitle: .text("Business as usual")
        case .bauLead: .text("Emissions if the city took no action, with these rates and factors.")
        case .bauBaseline: .text("Baseline year {year}")
        case .bauTarget: .text("Without action {year}")
        case .bauFlat: .text("The pathway shows once the city has a submitted inventory.")
        case .percentRange: .text("Enter a percentage a year between −50 and 50.")
        case .order: .text("It must hold that least ≤ most likely ≤ most; now they are {min}, {mode}, {max}.")
        case .bothEnds: .text("Enter both ends or neither.")
        case .taken: .text("Prefix {gpc} has a rate already; edit that one.")
        case .modelProblem: .text("The model does not accept the rate: {problem}")
        }
    }
}
