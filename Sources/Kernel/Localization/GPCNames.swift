import ClimateModel

/// The names of the GPC reference numbers (`gpc-reference.csv`) in both
/// languages, so a form lists "I.1.1 Stanovanjske stavbe: izgorevanje goriv
/// v mestu" instead of a bare number. Sub-sectors have a name; a reference
/// under one says which of its emissions it holds.
package enum GPCNames {
    typealias Texts = (sl: String, en: String)

    static let subsectors: [String: Texts] = [
        "I.1": ("Stanovanjske stavbe", "Residential buildings"),
        "I.2": ("Poslovne in javne stavbe ter objekti", "Commercial and institutional buildings and facilities"),
        "I.3": ("Predelovalne dejavnosti in gradbeništvo", "Manufacturing industries and construction"),
        "I.4": ("Energetika", "Energy industries"),
        "I.5": ("Kmetijstvo, gozdarstvo in ribištvo", "Agriculture, forestry and fishing activities"),
        "I.6": ("Drugi viri", "Non-specified sources"),
        "I.7": ("Ubežni izpusti iz premoga", "Fugitive emissions from coal"),
        "I.8": ("Ubežni izpusti iz sistemov nafte in zemeljskega plina", "Fugitive emissions from oil and natural gas systems"),
        "II.1": ("Cestni promet", "On-road transportation"),
        "II.2": ("Železniški promet", "Railways"),
        "II.3": ("Vodni promet", "Waterborne navigation"),
        "II.4": ("Letalski promet", "Aviation"),
        "II.5": ("Necestni promet in stroji", "Off-road transportation"),
        "III.1": ("Odlaganje trdnih odpadkov", "Solid waste disposal"),
        "III.2": ("Biološka obdelava odpadkov", "Biological treatment of waste"),
        "III.3": ("Sežiganje in odprto kurjenje", "Incineration and open burning"),
        "III.4": ("Čiščenje in izpust odpadnih voda", "Wastewater treatment and discharge"),
        "IV.1": ("Industrijski procesi", "Industrial processes"),
        "IV.2": ("Raba izdelkov", "Product use"),
        "V.1": ("Živinoreja", "Livestock"),
        "V.2": ("Zemljišča (lahko negativno: ponori)", "Land (can be negative: removals)"),
        "V.3": ("Zbirni viri in viri izpustov brez CO₂ na zemljiščih", "Aggregate sources and non-CO₂ emission sources on land"),
        "VI.1": ("Drugi posredni izpusti (obseg 3, nikoli v vsotah)", "Other indirect emissions (scope 3, never in totals)"),
    ]

    /// What a reference under a sub-sector holds, by its sector and last number.
    static func part(_ reference: GPCReference) -> Texts? {
        let last = reference.id.split(separator: ".").last.map(String.init) ?? ""
        switch (reference.id, reference.sector, last) {
        case ("I.4.1", _, _): return ("lastna raba energetike (goriva)", "energy-industry own use (fuel combustion)")
        case ("I.4.2", _, _): return ("lastna raba energetike iz omrežja", "energy-industry own use of grid-supplied energy")
        case ("I.4.4", _, _):
            return ("proizvodnja za omrežje (ni v vsoti mesta)", "generation supplied to the grid (not in the city total)")
        case ("I.7.1", _, _):
            return ("pridobivanje, predelava, skladiščenje in prevoz premoga", "mining, processing, storage and transport of coal")
        case ("I.8.1", _, _): return ("sistemi nafte in zemeljskega plina", "oil and natural gas systems")
        case (_, "I", "1"), (_, "II", "1"): return ("izgorevanje goriv v mestu", "fuel combustion within the city")
        case (_, "I", "2"): return ("raba energije iz omrežja", "grid-supplied energy")
        case (_, "II", "2"): return ("energija iz omrežja (npr. električna vozila)", "grid-supplied energy (e.g. electric vehicles)")
        case (_, "I", "3"): return ("izgube pri prenosu in distribuciji", "transmission and distribution losses")
        case (_, "II", "3"): return ("del poti zunaj mesta in izgube v omrežju", "out-of-boundary share of trips and grid losses")
        case (_, "III", "1"): return ("nastali in obdelani v mestu", "generated and treated within the city")
        case (_, "III", "2"): return ("nastali v mestu, obdelani zunaj", "generated within the city, treated outside")
        case (_, "III", "3"):
            return (
                "nastali zunaj, obdelani v mestu (ni v vsoti mesta)", "generated outside, treated within the city (not in the city total)"
            )
        default: return nil
        }
    }
}

extension Localizer {
    /// A GPC reference with its name: "I Stacionarna energija", "I.1
    /// Stanovanjske stavbe", "I.1.1 Stanovanjske stavbe: izgorevanje goriv
    /// v mestu"; the number alone for one the catalogue does not know.
    package func gpc(_ id: String) -> String {
        if let sector = ClimateText.sector(id) { return id + " " + self(sector) }
        func pick(_ texts: GPCNames.Texts) -> String { language == .sl ? texts.sl : texts.en }
        if let name = GPCNames.subsectors[id] { return id + " " + pick(name) }
        guard let reference = ReferenceData.shipped.gpc[id], let name = GPCNames.subsectors[reference.subsector] else { return id }
        return id + " " + pick(name) + (GPCNames.part(reference).map { ": " + pick($0) } ?? "")
    }

    /// Every reference number, or with `prefixes` every sector and
    /// sub-sector too, in GPC order with its name: a form's list.
    package func gpcOptions(prefixes: Bool) -> [(value: String, label: String)] {
        var ids = Set(ReferenceData.shipped.gpc.keys)
        if prefixes {
            for reference in ReferenceData.shipped.gpc.values {
                if ClimateText.sector(reference.sector) != nil { ids.insert(reference.sector) }
                ids.insert(reference.subsector)
            }
        }
        return GPCOrder.sorted(ids).map { ($0, gpc($0)) }
    }
}
