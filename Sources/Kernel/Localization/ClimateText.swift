import ClimateModel

/// The climate workspace's shared words: GPC sectors, scopes and gases, data
/// quality, inventory status, and the vocabulary of the action portfolio.
package enum ClimateText: String, BilingualCatalogue {
    case sectorI, sectorII, sectorIII, sectorIV, sectorV
    case gapNone, gapChanged, gapSame, marginChanged, marginSame
    case scope, gasCO2, gasCH4, gasN2O, unsplit, biogenic, outsideTotal, total
    case qualityHigh, qualityMedium, qualityLow
    case statusDraft, statusSubmitted
    case fieldBuildings, fieldEnergySystems, fieldMobility, fieldWaste, fieldGreenInfrastructure, fieldIndustry, fieldAgriculture
    case leverTechnology, leverGovernance, leverSocialInnovation, leverDemocracy, leverFinance, leverLearning
    case purposeMitigation, purposeAdaptation
    case actionPlanned, actionInProgress, actionCompleted, actionDelayed, actionCancelled
    case kindReduceActivity, kindSwitchCarrier, kindReduceFactor, kindReduceDirect, kindRemoval
    case tonnes, tonnesCO2e

    case gpc, carrier, amount, unit, emissions, quality, dataSource

    package var slovenian: Message {
        switch self {
        case .sectorI: .text("Stacionarna energija")
        case .gapNone: .text("ni vrzeli")
        case .gapChanged: .text("Vrzel {year}: {before} → {after}.")
        case .gapSame: .text("Vrzel {year} ostaja {gap}.")
        case .marginChanged: .text("Cilj {year} je dosežen, rezerva: {before} → {after}.")
        case .marginSame: .text("Cilj {year} ostaja dosežen z rezervo {margin}.")
        case .sectorII: .text("Promet")
        case .sectorIII: .text("Odpadki")
        case .sectorIV: .text("Industrijski procesi in raba izdelkov")
        case .sectorV: .text("Kmetijstvo, gozdarstvo in raba zemljišč")
        case .scope: .text("Obseg {scope}")
        case .gasCO2: .text("CO₂ (t)")
        case .gasCH4: .text("CH₄ (t)")
        case .gasN2O: .text("N₂O (t)")
        case .unsplit: .text("CO₂e brez delitve po plinih (t)")
        case .biogenic: .text("Biogeni CO₂, zunaj vsote (t)")
        case .outsideTotal: .text("Izračunano zunaj obsega poročanja (t CO₂e)")
        case .total: .text("Skupaj")
        case .qualityHigh: .text("visoka")
        case .qualityMedium: .text("srednja")
        case .qualityLow: .text("nizka")
        case .statusDraft: .text("osnutek")
        case .statusSubmitted: .text("oddana")
        case .fieldBuildings: .text("Stavbe")
        case .fieldEnergySystems: .text("Energetski sistemi")
        case .fieldMobility: .text("Mobilnost in promet")
        case .fieldWaste: .text("Odpadki in krožno gospodarstvo")
        case .fieldGreenInfrastructure: .text("Zelena infrastruktura in sonaravne rešitve")
        case .fieldIndustry: .text("Industrija")
        case .fieldAgriculture: .text("Kmetijstvo in raba zemljišč")
        case .leverTechnology: .text("Tehnologija in infrastruktura")
        case .leverGovernance: .text("Upravljanje in politike")
        case .leverSocialInnovation: .text("Družbene inovacije")
        case .leverDemocracy: .text("Demokracija in sodelovanje")
        case .leverFinance: .text("Financiranje")
        case .leverLearning: .text("Učenje in zmogljivosti")
        case .purposeMitigation: .text("blaženje")
        case .purposeAdaptation: .text("prilagajanje")
        case .actionPlanned: .text("načrtovan")
        case .actionInProgress: .text("v izvajanju")
        case .actionCompleted: .text("zaključen")
        case .actionDelayed: .text("zamuja")
        case .actionCancelled: .text("preklican")
        case .kindReduceActivity: .text("zmanjšanje dejavnosti (delež)")
        case .kindSwitchCarrier: .text("zamenjava energenta (delež)")
        case .kindReduceFactor: .text("nižji emisijski faktor energenta (delež)")
        case .kindReduceDirect: .text("zmanjšanje neposrednih izpustov (delež)")
        case .kindRemoval: .text("ponor ali odstranitev (t CO₂e na leto)")
        case .tonnes: .text("{value} t")
        case .tonnesCO2e: .text("{value} t CO₂e")
        case .gpc: .text("Referenca GPC")
        case .carrier: .text("Energent")
        case .amount: .text("Količina")
        case .unit: .text("Enota")
        case .emissions: .text("t CO₂e")
        case .quality: .text("Kakovost podatkov")
        case .dataSource: .text("Vir podatkov")
        }
    }

    package var english: Message {
        switch self {
        case .sectorI: .text("Stationary energy")
        case .gapNone: .text("no gap")
        case .gapChanged: .text("Gap {year}: {before} → {after}.")
        case .gapSame: .text("The {year} gap stays at {gap}.")
        case .marginChanged: .text("The {year} target is met; margin: {before} → {after}.")
        case .marginSame: .text("The {year} target stays met, with a margin of {margin}.")
        case .sectorII: .text("Transportation")
        case .sectorIII: .text("Waste")
        case .sectorIV: .text("Industrial processes and product use")
        case .sectorV: .text("Agriculture, forestry and other land use")
        case .scope: .text("Scope {scope}")
        case .gasCO2: .text("CO₂ (t)")
        case .gasCH4: .text("CH₄ (t)")
        case .gasN2O: .text("N₂O (t)")
        case .unsplit: .text("CO₂e not split by gas (t)")
        case .biogenic: .text("Biogenic CO₂, outside the total (t)")
        case .outsideTotal: .text("Computed outside the reporting coverage (tCO₂e)")
        case .total: .text("Total")
        case .qualityHigh: .text("high")
        case .qualityMedium: .text("medium")
        case .qualityLow: .text("low")
        case .statusDraft: .text("draft")
        case .statusSubmitted: .text("submitted")
        case .fieldBuildings: .text("Buildings")
        case .fieldEnergySystems: .text("Energy systems")
        case .fieldMobility: .text("Mobility and transport")
        case .fieldWaste: .text("Waste and circular economy")
        case .fieldGreenInfrastructure: .text("Green infrastructure and nature-based solutions")
        case .fieldIndustry: .text("Industry")
        case .fieldAgriculture: .text("Agriculture and land")
        case .leverTechnology: .text("Technology and infrastructure")
        case .leverGovernance: .text("Governance and policy")
        case .leverSocialInnovation: .text("Social innovation")
        case .leverDemocracy: .text("Democracy and participation")
        case .leverFinance: .text("Finance and funding")
        case .leverLearning: .text("Learning and capabilities")
        case .purposeMitigation: .text("mitigation")
        case .purposeAdaptation: .text("adaptation")
        case .actionPlanned: .text("planned")
        case .actionInProgress: .text("in progress")
        case .actionCompleted: .text("completed")
        case .actionDelayed: .text("delayed")
        case .actionCancelled: .text("cancelled")
        case .kindReduceActivity: .text("less activity (fraction)")
        case .kindSwitchCarrier: .text("switch of carrier (share)")
        case .kindReduceFactor: .text("lower factor of a carrier (fraction)")
        case .kindReduceDirect: .text("less direct emissions (fraction)")
        case .kindRemoval: .text("sink or removal (tCO₂e a year)")
        case .tonnes: .text("{value} t")
        case .tonnesCO2e: .text("{value} tCO₂e")
        case .gpc: .text("GPC reference")
        case .carrier: .text("Carrier")
        case .amount: .text("Amount")
        case .unit: .text("Unit")
        case .emissions: .text("tCO₂e")
        case .quality: .text("Data quality")
        case .dataSource: .text("Data source")
        }
    }

    /// The name of a GPC sector by its numeral (`I` … `V`).
    package static func sector(_ numeral: String) -> ClimateText? {
        ["I": .sectorI, "II": .sectorII, "III": .sectorIII, "IV": .sectorIV, "V": .sectorV][numeral]
    }
}

extension Localizer {
    /// A sector's numeral and name: "I Stacionarna energija".
    package func sector(_ numeral: String) -> String {
        ClimateText.sector(numeral).map { numeral + " " + self($0) } ?? numeral
    }

    /// Tonnes of CO2e, whole: "12.345 t CO₂e".
    package func tonnesCO2e(_ value: Double) -> String {
        self(ClimateText.tonnesCO2e, ["value": integer(rounding: value)])
    }
}

extension DataQuality {
    package var text: ClimateText {
        switch self {
        case .high: .qualityHigh
        case .medium: .qualityMedium
        case .low: .qualityLow
        }
    }
}

extension FieldOfAction {
    package var text: ClimateText {
        switch self {
        case .buildings: .fieldBuildings
        case .energySystems: .fieldEnergySystems
        case .mobility: .fieldMobility
        case .waste: .fieldWaste
        case .greenInfrastructure: .fieldGreenInfrastructure
        case .industry: .fieldIndustry
        case .agriculture: .fieldAgriculture
        }
    }
}

extension SystemicLever {
    package var text: ClimateText {
        switch self {
        case .technology: .leverTechnology
        case .governance: .leverGovernance
        case .socialInnovation: .leverSocialInnovation
        case .democracy: .leverDemocracy
        case .finance: .leverFinance
        case .learning: .leverLearning
        }
    }
}

extension ActionPurpose {
    package var text: ClimateText { self == .mitigation ? .purposeMitigation : .purposeAdaptation }
}

extension ActionStatus {
    package var text: ClimateText {
        switch self {
        case .planned: .actionPlanned
        case .inProgress: .actionInProgress
        case .completed: .actionCompleted
        case .delayed: .actionDelayed
        case .cancelled: .actionCancelled
        }
    }
}

extension ActionKind {
    package var text: ClimateText {
        switch self {
        case .reduceActivity: .kindReduceActivity
        case .switchCarrier: .kindSwitchCarrier
        case .reduceFactor: .kindReduceFactor
        case .reduceDirect: .kindReduceDirect
        case .removal: .kindRemoval
        }
    }
}

extension InventoryStatus {
    package var text: ClimateText { self == .draft ? .statusDraft : .statusSubmitted }
}
