import Kernel

/// Texts of replicating a good practice.
package enum ReplicationText: String, BilingualCatalogue {
    case heading, none, count, mark, replicate, formLead
    case columnCity, columnAction, columnStatus, columnProgress, columnReduction, columnResults, noResults, recordResults
    case resultsTitle, resultsLead, back, filter, filterAny, filterYes, filterNo, csvLink, record, fromPractice

    package var slovenian: Message {
        switch self {
        case .heading: .text("Ponovitve v drugih mestih")
        case .none: .text("Prakse še ni ponovilo nobeno drugo mesto.")
        case .count:
            .sl(
                one: "Ponovilo jo je {n} mesto.", two: "Ponovili sta jo {n} mesti.", few: "Ponovila so jo {n} mesta.",
                other: "Ponovilo jo je {n} mest.")
        case .mark:
            .sl(
                one: "ponovljena v {n} mestu", two: "ponovljena v {n} mestih", few: "ponovljena v {n} mestih",
                other: "ponovljena v {n} mestih")
        case .replicate: .text("Ponovi v mestu {city}")
        case .formLead:
            .text(
                "Ukrep je predizpolnjen iz dobre prakse »{practice}« ({city}). Prilagodite ga svojemu mestu in mu dodajte učinek v modelu, da bo štel v poti do podnebne nevtralnosti; povezava s prakso ostane."
            )
        case .columnCity: .text("Mesto")
        case .columnAction: .text("Ukrep")
        case .columnStatus: .text("Stanje")
        case .columnProgress: .text("Napredek")
        case .columnReduction: .text("Zmanjšanje v ciljnem letu (t CO₂e)")
        case .columnResults: .text("Rezultati mesta")
        case .noResults: .text("Še brez rezultatov.")
        case .recordResults: .text("Vpiši rezultate mesta {city}")
        case .resultsTitle: .text("Rezultati ponovitve v mestu {city}")
        case .resultsLead: .text("Kaj je mesto izmerilo, ko je ponovilo prakso »{practice}«: številka, enota in leto.")
        case .back: .text("Nazaj na prakso")
        case .filter: .text("Ponovitve")
        case .filterAny: .text("vse")
        case .filterYes: .text("ponovljene v drugem mestu")
        case .filterNo: .text("še ne ponovljene")
        case .csvLink: .text("Ponovitve dobrih praks (CSV)")
        case .record: .text("Ponovitev dobre prakse")
        case .fromPractice: .text("Ukrep ponavlja dobro prakso")
        }
    }

    package var english: Message {
        switch self {
        case .heading: .text("Replications in other cities")
        case .none: .text("No other city has replicated this practice yet.")
        case .count: .en(one: "Replicated by {n} city.", other: "Replicated by {n} cities.")
        case .mark: .en(one: "replicated by {n} city", other: "replicated by {n} cities")
        case .replicate: .text("Replicate in {city}")
        case .formLead:
            .text(
                "The action is prefilled from the good practice “{practice}” ({city}). Adapt it to your city and give it a model effect so that it counts in the pathway to climate neutrality; the link to the practice is kept."
            )
        case .columnCity: .text("City")
        case .columnAction: .text("Action")
        case .columnStatus: .text("Status")
        case .columnProgress: .text("Progress")
        case .columnReduction: .text("Reduction in the target year (t CO₂e)")
        case .columnResults: .text("The city's results")
        case .noResults: .text("No results yet.")
        case .recordResults: .text("Record the results of {city}")
        case .resultsTitle: .text("Results of the replication in {city}")
        case .resultsLead: .text("What the city measured when it replicated “{practice}”: a number, its unit and the year.")
        case .back: .text("Back to the practice")
        case .filter: .text("Replications")
        case .filterAny: .text("all")
        case .filterYes: .text("replicated in another city")
        case .filterNo: .text("not yet replicated")
        case .csvLink: .text("Replications of good practices (CSV)")
        case .record: .text("Replication of a good practice")
        case .fromPractice: .text("This action replicates the good practice")
        }
    }
}
