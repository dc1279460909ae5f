import Kernel

/// Texts of a city's indicators.
package enum IndicatorsText: String, BilingualCatalogue {
    case search, count
    case noneMatch
    case linkedIndicators, linkedIndicatorsHint, linkedActions, linkedActionsHint, noLinkedActions, recordLink, linkAction
    case recordIndicator, recordValue
    case link, listTitle, listLead, none, name, unit, field, direction, directionUp, directionDown, baselineYear, baselineValue
    case targetYear, targetValue, source, frequency, annual, quarterly, monthly, continuous, latest, target, status
    case noData, noTarget, achieved, onTrack, offTrack, new, create, editTitle, save, delete, edit, valuesTitle, valuesCaption
    case date, value, origin, note, entered, imported, api, addValue, addValueButton, importTitle, importLead, importFile, importText
    case importButton, importProblemsTitle, lineProblem, dateProblem, valueProblem, columnsProblem, emptyProblem, chartTitle, chartDesc
    case expected, valueSaved, deleteValue, dateHint, openData, noValues, targetLine
    case correctValue, correctTitle, correctSave, dateTaken

    package var slovenian: Message {
        switch self {
        case .search: .text("Išči med kazalniki")
        case .count: .sl(one: "{n} kazalnik", two: "{n} kazalnika", few: "{n} kazalniki", other: "{n} kazalnikov")
        case .noneMatch: .text("Iskanju ne ustreza noben kazalnik.")
        case .linkedIndicators: .text("Kazalniki, ki spremljajo ukrep")
        case .linkedIndicatorsHint: .text("Izberite kazalnike mesta, s katerimi merite, kaj ukrep doseže.")
        case .linkedActions: .text("Ukrepi, ki jih kazalnik spremlja")
        case .linkedActionsHint: .text("Izberite ukrepe mesta, katerih učinek kazalnik meri.")
        case .noLinkedActions: .text("Kazalnik še ne spremlja nobenega ukrepa.")
        case .recordLink: .text("Povezava kazalnika z ukrepom")
        case .linkAction: .text("Ukrep")
        case .recordIndicator: .text("Kazalnik")
        case .recordValue: .text("Vrednost kazalnika")
        case .link: .text("Kazalniki")
        case .listTitle: .text("Kazalniki: {city}")
        case .listLead: .text("Merljivi kazalniki napredka mesta, njihove vrednosti po letih in stanje glede na cilj.")
        case .none: .text("Mesto še nima kazalnikov.")
        case .name: .text("Ime")
        case .unit: .text("Enota")
        case .field: .text("Področje")
        case .direction: .text("Smer")
        case .directionUp: .text("več je bolje")
        case .directionDown: .text("manj je bolje")
        case .baselineYear: .text("Izhodiščno leto")
        case .baselineValue: .text("Izhodiščna vrednost")
        case .targetYear: .text("Ciljno leto")
        case .targetValue: .text("Ciljna vrednost")
        case .source: .text("Vir")
        case .frequency: .text("Pogostost merjenja")
        case .annual: .text("letno")
        case .quarterly: .text("četrtletno")
        case .monthly: .text("mesečno")
        case .continuous: .text("sprotno")
        case .latest: .text("Zadnja vrednost")
        case .target: .text("Cilj")
        case .status: .text("Stanje")
        case .noData: .text("ni podatkov")
        case .noTarget: .text("brez cilja")
        case .achieved: .text("cilj dosežen")
        case .onTrack: .text("na poti do cilja")
        case .offTrack: .text("zaostaja")
        case .new: .text("Nov kazalnik")
        case .create: .text("Dodaj kazalnik")
        case .editTitle: .text("Urejanje kazalnika: {name}")
        case .save: .text("Shrani kazalnik")
        case .delete: .text("Izbriši kazalnik")
        case .edit: .text("Uredi kazalnik")
        case .valuesTitle: .text("Vrednosti")
        case .valuesCaption: .text("Vrednosti kazalnika {name}")
        case .date: .text("Datum")
        case .value: .text("Vrednost")
        case .origin: .text("Vnos")
        case .note: .text("Opomba")
        case .entered: .text("na strani")
        case .imported: .text("uvoz CSV")
        case .api: .text("API")
        case .addValue: .text("Dodaj vrednost")
        case .addValueButton: .text("Shrani vrednost")
        case .importTitle: .text("Uvoz vrednosti iz CSV")
        case .importLead:
            .text(
                "Stolpci: date (LLLL, LLLL-MM ali LLLL-MM-DD), value (decimalna pika; v datoteki, ločeni s podpičji, decimalna vejica), note (neobvezno). Vrednost za datum, ki že obstaja, se zamenja. Uvoz uspe le, če so vse vrstice veljavne."
            )
        case .importFile: .text("Datoteka CSV")
        case .importText: .text("ali prilepite vsebino CSV")
        case .importButton: .text("Uvozi vrednosti")
        case .importProblemsTitle: .text("Nič ni uvoženo: datoteka ima napake")
        case .lineProblem: .text("vrstica {line}: {problem}")
        case .dateProblem: .text("datum \"{value}\" ni LLLL, LLLL-MM ali LLLL-MM-DD")
        case .valueProblem: .text("vrednost \"{value}\" ni število (uporabite decimalno piko)")
        case .columnsProblem: .text("potrebna sta stolpca date in value (dovoljen je še note)")
        case .emptyProblem: .text("datoteka je prazna")
        case .chartTitle: .text("{name} po letih")
        case .chartDesc: .text("{count}; zadnja {latest}; cilj {target}.")
        case .expected: .text("Pričakovano na poti do cilja: {value}")
        case .valueSaved: .text("Vrednost je shranjena.")
        case .deleteValue: .text("Izbriši vrednost")
        case .correctValue: .text("Popravi vrednost")
        case .correctTitle: .text("Popravek vrednosti: {name}, {date}")
        case .correctSave: .text("Shrani popravek")
        case .dateTaken: .text("Za {date} vrednost že obstaja: popravite tisto ali izberite drug datum.")
        case .dateHint: .text("1. 3. 2025 ali LLLL-MM-DD; mesec kot LLLL-MM, leto kot LLLL.")
        case .openData: .text("Kazalniki kot JSON (odprti podatki)")
        case .noValues: .text("Kazalnik še nima vrednosti.")
        case .targetLine: .text("pot od izhodišča do cilja")
        }
    }

    package var english: Message {
        switch self {
        case .search: .text("Search the indicators")
        case .count: .en(one: "{n} indicator", other: "{n} indicators")
        case .noneMatch: .text("No indicator matches the search.")
        case .linkedIndicators: .text("Indicators that follow the action")
        case .linkedIndicatorsHint: .text("Choose the city's indicators that measure what the action achieves.")
        case .linkedActions: .text("Actions the indicator follows")
        case .linkedActionsHint: .text("Choose the city's actions whose effect the indicator measures.")
        case .noLinkedActions: .text("The indicator follows no action yet.")
        case .recordLink: .text("Link of an indicator to an action")
        case .linkAction: .text("Action")
        case .recordIndicator: .text("Indicator")
        case .recordValue: .text("Indicator value")
        case .link: .text("Indicators")
        case .listTitle: .text("Indicators: {city}")
        case .listLead:
            .text("Measurable indicators of the city's progress, their values over the years and where they stand against the target.")
        case .none: .text("The city has no indicators yet.")
        case .name: .text("Name")
        case .unit: .text("Unit")
        case .field: .text("Field of action")
        case .direction: .text("Direction")
        case .directionUp: .text("up is good")
        case .directionDown: .text("down is good")
        case .baselineYear: .text("Baseline year")
        case .baselineValue: .text("Baseline value")
        case .targetYear: .text("Target year")
        case .targetValue: .text("Target value")
        case .source: .text("Source")
        case .frequency: .text("Frequency")
        case .annual: .text("annual")
        case .quarterly: .text("quarterly")
        case .monthly: .text("monthly")
        case .continuous: .text("continuous")
        case .latest: .text("Latest value")
        case .target: .text("Target")
        case .status: .text("Status")
        case .noData: .text("no data")
        case .noTarget: .text("no target")
        case .achieved: .text("target met")
        case .onTrack: .text("on track")
        case .offTrack: .text("off track")
        case .new: .text("New indicator")
        case .create: .text("Add indicator")
        case .editTitle: .text("Editing indicator: {name}")
        case .save: .text("Save indicator")
        case .delete: .text("Delete indicator")
        case .edit: .text("Edit indicator")
        case .valuesTitle: .text("Values")
        case .valuesCaption: .text("Values of {name}")
        case .date: .text("Date")
        case .value: .text("Value")
        case .origin: .text("Entered by")
        case .note: .text("Note")
        case .entered: .text("page")
        case .imported: .text("CSV import")
        case .api: .text("API")
        case .addValue: .text("Add a value")
        case .addValueButton: .text("Save value")
        case .importTitle: .text("Import values from CSV")
        case .importLead:
            .text(
                "Columns: date (YYYY, YYYY-MM or YYYY-MM-DD), value (decimal point; a decimal comma in a file separated by semicolons), note (optional). A value for a date that exists replaces it. The import succeeds only if every line is valid."
            )
        case .importFile: .text("CSV file")
        case .importText: .text("or paste the CSV text")
        case .importButton: .text("Import values")
        case .importProblemsTitle: .text("Nothing was imported: the file has errors")
        case .lineProblem: .text("line {line}: {problem}")
        case .dateProblem: .text("date \"{value}\" is not YYYY, YYYY-MM or YYYY-MM-DD")
        case .valueProblem: .text("value \"{value}\" is not a number (use a decimal point)")
        case .columnsProblem: .text("the columns date and value are needed (note is allowed too)")
        case .emptyProblem: .text("the file is empty")
        case .chartTitle: .text("{name} over the years")
        case .chartDesc: .text("{count}; latest {latest}; target {target}.")
        case .expected: .text("Expected on the way to the target: {value}")
        case .valueSaved: .text("The value has been saved.")
        case .deleteValue: .text("Delete value")
        case .correctValue: .text("Correct value")
        case .correctTitle: .text("Correcting a value: {name}, {date}")
        case .correctSave: .text("Save the correction")
        case .dateTaken: .text("There is already a value for {date}: correct that one or choose another date.")
        case .dateHint: .text("YYYY-MM-DD or 1. 3. 2025; a month as YYYY-MM, a year as YYYY.")
        case .openData: .text("Indicators as JSON (open data)")
        case .noValues: .text("The indicator has no values yet.")
        case .targetLine: .text("line from the baseline to the target")
        }
    }
}

extension IndicatorStatus {
    var text: IndicatorsText {
        switch self {
        case .noData: .noData
        case .noTarget: .noTarget
        case .achieved: .achieved
        case .onTrack: .onTrack
        case .offTrack: .offTrack
        }
    }
}

extension IndicatorFrequency {
    var text: IndicatorsText {
        switch self {
        case .annual: .annual
        case .quarterly: .quarterly
        case .monthly: .monthly
        case .continuous: .continuous
        }
    }
}

extension ValueOrigin {
    var text: IndicatorsText {
        switch self {
        case .entered: .entered
        case .imported: .imported
        case .api: .api
        }
    }
}
