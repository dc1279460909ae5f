import Kernel

/// Texts of a city's register of climate hazards.
package enum HazardsText: String, BilingualCatalogue {
    case recordHazard, recordLink, linkAction, linkHazard
    case title, lead, none, kind, description, probability, impact, trend, sectors, vulnerable, actions, noActions
    case heat, drought, flood, extremePrecipitation, storm, landslide, wildfire, cold, other
    case low, medium, high, increasing, stable, decreasing, unknown
    case add, addButton, editTitle, save, delete, caption, openData, linkedHazards, linkedHazardsHint, risk

    package var slovenian: Message {
        switch self {
        case .recordHazard: .text("Podnebno tveganje")
        case .recordLink: .text("Povezava ukrepa s tveganjem")
        case .linkAction: .text("Ukrep")
        case .linkHazard: .text("Tveganje")
        case .title: .text("Podnebna tveganja: {city}")
        case .lead:
            .text(
                "Register podnebnih nevarnosti mesta: kako verjetne so, kako hude, kam se razvijajo, koga in kaj prizadenejo, in ukrepi prilagajanja, ki jim odgovarjajo."
            )
        case .none: .text("Mesto še nima vpisanih podnebnih tveganj.")
        case .kind: .text("Nevarnost")
        case .description: .text("Opis")
        case .probability: .text("Verjetnost")
        case .impact: .text("Posledice")
        case .trend: .text("Trend")
        case .sectors: .text("Prizadeti sektorji")
        case .vulnerable: .text("Ranljive skupine")
        case .actions: .text("Ukrepi prilagajanja")
        case .noActions: .text("še ni ukrepov")
        case .heat: .text("vročina")
        case .drought: .text("suša")
        case .flood: .text("poplave")
        case .extremePrecipitation: .text("ekstremne padavine")
        case .storm: .text("neurja in veter")
        case .landslide: .text("zemeljski plazovi")
        case .wildfire: .text("požari v naravi")
        case .cold: .text("mraz")
        case .other: .text("drugo")
        case .low: .text("nizka")
        case .medium: .text("srednja")
        case .high: .text("visoka")
        case .increasing: .text("narašča")
        case .stable: .text("nespremenjen")
        case .decreasing: .text("upada")
        case .unknown: .text("neznan")
        case .add: .text("Dodaj tveganje")
        case .addButton: .text("Dodaj tveganje")
        case .editTitle: .text("Urejanje tveganja: {kind}")
        case .save: .text("Shrani tveganje")
        case .delete: .text("Izbriši tveganje")
        case .caption: .text("Register podnebnih tveganj")
        case .openData: .text("Tveganja kot JSON (odprti podatki)")
        case .linkedHazards: .text("Tveganja, ki jim ukrep odgovarja")
        case .linkedHazardsHint: .text("Za ukrepe prilagajanja: izberite nevarnosti iz registra mesta.")
        case .risk: .text("Tveganje")
        }
    }

    package var english: Message {
        switch self {
        case .recordHazard: .text("Climate hazard")
        case .recordLink: .text("Link of an action to a hazard")
        case .linkAction: .text("Action")
        case .linkHazard: .text("Hazard")
        case .title: .text("Climate hazards: {city}")
        case .lead:
            .text(
                "The city's register of climate hazards: how likely and how severe they are, where they are heading, whom and what they hit, and the adaptation actions that answer them."
            )
        case .none: .text("The city has no climate hazards registered yet.")
        case .kind: .text("Hazard")
        case .description: .text("Description")
        case .probability: .text("Probability")
        case .impact: .text("Impact")
        case .trend: .text("Trend")
        case .sectors: .text("Sectors affected")
        case .vulnerable: .text("Vulnerable groups")
        case .actions: .text("Adaptation actions")
        case .noActions: .text("no actions yet")
        case .heat: .text("heat")
        case .drought: .text("drought")
        case .flood: .text("floods")
        case .extremePrecipitation: .text("extreme precipitation")
        case .storm: .text("storms and wind")
        case .landslide: .text("landslides")
        case .wildfire: .text("wildfires")
        case .cold: .text("cold")
        case .other: .text("other")
        case .low: .text("low")
        case .medium: .text("medium")
        case .high: .text("high")
        case .increasing: .text("increasing")
        case .stable: .text("stable")
        case .decreasing: .text("decreasing")
        case .unknown: .text("unknown")
        case .add: .text("Add a hazard")
        case .addButton: .text("Add hazard")
        case .editTitle: .text("Editing the hazard: {kind}")
        case .save: .text("Save hazard")
        case .delete: .text("Delete hazard")
        case .caption: .text("Register of climate hazards")
        case .openData: .text("Hazards as JSON (open data)")
        case .linkedHazards: .text("Hazards the action answers")
        case .linkedHazardsHint: .text("For adaptation actions: choose hazards from the city's register.")
        case .risk: .text("Risk")
        }
    }
}

extension HazardKind {
    var text: HazardsText {
        switch self {
        case .heat: .heat
        case .drought: .drought
        case .flood: .flood
        case .extremePrecipitation: .extremePrecipitation
        case .storm: .storm
        case .landslide: .landslide
        case .wildfire: .wildfire
        case .cold: .cold
        case .other: .other
        }
    }
}

extension HazardLevel {
    var text: HazardsText {
        switch self {
        case .low: .low
        case .medium: .medium
        case .high: .high
        }
    }
}

extension HazardTrend {
    var text: HazardsText {
        switch self {
        case .increasing: .increasing
        case .stable: .stable
        case .decreasing: .decreasing
        case .unknown: .unknown
        }
    }
}
