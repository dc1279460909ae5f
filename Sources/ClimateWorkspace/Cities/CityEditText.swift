import Kernel

/// Texts of editing a city's profile and contacts.
package enum CityEditText: String, BilingualCatalogue {
    case editLink, actionsLink, factorsLink, hazardsLink, editTitle, editLead, save, historyLink, deletedLink
    case name, officialName, population, area, areaHint, missionStatus, missionLabelDate, missionLabelDateHint
    case baselineYear, targetYear, targetReduction, targetReductionHint, website, dataNote
    case contactsTitle, contactAdd, contactName, contactRole, contactEmail, contactPhone, contactDelete, contactHistory
    case wholeNumber, positiveNumber, isoDate, year, targetAfterBaseline, percent, webAddress, emailAddress

    package var slovenian: Message {
        switch self {
        case .editLink: .text("Uredi profil")
        case .actionsLink: .text("Ukrepi")
        case .factorsLink: .text("Emisijski faktorji")
        case .hazardsLink: .text("Podnebna tveganja")
        case .editTitle: .text("Urejanje profila: {city}")
        case .editLead: .text("Spremembe so vidne vsem na javni strani mesta in v odprtih podatkih; vsaka se zabeleži v zgodovini.")
        case .save: .text("Shrani")
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
        case .contactDelete: .text("Izbriši")
        case .contactHistory: .text("Zgodovina")
        case .wholeNumber: .text("Vpišite celo število od 0 do {max}.")
        case .positiveNumber: .text("Vpišite pozitivno število, npr. 150,9.")
        case .isoDate: .text("Vpišite datum kot LLLL-MM-DD ali LLLL-MM, npr. 2024-10-22.")
        case .year: .text("Vpišite leto med 1990 in 2100.")
        case .targetAfterBaseline: .text("Ciljno leto mora biti po izhodiščnem letu.")
        case .percent: .text("Vpišite odstotek med 0 in 100.")
        case .webAddress: .text("Vpišite celoten naslov, ki se začne s https:// ali http://.")
        case .emailAddress: .text("Vpišite veljaven e-poštni naslov.")
        }
    }

    package var english: Message {
        switch self {
        case .editLink: .text("Edit profile")
        case .actionsLink: .text("Actions")
        case .factorsLink: .text("Emission factors")
        case .hazardsLink: .text("Climate hazards")
        case .editTitle: .text("Editing the profile: {city}")
        case .editLead:
            .text("Changes are visible to everyone on the city's public page and in the open data; each is recorded in the history.")
        case .save: .text("Save")
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
        case .contactDelete: .text("Delete")
        case .contactHistory: .text("History")
        case .wholeNumber: .text("Enter a whole number from 0 to {max}.")
        case .positiveNumber: .text("Enter a positive number, e.g. 150.9.")
        case .isoDate: .text("Enter the date as YYYY-MM-DD or YYYY-MM, e.g. 2024-10-22.")
        case .year: .text("Enter a year between 1990 and 2100.")
        case .targetAfterBaseline: .text("The target year must come after the baseline year.")
        case .percent: .text("Enter a percentage between 0 and 100.")
        case .webAddress: .text("Enter the whole address, starting with https:// or http://.")
        case .emailAddress: .text("Enter a valid e-mail address.")
        }
    }
}
