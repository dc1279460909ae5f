import Kernel

/// Texts of a city's reports.
package enum ReportsText: String, BilingualCatalogue {
    case recordSnapshot, inventoryYear, submittedBy
    case link, title, lead, ccc, cccLead, covenant, covenantLead, gpc, gpcLead, page, csv, json, submit, submitLead, snapshotsTitle
    case snapshotsNone, submittedOn, by, kind, noInventory, baselineTitle, actionsTitle, indicatorsTitle, gapTitle
    case sector, scope1, scope2, scope3, total, co2, ch4, n2o, unsplit, mwhTitle, tco2Title, measure, print, generated, snapshotNote
    case residential, tertiary, industry, energyIndustries, agriculture, otherStationary, roadTransport, rail, waterborne, aviation, offRoad
    case carrierHeat, carrierLiquidGas, carrierHeatingOil, carrierCoal, carrierOtherFossil, carrierBiofuels, carrierOtherBiomass
    case carrierGeothermal, gapBaseline, gapTarget, gapPlanned, gapRange, gapValue, removals, probability, code, name, status, progress
    case responsible, period, capex, reduction, unit, latest, target, baseline
    case confirmTitle, confirmLead, confirmButton, duplicate, submitAgain

    package var slovenian: Message {
        switch self {
        case .recordSnapshot: .text("Oddano poročilo")
        case .inventoryYear: .text("Leto inventure")
        case .submittedBy: .text("Kdo ga je oddal")
        case .link: .text("Poročila")
        case .title: .text("Poročila: {city}")
        case .lead:
            .text(
                "Preglednice za Podnebno pogodbo mesta in Konvencijo županov ter inventura v obliki GPC: za tisk, v CSV in JSON. Oddano poročilo se shrani kot posnetek, ki se ne spreminja."
            )
        case .ccc: .text("Podnebna pogodba mesta (CCC)")
        case .cccLead: .text("Izhodiščna inventura po sektorjih, obsegih in plinih; portfelj ukrepov; kazalniki; vrzel do cilja.")
        case .covenant: .text("Konvencija županov: izhodiščna inventura")
        case .covenantLead: .text("Končna raba energije (MWh) in izpusti (t CO₂e) po sektorjih in energentih.")
        case .gpc: .text("Inventura GPC")
        case .gpcLead: .text("Vse vrstice inventure z referencami, obsegi, energijo in plini.")
        case .page: .text("Stran za tisk")
        case .csv: .text("CSV")
        case .json: .text("JSON")
        case .submit: .text("Oddaj in shrani posnetek")
        case .submitLead: .text("Posnetek ohrani poročilo, kakršno je danes; poznejše spremembe ga ne spremenijo.")
        case .confirmTitle: .text("Oddaja poročila: {report}")
        case .confirmLead:
            .text(
                "Oddali boste poročilo »{report}« mesta {city}, narejeno iz inventure {year}. Shranjeno bo kot posnetek, ki se ne spreminja več in ga vidijo vsi; poznejše spremembe podatkov ga ne spremenijo."
            )
        case .confirmButton: .text("Oddaj poročilo")
        case .duplicate: .text("Enako poročilo je že oddano ({date}, {by}). Ga res želite oddati še enkrat?")
        case .submitAgain: .text("Oddaj še enkrat")
        case .snapshotsTitle: .text("Oddana poročila")
        case .snapshotsNone: .text("Mesto še ni oddalo nobenega poročila.")
        case .submittedOn: .text("Oddano")
        case .by: .text("Oddal")
        case .kind: .text("Poročilo")
        case .noInventory: .text("Mesto še nima inventure, zato poročil še ni.")
        case .baselineTitle: .text("Izhodiščna inventura {year} po sektorjih, obsegih in plinih")
        case .actionsTitle: .text("Portfelj ukrepov")
        case .indicatorsTitle: .text("Kazalniki")
        case .gapTitle: .text("Vrzel do cilja")
        case .sector: .text("Sektor")
        case .scope1: .text("Obseg 1 (t CO₂e)")
        case .scope2: .text("Obseg 2 (t CO₂e)")
        case .scope3: .text("Obseg 3 (t CO₂e)")
        case .total: .text("Skupaj (t CO₂e)")
        case .co2: .text("CO₂ (t)")
        case .ch4: .text("CH₄ (t)")
        case .n2o: .text("N₂O (t)")
        case .unsplit: .text("CO₂e brez delitve (t)")
        case .mwhTitle: .text("Končna raba energije (MWh)")
        case .tco2Title: .text("Izpusti (t CO₂e, {gwp})")
        case .measure: .text("Mera")
        case .print: .text("Natisni")
        case .generated: .text("Mesto {city}, inventura {year} ({status}), pripravljeno {date}.")
        case .snapshotNote: .text("Posnetek, oddan {date}; ne spreminja se.")
        case .residential: .text("Stanovanjske stavbe")
        case .tertiary: .text("Storitvene in javne stavbe")
        case .industry: .text("Industrija")
        case .energyIndustries: .text("Energetika")
        case .agriculture: .text("Kmetijstvo, gozdarstvo, ribištvo")
        case .otherStationary: .text("Drugo (stacionarno)")
        case .roadTransport: .text("Cestni promet")
        case .rail: .text("Železniški promet")
        case .waterborne: .text("Vodni promet")
        case .aviation: .text("Letalski promet")
        case .offRoad: .text("Necestna vozila in stroji")
        case .carrierHeat: .text("Toplota")
        case .carrierLiquidGas: .text("Utekočinjeni plin")
        case .carrierHeatingOil: .text("Kurilno olje")
        case .carrierCoal: .text("Premog")
        case .carrierOtherFossil: .text("Druga fosilna goriva")
        case .carrierBiofuels: .text("Biogoriva")
        case .carrierOtherBiomass: .text("Druga biomasa")
        case .carrierGeothermal: .text("Geotermalna energija in toplota okolja")
        case .gapBaseline: .text("Izhodišče {year}")
        case .gapTarget: .text("Cilj {year}")
        case .gapPlanned: .text("Načrtovano {year}")
        case .gapRange: .text("Načrtovano, interval 5–95 %")
        case .gapValue: .text("Vrzel")
        case .removals: .text("Ponori")
        case .probability: .text("Verjetnost, da bo cilj dosežen")
        case .code: .text("Oznaka")
        case .name: .text("Ime")
        case .status: .text("Stanje")
        case .progress: .text("Napredek")
        case .responsible: .text("Odgovorni")
        case .period: .text("Obdobje")
        case .capex: .text("Investicija (EUR)")
        case .reduction: .text("Zmanjšanje {year} (t CO₂e)")
        case .unit: .text("Enota")
        case .latest: .text("Zadnja vrednost")
        case .target: .text("Cilj")
        case .baseline: .text("Izhodišče")
        }
    }

    package var english: Message {
        switch self {
        case .recordSnapshot: .text("Submitted report")
        case .inventoryYear: .text("Inventory year")
        case .submittedBy: .text("Submitted by")
        case .link: .text("Reports")
        case .title: .text("Reports: {city}")
        case .lead:
            .text(
                "The tables of the city's Climate City Contract and of the Covenant of Mayors, and the inventory in GPC form: to print, as CSV and as JSON. A submitted report is kept as a snapshot that never changes."
            )
        case .ccc: .text("Climate City Contract (CCC)")
        case .cccLead: .text("Baseline inventory by sector, scope and gas; action portfolio; indicators; the emission gap.")
        case .covenant: .text("Covenant of Mayors: baseline emission inventory")
        case .covenantLead: .text("Final energy (MWh) and emissions (tCO₂e) by sector and energy carrier.")
        case .gpc: .text("GPC inventory")
        case .gpcLead: .text("Every inventory row with its reference, scope, energy and gases.")
        case .page: .text("Printable page")
        case .csv: .text("CSV")
        case .json: .text("JSON")
        case .submit: .text("Submit and keep a snapshot")
        case .submitLead: .text("A snapshot keeps the report as it is today; later changes do not change it.")
        case .confirmTitle: .text("Submitting a report: {report}")
        case .confirmLead:
            .text(
                "You are about to submit the report “{report}” of {city}, made from the {year} inventory. It is kept as a snapshot that no longer changes and that everyone sees; later changes to the data do not change it."
            )
        case .confirmButton: .text("Submit the report")
        case .duplicate: .text("The same report was already submitted ({date}, {by}). Do you really want to submit it again?")
        case .submitAgain: .text("Submit again")
        case .snapshotsTitle: .text("Submitted reports")
        case .snapshotsNone: .text("The city has not submitted a report yet.")
        case .submittedOn: .text("Submitted")
        case .by: .text("By")
        case .kind: .text("Report")
        case .noInventory: .text("The city has no inventory yet, so there are no reports yet.")
        case .baselineTitle: .text("Baseline inventory {year} by sector, scope and gas")
        case .actionsTitle: .text("Action portfolio")
        case .indicatorsTitle: .text("Indicators")
        case .gapTitle: .text("The emission gap")
        case .sector: .text("Sector")
        case .scope1: .text("Scope 1 (tCO₂e)")
        case .scope2: .text("Scope 2 (tCO₂e)")
        case .scope3: .text("Scope 3 (tCO₂e)")
        case .total: .text("Total (tCO₂e)")
        case .co2: .text("CO₂ (t)")
        case .ch4: .text("CH₄ (t)")
        case .n2o: .text("N₂O (t)")
        case .unsplit: .text("CO₂e not split (t)")
        case .mwhTitle: .text("Final energy (MWh)")
        case .tco2Title: .text("Emissions (tCO₂e, {gwp})")
        case .measure: .text("Measure")
        case .print: .text("Print")
        case .generated: .text("City of {city}, inventory {year} ({status}), prepared {date}.")
        case .snapshotNote: .text("Snapshot submitted {date}; it does not change.")
        case .residential: .text("Residential buildings")
        case .tertiary: .text("Tertiary and public buildings")
        case .industry: .text("Industry")
        case .energyIndustries: .text("Energy industries")
        case .agriculture: .text("Agriculture, forestry, fisheries")
        case .otherStationary: .text("Other (stationary)")
        case .roadTransport: .text("Road transport")
        case .rail: .text("Rail")
        case .waterborne: .text("Waterborne navigation")
        case .aviation: .text("Aviation")
        case .offRoad: .text("Off-road vehicles and machinery")
        case .carrierHeat: .text("Heat")
        case .carrierLiquidGas: .text("Liquid gas")
        case .carrierHeatingOil: .text("Heating oil")
        case .carrierCoal: .text("Coal")
        case .carrierOtherFossil: .text("Other fossil fuels")
        case .carrierBiofuels: .text("Biofuels")
        case .carrierOtherBiomass: .text("Other biomass")
        case .carrierGeothermal: .text("Geothermal and ambient heat")
        case .gapBaseline: .text("Baseline {year}")
        case .gapTarget: .text("Target {year}")
        case .gapPlanned: .text("Planned {year}")
        case .gapRange: .text("Planned, 5–95% interval")
        case .gapValue: .text("Gap")
        case .removals: .text("Removals")
        case .probability: .text("Probability of meeting the target")
        case .code: .text("Code")
        case .name: .text("Name")
        case .status: .text("Status")
        case .progress: .text("Progress")
        case .responsible: .text("Responsible")
        case .period: .text("Period")
        case .capex: .text("Capital cost (EUR)")
        case .reduction: .text("Reduction {year} (tCO₂e)")
        case .unit: .text("Unit")
        case .latest: .text("Latest value")
        case .target: .text("Target")
        case .baseline: .text("Baseline")
        }
    }
}

extension ReportKind {
    var text: ReportsText {
        switch self {
        case .ccc: .ccc
        case .covenant: .covenant
        case .gpc: .gpc
        }
    }

    var lead: ReportsText {
        switch self {
        case .ccc: .cccLead
        case .covenant: .covenantLead
        case .gpc: .gpcLead
        }
    }
}
