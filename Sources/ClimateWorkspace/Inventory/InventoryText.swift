import Kernel

/// Texts of a city's inventories.
package enum InventoryText: String, BilingualCatalogue {
    case search
    case recordInventory, recordRow
    case link, listTitle, listLead, none, columnYear, columnStatus, columnTotal, columnRows, create, createTitle, gwp, coverage
    case yearTaken, title, lead, rowsTitle, rowsCaption, noRows
    case ownFactor, ownFactorHint, direct, notationKey, deleteRow
    case addTitle, add, rowProblem
    case importTitle, importLead, importFile, importText, importButton, importProblemsTitle, importProblemsLead
    case export, submit, submitLead, reopen, reopenLead
    case totalsTitle, bySector, byScope, byGas, sector, scopeColumn, gas, tonnes, notationKeysTitle
    case factorsTitle, factorsLead, factorsKept, factorsDraft, factorsNone, factorValue, factorSource
    case edit, editRowTitle, saveRow, submittedOn, lockedError, cannotSubmitEmpty, rowCount

    package var slovenian: Message {
        switch self {
        case .search: .text("Išči med vrsticami (referenca GPC, energent, vir podatkov)")
        case .recordInventory: .text("Inventura")
        case .recordRow: .text("Vrstica inventure")
        case .link: .text("Inventure izpustov")
        case .listTitle: .text("Inventure izpustov: {city}")
        case .listLead:
            .text(
                "Ena inventura na leto, po referencah GPC. Osnutek ureja podnebna ekipa mesta; oddana inventura je zaklenjena in ohrani faktorje, s katerimi je izračunana."
            )
        case .none: .text("Mesto še nima inventure.")
        case .columnYear: .text("Leto")
        case .columnStatus: .text("Stanje")
        case .columnTotal: .text("Skupaj (t CO₂e)")
        case .columnRows: .text("Vrstice")
        case .create: .text("Ustvari inventuro")
        case .createTitle: .text("Nova inventura")
        case .gwp: .text("Potenciali globalnega segrevanja (GWP)")
        case .coverage: .text("Obseg poročanja")
        case .yearTaken: .text("Inventura za leto {year} že obstaja.")
        case .title: .text("Inventura {year}: {city}")
        case .lead: .text("Vrstice po referencah GPC, z virom podatkov in oceno kakovosti; vsote se izračunajo ob vsaki spremembi.")
        case .rowsTitle: .text("Vrstice")
        case .rowsCaption: .text("Vrstice inventure {year}")
        case .noRows: .text("Inventura še nima vrstic. Dodajte jih spodaj ali uvozite datoteko CSV.")
        case .ownFactor: .text("Lastni faktor (t CO₂e na enoto)")
        case .ownFactorHint: .text("Le, če količina nima energenta ali ima svoj faktor.")
        case .direct: .text("Neposredni izpusti (t CO₂e)")
        case .notationKey: .text("Oznaka (NO, IE, NE, C)")
        case .deleteRow: .text("Izbriši vrstico {n}: {what}")
        case .addTitle: .text("Dodaj vrstico")
        case .add: .text("Dodaj vrstico")
        case .rowProblem: .text("Vrstica ni veljavna: {problem}")
        case .importTitle: .text("Uvoz iz CSV")
        case .importLead:
            .text(
                "Stolpci: gpc, carrier, amount, unit, factor_tco2e_per_unit, emissions_tco2e, notation_key, data_source, quality (high, medium, low); števila z decimalno piko. Uvoz zamenja vse vrstice osnutka, in to le, če so vse vrstice datoteke veljavne."
            )
        case .importFile: .text("Datoteka CSV")
        case .importText: .text("ali prilepite vsebino CSV")
        case .importButton: .text("Uvozi")
        case .importProblemsTitle: .text("Nič ni uvoženo: datoteka ima napake")
        case .importProblemsLead: .text("Popravite te vrstice in datoteko uvozite znova:")
        case .export: .text("Prenesi CSV")
        case .submit: .text("Oddaj inventuro")
        case .submitLead: .text("Oddana inventura se zaklene in ohrani faktorje, s katerimi je izračunana.")
        case .reopen: .text("Vrni v osnutek")
        case .reopenLead: .text("Skrbnik mesta lahko oddano inventuro vrne v osnutek; sprememba se zabeleži.")
        case .totalsTitle: .text("Vsote")
        case .bySector: .text("Po sektorjih")
        case .byScope: .text("Po obsegih")
        case .byGas: .text("Po plinih")
        case .sector: .text("Sektor")
        case .scopeColumn: .text("Obseg")
        case .gas: .text("Plin")
        case .tonnes: .text("t CO₂e")
        case .notationKeysTitle: .text("Oznake brez številke")
        case .factorsTitle: .text("Uporabljeni faktorji")
        case .factorsLead:
            .text("Faktorji omrežnih energentov za leto {year}, v t CO₂e na MWh; goriva uporabljajo privzete faktorje IPCC 2006.")
        case .factorsKept: .text("Ohranjeni ob oddaji; poznejše spremembe faktorjev te inventure ne spremenijo.")
        case .factorsDraft: .text("Osnutek uporablja trenutne nacionalne in mestne faktorje.")
        case .factorsNone: .text("Za to leto ni faktorjev omrežnih energentov.")
        case .factorValue: .text("t CO₂e/MWh")
        case .factorSource: .text("Vir")
        case .edit: .text("Uredi")
        case .editRowTitle: .text("Urejanje vrstice {gpc} inventure {year}")
        case .saveRow: .text("Shrani vrstico")
        case .submittedOn: .text("oddana {date}")
        case .lockedError: .text("Inventura je oddana in zaklenjena; vrnite jo v osnutek, če jo morate spremeniti.")
        case .cannotSubmitEmpty: .text("Prazne inventure ni mogoče oddati.")
        case .rowCount: .sl(one: "{n} vrstica", two: "{n} vrstici", few: "{n} vrstice", other: "{n} vrstic")
        }
    }

    package var english: Message {
        switch self {
        case .search: .text("Search the rows (GPC reference, carrier, data source)")
        case .recordInventory: .text("Inventory")
        case .recordRow: .text("Inventory row")
        case .link: .text("Emission inventories")
        case .listTitle: .text("Emission inventories: {city}")
        case .listLead:
            .text(
                "One inventory a year, by GPC reference. The city's climate team edits a draft; a submitted inventory is locked and keeps the factors it was calculated with."
            )
        case .none: .text("The city has no inventory yet.")
        case .columnYear: .text("Year")
        case .columnStatus: .text("Status")
        case .columnTotal: .text("Total (tCO₂e)")
        case .columnRows: .text("Rows")
        case .create: .text("Create inventory")
        case .createTitle: .text("New inventory")
        case .gwp: .text("Global warming potentials (GWP)")
        case .coverage: .text("Reporting coverage")
        case .yearTaken: .text("There is already an inventory for {year}.")
        case .title: .text("Inventory {year}: {city}")
        case .lead: .text("Rows by GPC reference, with their data source and quality; the totals are worked out on every change.")
        case .rowsTitle: .text("Rows")
        case .rowsCaption: .text("Rows of the {year} inventory")
        case .noRows: .text("The inventory has no rows yet. Add them below or import a CSV file.")
        case .ownFactor: .text("Own factor (tCO₂e per unit)")
        case .ownFactorHint: .text("Only if the amount has no carrier or a factor of its own.")
        case .direct: .text("Direct emissions (tCO₂e)")
        case .notationKey: .text("Notation key (NO, IE, NE, C)")
        case .deleteRow: .text("Delete row {n}: {what}")
        case .addTitle: .text("Add a row")
        case .add: .text("Add row")
        case .rowProblem: .text("The row is not valid: {problem}")
        case .importTitle: .text("Import from CSV")
        case .importLead:
            .text(
                "Columns: gpc, carrier, amount, unit, factor_tco2e_per_unit, emissions_tco2e, notation_key, data_source, quality (high, medium, low); numbers with a decimal point. An import replaces all rows of the draft, and only if every row of the file is valid."
            )
        case .importFile: .text("CSV file")
        case .importText: .text("or paste the CSV text")
        case .importButton: .text("Import")
        case .importProblemsTitle: .text("Nothing was imported: the file has errors")
        case .importProblemsLead: .text("Correct these lines and import the file again:")
        case .export: .text("Download CSV")
        case .submit: .text("Submit inventory")
        case .submitLead: .text("A submitted inventory is locked and keeps the factors it was calculated with.")
        case .reopen: .text("Return to draft")
        case .reopenLead: .text("The city admin can return a submitted inventory to draft; the change is recorded.")
        case .totalsTitle: .text("Totals")
        case .bySector: .text("By sector")
        case .byScope: .text("By scope")
        case .byGas: .text("By gas")
        case .sector: .text("Sector")
        case .scopeColumn: .text("Scope")
        case .gas: .text("Gas")
        case .tonnes: .text("tCO₂e")
        case .notationKeysTitle: .text("Notation keys")
        case .factorsTitle: .text("Factors used")
        case .factorsLead: .text("Factors of grid carriers for {year}, in tCO₂e per MWh; fuels use the IPCC 2006 defaults.")
        case .factorsKept: .text("Kept when it was submitted; later changes to the factors do not change this inventory.")
        case .factorsDraft: .text("A draft uses the current national and city factors.")
        case .factorsNone: .text("There are no grid factors for this year.")
        case .factorValue: .text("tCO₂e/MWh")
        case .factorSource: .text("Source")
        case .edit: .text("Edit")
        case .editRowTitle: .text("Editing row {gpc} of the {year} inventory")
        case .saveRow: .text("Save row")
        case .submittedOn: .text("submitted {date}")
        case .lockedError: .text("The inventory is submitted and locked; return it to draft if it has to change.")
        case .cannotSubmitEmpty: .text("An empty inventory cannot be submitted.")
        case .rowCount: .en(one: "{n} row", other: "{n} rows")
        }
    }
}
