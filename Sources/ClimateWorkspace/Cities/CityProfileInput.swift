import Foundation
import Kernel

/// The editable fields of a city profile, as text, checked by one set of
/// rules for the form and for `PATCH /api/v1/cities/{slug}`. Every problem is
/// reported at once, each under its field.
struct CityProfileInput: Sendable {
    /// Field name → text as typed. A field that is absent is left as it is.
    var values: [String: String]

    static let fields = [
        "name", "official_name", "name_genitive", "name_locative", "population", "area_km2", "mission_status", "mission_label_date",
        "baseline_year", "target_year", "target_reduction_percent", "website", "data_note",
    ]

    /// The city's current values, for the form.
    init(_ city: City, _ t: Localizer) {
        values = [
            "name": city.name, "official_name": city.officialName, "name_genitive": city.nameGenitive ?? "",
            "name_locative": city.nameLocative ?? "", "population": String(city.population),
            "area_km2": NumberInput.text(city.areaKm2, t.language),
            "mission_status": city.missionStatus.rawValue, "mission_label_date": city.missionLabelDateText ?? "",
            "baseline_year": city.baselineYear.map(String.init) ?? "", "target_year": city.targetYear.map(String.init) ?? "",
            "target_reduction_percent": NumberInput.text(city.targetReduction.map { ($0 * 1000).rounded() / 10 }, t.language),
            "website": city.website ?? "", "data_note": city.dataNote ?? "",
        ]
    }

    init(values: [String: String], numbers: [String: Double] = [:]) {
        self.values = values.filter { Self.fields.contains($0.key) }
        self.numbers = numbers.filter { Self.fields.contains($0.key) }
    }

    /// Numbers that came as numbers (the API); they win over `values`.
    var numbers: [String: Double] = [:]

    /// Reads every present field (an absent one is left as it is) and, if
    /// all are valid, applies them to `city`.
    /// - Returns: the problems by field (none when the city was changed).
    func read(into city: City, _ t: Localizer) -> FormState {
        var form = FormReader(FormFields(values, numbers: numbers), t)
        func given(_ field: String) -> Bool { form.has(field) }
        let name = given("name") ? form.text("name", max: 100, required: true) : nil
        let official = given("official_name") ? form.text("official_name", max: 200, required: true) : nil
        let genitive = form.text("name_genitive", max: 100)
        let locative = form.text("name_locative", max: 100)
        // A place is said with its preposition: "v Kranju", "na Ptuju".
        if let locative, !["v ", "na ", "pri "].contains(where: { locative.lowercased().hasPrefix($0) }) {
            form.fail("name_locative", t(CityEditText.nameLocativePreposition))
        }
        let population = given("population") ? form.integer("population", in: Self.population, required: true) : nil
        let area = form.decimal("area_km2", in: Self.area)
        let status = given("mission_status") ? form.choice("mission_status", MissionStatus.self) : nil
        let labelDate = form.date("mission_label_date")
        let baseline = form.year("baseline_year")
        let target = form.year("target_year")
        // The years are checked together, against the stored one when only one is sent.
        if let baseline = given("baseline_year") ? baseline : city.baselineYear,
            let target = given("target_year") ? target : city.targetYear, target <= baseline, !form.failed("target_year")
        {
            form.fail("target_year", t(CityEditText.targetAfterBaseline))
        }
        let reduction = form.decimal("target_reduction_percent", in: 0...100, message: t(CoreText.percent))
        let website = form.text("website", max: 500)
        if let website, website.safeWebAddress == nil { form.fail("website", t(CoreText.webAddress)) }
        let note = form.text("data_note", max: 5000)
        guard form.isValid else { return form.state }
        if let name { city.name = name }
        if let official { city.officialName = official }
        if given("name_genitive") { city.nameGenitive = genitive }
        if given("name_locative") { city.nameLocative = locative }
        if let population { city.population = population }
        if given("area_km2") { city.areaKm2 = area }
        if let status { city.missionStatus = status }
        if given("mission_label_date") { city.missionLabelDateText = labelDate?.iso }
        if given("baseline_year") { city.baselineYear = baseline }
        if given("target_year") { city.targetYear = target }
        if given("target_reduction_percent") { city.targetReduction = reduction.map { $0 / 100 } }
        if given("website") { city.website = website }
        if given("data_note") { city.dataNote = note }
        return form.state
    }

    /// Sane ranges: no municipality has more people or a larger area (Slovenia is about 20,000 km²).
    static let population = 0...100_000_000
    static let area: ClosedRange<Double> = 0.01...100_000
}
