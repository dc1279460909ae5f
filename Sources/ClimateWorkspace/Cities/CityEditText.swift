import Kernel

/// Texts of editing a city's profile and contacts.
package enum CityEditText: String, BilingualCatalogue {
    case nameLocativePreposition
    case nameGenitive, nameGenitiveHint, nameLocative, nameLocativeHint
    case recordCity, recordContact, membershipStatus, memberSince
    case editLink, actionsLink, factorsLink, hazardsLink, editTitle, editLead, historyLink, deletedLink
    case name, officialName, population, area, areaHint, missionStatus, missionLabelDate, missionLabelDateHint
    case baselineYear, targetYear, targetReduction, targetReductionHint, website, dataNote
    case contactsTitle, contactAdd, contactName, contactRole, contactEmail, contactPhone, contactHistory
    case targetAfterBaseline

    package var slovenian: Message {
        switch self {
        case .nameLocativePreposition: .text("Začnite s predlogom, npr. »v Kranju« ali »na Ptuju«.")
        case .nameGenitive: .text("Ime v rodilniku")
        case .nameGenitiveHint: .text("Kot v »Izpusti Kranja«; brez njega strani pišejo »mesta Kranj«.")
        case .nameLocative: .text("Ime v mestniku s predlogom")
        case .nameLocativeHint: .text("Kot v »Ukrepi v Kranju« ali »na Ptuju«; brez njega strani pišejo »v mestu Kranj«.")
        case .recordCity: .text("Profil mesta")
        case .recordContact: .text("Stik")
        case .membershipStatus: .text("Članstvo v partnerstvu")
        case .memberSince: .text("Član od")
        case .editLink: .text("Uredi profil")
        case .actionsLink: .text("Ukrepi")
        case .factorsLink: .text("Emisijski faktorji")
        case .hazardsLink: .text("Podnebna tveganja")
        case .editTitle: .text("Urejanje profila: {city}")
        case .editLead: .text("Spremembe so vidne vsem na javni strani mesta in v odprtih podatkih; vsaka se zabeleži v zgodovini.")
        case .historyLink: .text("Zgodovina sprememb")
        case .deletedLink: .text("Izbrisani zapisi")
        case .name: .text("Ime mesta")
        case .officialName: .text("Uradno ime")
        case .population: .text("Število prebivalcev")
        case .area: .text("Površina (km²)")
        case .areaHint: .text("Decimalna vejica, npr. 150,9.")
        case .missionStatus: .text("Status v Misiji EU")
        case .missionLabelDate: .text("Datum znaka misije")
        case .missionLabelDateHint: .text("LLLL-MM-DD ali, če je znan le mesec, LLLL-MM.")
        case .baselineYear: .text("Izhodiščno leto izpustov")
        case .targetYear: .text("Ciljno leto")
        case .targetReduction: .text("Zmanjšanje izpustov do ciljnega leta (%)")
        case .targetReductionHint: .text("Glede na izhodiščno leto, npr. 80.")
        case .website: .text("Spletna stran")
        case .dataNote: .text("O podatkih (viri, natančnost)")
        case .contactsTitle: .text("Stiki")
        case .contactAdd: .text("Dodaj stik")
        case .contactName: .text("Ime ali služba")
        case .contactRole: .text("Vloga")
        case .contactEmail: .text("E-pošta")
        case .contactPhone: .text("Telefon")
        case .contactHistory: .text("Zgodovina")
        case .targetAfterBaseline: .text("Ciljno leto mora biti po izhodiščnem letu.")
        }
    }

    package var english: Message {
        switch self {
        case .nameLocativePreposition: .text("Start with the preposition, such as “v Kranju” or “na Ptuju”.")
        case .nameGenitive: .text("Name in the genitive (Slovenian)")
        case .nameGenitiveHint: .text("As in “Izpusti Kranja”; without it the pages write “mesta Kranj”.")
        case .nameLocative: .text("Name in the locative with its preposition (Slovenian)")
        case .nameLocativeHint: .text("As in “v Kranju” or “na Ptuju”; without it the pages write “v mestu Kranj”.")
        case .recordCity: .text("City profile")
        case .recordContact: .text("Contact")
        case .membershipStatus: .text("Membership of the partnership")
        case .memberSince: .text("Member since")
        case .editLink: .text("Edit profile")
        case .actionsLink: .text("Actions")
        case .factorsLink: .text("Emission factors")
        case .hazardsLink: .text("Climate hazards")
        case .editTitle: .text("Editing the profile: {city}")
        case .editLead:
            .text("Changes are visible to everyone on the city's public page and in the open data; each is recorded in the history.")
        case .historyLink: .text("History of changes")
        case .deletedLink: .text("Deleted records")
        case .name: .text("City name")
        case .officialName: .text("Official name")
        case .population: .text("Inhabitants")
        case .area: .text("Area (km²)")
        case .areaHint: .text("Decimal point or comma, e.g. 150.9.")
        case .missionStatus: .text("EU Mission status")
        case .missionLabelDate: .text("Mission Label date")
        case .missionLabelDateHint: .text("YYYY-MM-DD or, where only the month is known, YYYY-MM.")
        case .baselineYear: .text("Emissions baseline year")
        case .targetYear: .text("Target year")
        case .targetReduction: .text("Emission reduction by the target year (%)")
        case .targetReductionHint: .text("Against the baseline year, e.g. 80.")
        case .website: .text("Website")
        case .dataNote: .text("About the data (sources, precision)")
        case .contactsTitle: .text("Contacts")
        case .contactAdd: .text("Add a contact")
        case .contactName: .text("Name or office")
        case .contactRole: .text("Role")
        case .contactEmail: .text("E-mail")
        case .contactPhone: .text("Phone")
        case .contactHistory: .text("History")
        case .targetAfterBaseline: .text("The target year must come after the baseline year.")
        }
    }
}
