import ClimateModel
import Foundation
import Kernel

/// Texts of the emission factors pages.
package enum FactorsText: String, BilingualCatalogue {
    case recordFactor
    case navFactors, title, lead
    case fuelsTitle, fuelsLead, fuelsCaption, columnCarrier, columnCO2, columnNCV, columnPerMWh, biogenic
    case gasesTitle, gasesCaption, columnGas, ch4Column, n2oColumn
    case combustionTitle, combustionLead, combustionCaption, columnUse
    case useResidential, useCommercial, useManufacturing, useEnergyIndustries, useRoad
    case gridTitle, gridLead, zeroLead, sourcesTitle, sourceFuels, sourceGWP
    case nationalCaption, columnYear, columnFactor, columnSource
    case cityTitle, cityLead, cityCaption, cityNone, enteredNationalTitle, enteredNationalLead, enteredNationalCaption
    case addTitle, addNationalTitle, add, carrier, yearFrom, yearTo, yearToHint, value, valueHint, source, delete, columnYears
    case trajectoryTitle, trajectoryLead, trajectoryCaption, fromCity, fromNational, valueNeeded, yearOrder

    package var slovenian: Message {
        switch self {
        case .recordFactor: .text("Emisijski faktor")
        case .navFactors: .text("Emisijski faktorji")
        case .title: .text("Emisijski faktorji")
        case .lead:
            .text(
                "Privzeti faktorji, s katerimi Zaveza računa inventarje in poti, če mesto ne poda svojih: IPCC 2006 za goriva in potenciali globalnega segrevanja (GWP) IPCC."
            )
        case .fuelsTitle: .text("Goriva: CO₂ in kurilnost")
        case .fuelsLead:
            .text(
                "CO₂ na enoto energije (neto kurilnost) in neto kurilna vrednost za pretvorbo mase v energijo. Biogeni CO₂ se poroča ločeno in ne šteje v skupne izpuste."
            )
        case .fuelsCaption: .text("Privzeti faktorji IPCC 2006 za {n} goriv")
        case .columnCarrier: .text("Gorivo")
        case .columnCO2: .text("CO₂ (kg/TJ)")
        case .columnNCV: .text("Kurilnost (TJ/Gg)")
        case .columnPerMWh: .text("t CO₂e/MWh v gospodinjstvih (AR5)")
        case .biogenic: .text("biogeni")
        case .gasesTitle: .text("Potenciali globalnega segrevanja")
        case .gasesCaption: .text("CO₂-ekvivalent tone plina v 100 letih")
        case .columnGas: .text("Plin")
        case .ch4Column: .text("CH₄ (kg/TJ)")
        case .n2oColumn: .text("N₂O (kg/TJ)")
        case .combustionTitle: .text("Metan in didušikov oksid po rabi")
        case .combustionLead:
            .text(
                "CH₄ in N₂O sta odvisna od tega, kje gorivo zgori; Zaveza vzame stolpec po podsektorju GPC (I.1 gospodinjstva, I.2, I.5 in I.6 storitve, I.3 industrija, I.4 energetika, II promet)."
            )
        case .combustionCaption: .text("CH₄ in N₂O v kg/TJ za {carrier}")
        case .columnUse: .text("Raba")
        case .useResidential: .text("Gospodinjstva")
        case .useCommercial: .text("Storitve in javni sektor")
        case .useManufacturing: .text("Industrija")
        case .useEnergyIndustries: .text("Energetika")
        case .useRoad: .text("Cestni promet")
        case .gridTitle: .text("Elektrika in daljinska toplota")
        case .gridLead:
            .text(
                "Za elektriko in daljinsko toploto IPCC nima privzetega faktorja: mesto ga poda na leto (t CO₂e/MWh) v svojem inventarju ali scenariju, običajno po podatkih dobavitelja ali po državnem faktorju spodaj."
            )
        case .zeroLead: .text("Sončna toplota, toplota okolja in geotermalna energija nimajo izpustov pri rabi (faktor 0).")
        case .sourcesTitle: .text("Viri")
        case .sourceFuels:
            .text(
                "Smernice IPCC 2006 za nacionalne inventarje toplogrednih plinov, zv. 2: preglednica 1.2 (kurilnost), 1.4 (CO₂), 2.2–2.5 (CH₄ in N₂O v stacionarnih napravah), 3.2.2 (cestni promet)."
            )
        case .sourceGWP: .text("IPCC AR4 (2007), AR5 WG1 preglednica 8.A.1 (2013), AR6 WG1 preglednica 7.SM.7 (2021).")
        case .nationalCaption: .text("Državni faktorji za Slovenijo (t CO₂e/MWh)")
        case .columnYear: .text("Leto")
        case .columnFactor: .text("t CO₂e/MWh")
        case .columnSource: .text("Vir in način izračuna")
        case .cityTitle: .text("Emisijski faktorji: {city}")
        case .cityLead:
            .text(
                "Faktorji omrežnih energentov (elektrika, daljinska toplota) v t CO₂e na MWh, ki jih vnese mesto. V letih, ki jih pokrijejo, veljajo namesto nacionalnih; znotraj obdobja je vrednost ista, med obdobji se linearno spreminja. Faktor za gorivo nadomesti privzete faktorje IPCC."
            )
        case .cityCaption: .text("Faktorji mesta")
        case .cityNone: .text("Mesto še nima svojih faktorjev.")
        case .enteredNationalTitle: .text("Nacionalni faktorji, ki jih je vnesel koordinator")
        case .enteredNationalLead: .text("Dopolnijo faktorje ARSO zgoraj in veljajo za vsa mesta, ki nimajo svojih.")
        case .enteredNationalCaption: .text("Vneseni nacionalni faktorji")
        case .addTitle: .text("Dodaj faktor mesta")
        case .addNationalTitle: .text("Dodaj nacionalni faktor")
        case .add: .text("Dodaj faktor")
        case .carrier: .text("Energent")
        case .yearFrom: .text("Velja od leta")
        case .yearTo: .text("Velja do leta")
        case .yearToHint: .text("Prazno pomeni le za leto »od«.")
        case .value: .text("Faktor (t CO₂e/MWh)")
        case .valueHint: .text("Decimalna vejica, npr. 0,25.")
        case .source: .text("Vir")
        case .delete: .text("Izbriši")
        case .columnYears: .text("Leta")
        case .trajectoryTitle: .text("Veljavne vrednosti po letih")
        case .trajectoryLead: .text("Vrednosti, s katerimi Zaveza računa inventure in pot mesta.")
        case .trajectoryCaption: .text("Faktorji po letih (t CO₂e/MWh)")
        case .fromCity: .text("mesto")
        case .fromNational: .text("nacionalni")
        case .valueNeeded: .text("Vpišite faktor 0 ali več, npr. 0,25.")
        case .yearOrder: .text("Leto »do« ne sme biti pred letom »od«.")
        }
    }

    package var english: Message {
        switch self {
        case .recordFactor: .text("Emission factor")
        case .navFactors: .text("Emission factors")
        case .title: .text("Emission factors")
        case .lead:
            .text(
                "The default factors Zaveza calculates inventories and pathways with when a city gives none of its own: IPCC 2006 for fuels and the IPCC global warming potentials (GWP)."
            )
        case .fuelsTitle: .text("Fuels: CO₂ and calorific values")
        case .fuelsLead:
            .text(
                "CO₂ per unit of energy (net calorific basis) and the net calorific value that turns mass into energy. Biogenic CO₂ is reported apart and not counted in total emissions."
            )
        case .fuelsCaption: .text("IPCC 2006 default factors for {n} fuels")
        case .columnCarrier: .text("Fuel")
        case .columnCO2: .text("CO₂ (kg/TJ)")
        case .columnNCV: .text("Calorific value (TJ/Gg)")
        case .columnPerMWh: .text("tCO₂e/MWh in homes (AR5)")
        case .biogenic: .text("biogenic")
        case .gasesTitle: .text("Global warming potentials")
        case .gasesCaption: .text("CO₂ equivalent of a tonne of gas over 100 years")
        case .columnGas: .text("Gas")
        case .ch4Column: .text("CH₄ (kg/TJ)")
        case .n2oColumn: .text("N₂O (kg/TJ)")
        case .combustionTitle: .text("Methane and nitrous oxide by use")
        case .combustionLead:
            .text(
                "CH₄ and N₂O depend on where a fuel is burnt; Zaveza takes the column by GPC sub-sector (I.1 homes, I.2, I.5 and I.6 services, I.3 industry, I.4 energy industries, II transport)."
            )
        case .combustionCaption: .text("CH₄ and N₂O in kg/TJ for {carrier}")
        case .columnUse: .text("Use")
        case .useResidential: .text("Homes")
        case .useCommercial: .text("Services and public sector")
        case .useManufacturing: .text("Industry")
        case .useEnergyIndustries: .text("Energy industries")
        case .useRoad: .text("Road transport")
        case .gridTitle: .text("Electricity and district heat")
        case .gridLead:
            .text(
                "IPCC has no default factor for electricity or district heat: a city gives one per year (tCO₂e/MWh) in its inventory or scenario, usually from its supplier or the national factor below."
            )
        case .zeroLead: .text("Solar thermal, ambient heat and geothermal energy have no emissions in use (factor 0).")
        case .sourcesTitle: .text("Sources")
        case .sourceFuels:
            .text(
                "2006 IPCC Guidelines for National Greenhouse Gas Inventories, Vol. 2: Table 1.2 (calorific values), 1.4 (CO₂), 2.2–2.5 (stationary CH₄ and N₂O), 3.2.2 (road transport)."
            )
        case .sourceGWP: .text("IPCC AR4 (2007), AR5 WG1 Table 8.A.1 (2013), AR6 WG1 Table 7.SM.7 (2021).")
        case .nationalCaption: .text("National factors for Slovenia (tCO₂e/MWh)")
        case .columnYear: .text("Year")
        case .columnFactor: .text("tCO₂e/MWh")
        case .columnSource: .text("Source and basis")
        case .cityTitle: .text("Emission factors: {city}")
        case .cityLead:
            .text(
                "Factors of grid carriers (electricity, district heat) in tCO₂e per MWh that the city enters. In the years they cover they replace the national ones; within a range the value is the same, between ranges it changes linearly. A factor for a fuel replaces its IPCC defaults."
            )
        case .cityCaption: .text("The city's factors")
        case .cityNone: .text("The city has no factors of its own yet.")
        case .enteredNationalTitle: .text("National factors entered by the coordinator")
        case .enteredNationalLead: .text("They add to ARSO's factors above and apply to every city without its own.")
        case .enteredNationalCaption: .text("Entered national factors")
        case .addTitle: .text("Add a city factor")
        case .addNationalTitle: .text("Add a national factor")
        case .add: .text("Add factor")
        case .carrier: .text("Carrier")
        case .yearFrom: .text("Valid from")
        case .yearTo: .text("Valid until")
        case .yearToHint: .text("Empty means only the year \"from\".")
        case .value: .text("Factor (tCO₂e/MWh)")
        case .valueHint: .text("A decimal, such as 0.25.")
        case .source: .text("Source")
        case .delete: .text("Delete")
        case .columnYears: .text("Years")
        case .trajectoryTitle: .text("Values in force by year")
        case .trajectoryLead: .text("The values Zaveza calculates the city's inventories and pathway with.")
        case .trajectoryCaption: .text("Factors by year (tCO₂e/MWh)")
        case .fromCity: .text("city")
        case .fromNational: .text("national")
        case .valueNeeded: .text("Enter a factor of 0 or more, such as 0.25.")
        case .yearOrder: .text("The year \"until\" must not be before the year \"from\".")
        }
    }
}

/// The names of energy carriers, by the identifier the model uses.
package enum CarrierName: String, BilingualCatalogue {
    case naturalGas = "natural_gas"
    case diesel
    case heatingOil = "heating_oil"
    case gasoline
    case lpg
    case residualFuelOil = "residual_fuel_oil"
    case lignite
    case subBituminousCoal = "sub_bituminous_coal"
    case otherBituminousCoal = "other_bituminous_coal"
    case jetKerosene = "jet_kerosene"
    case wood
    case biogas
    case biodiesel
    case municipalWasteNonBio = "municipal_waste_non_bio"
    case electricity
    case districtHeat = "district_heat"
    case solarThermal = "solar_thermal"
    case ambientHeat = "ambient_heat"
    case geothermal

    package var slovenian: Message {
        switch self {
        case .naturalGas: .text("zemeljski plin")
        case .diesel: .text("dizelsko gorivo")
        case .heatingOil: .text("kurilno olje")
        case .gasoline: .text("motorni bencin")
        case .lpg: .text("utekočinjeni naftni plin")
        case .residualFuelOil: .text("težko kurilno olje")
        case .lignite: .text("lignit")
        case .subBituminousCoal: .text("subbituminozni premog")
        case .otherBituminousCoal: .text("drug bituminozni premog")
        case .jetKerosene: .text("letalski petrolej")
        case .wood: .text("les")
        case .biogas: .text("bioplin")
        case .biodiesel: .text("biodizel")
        case .municipalWasteNonBio: .text("komunalni odpadki (nebiogeni del)")
        case .electricity: .text("elektrika")
        case .districtHeat: .text("daljinska toplota")
        case .solarThermal: .text("sončna toplota")
        case .ambientHeat: .text("toplota okolja")
        case .geothermal: .text("geotermalna energija")
        }
    }

    package var english: Message {
        switch self {
        case .naturalGas: .text("natural gas")
        case .diesel: .text("diesel")
        case .heatingOil: .text("heating oil")
        case .gasoline: .text("gasoline")
        case .lpg: .text("liquefied petroleum gas")
        case .residualFuelOil: .text("residual fuel oil")
        case .lignite: .text("lignite")
        case .subBituminousCoal: .text("sub-bituminous coal")
        case .otherBituminousCoal: .text("other bituminous coal")
        case .jetKerosene: .text("jet kerosene")
        case .wood: .text("wood")
        case .biogas: .text("biogas")
        case .biodiesel: .text("biodiesel")
        case .municipalWasteNonBio: .text("municipal waste (non-biogenic part)")
        case .electricity: .text("electricity")
        case .districtHeat: .text("district heat")
        case .solarThermal: .text("solar thermal")
        case .ambientHeat: .text("ambient heat")
        case .geothermal: .text("geothermal energy")
        }
    }
}

extension Localizer {
    /// A carrier's name; the identifier itself for one the catalogue does not know.
    package func carrier(_ id: String) -> String {
        CarrierName(rawValue: id).map { self($0) } ?? id
    }

    /// Every carrier the model knows, by name in the reader's alphabet: a form's list.
    package func carrierOptions() -> [(value: String, label: String)] {
        ReferenceData.shipped.carriers.map { ($0, carrier($0)) }.sorted { $0.1.compare($1.1, locale: locale) == .orderedAscending }
    }
}
