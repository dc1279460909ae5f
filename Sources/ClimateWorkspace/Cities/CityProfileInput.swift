import Foundation
import Kernel

/// The editable fields of a city profile, as text, checked by one set of
/// rules for the form and for `PATCH /api/v1/cities/{slug}`. Every problem is
/// reported at once, each under its field.
struct CityProfileInput: Sendable {
    /// Field name → text. A field that is absent is left as it is.
    var values: [String: String]

    static let fields = [
        "name", "official_name", "population", "area_km2", "mission_status", "mission_label_date",
        "baseline_year", "target_year", "target_reduction_percent", "website", "data_note",
    ]

    /// The city's current values, for the form.
    init(_ city: City, _ t: Localizer) {
        values = [
            "name": city.name, "official_name": city.officialName, "population": String(city.population),
            "area_km2": city.areaKm2.map { t.language == .sl ? Self.plain($0).replacingOccurrences(of: ".", with: ",") : Self.plain($0) }
                ?? "",
            "mission_status": city.missionStatus.rawValue, "mission_label_date": city.missionLabelDateText ?? "",
            "baseline_year": city.baselineYear.map(String.init) ?? "", "target_year": city.targetYear.map(String.init) ?? "",
            "target_reduction_percent": city.targetReduction.map { Self.plain(($0 * 1000).rounded() / 10) } ?? "",
            "website": city.website ?? "", "data_note": city.dataNote ?? "",
        ]
    }

    init(values: [String: String]) {
        self.values = values
    }

    /// Checks every present field and, if all are valid, applies them to `city`.
    /// - Returns: the problems by field (empty when the city was changed).
    func validate(_ t: Localizer) -> FormState {
        var state = FormState(values: values)
        state.limitLengths(["name": 100, "official_name": 200, "website": 500, "data_note": 5000], t)
        func text(_ field: String) -> String? { values[field]?.trimmingCharacters(in: .whitespacesAndNewlines) }
        for field in ["name", "official_name", "population"] where text(field)?.isEmpty == true {
            state.fail(field, t(CoreText.required))
        }
        if let population = text("population"), !population.isEmpty, Self.integer(population).map({ Self.population.contains($0) }) != true
        {
            state.fail("population", t(CityEditText.wholeNumber, ["max": t.integer(Self.population.upperBound)]))
        }
        if let area = text("area_km2"), !area.isEmpty, Self.decimal(area).map({ Self.area.contains($0) }) != true {
            state.fail("area_km2", t.numberBetween(Self.area))
        }
        if let status = text("mission_status"), MissionStatus(rawValue: status) == nil {
            state.fail("mission_status", t(CoreText.choose))
        }
        if let date = text("mission_label_date"), !date.isEmpty, CalendarDate(iso: date) == nil {
            state.fail("mission_label_date", t(CityEditText.isoDate))
        }
        for field in ["baseline_year", "target_year"] {
            if let year = text(field), !year.isEmpty, Self.integer(year).map({ (1990...2100).contains($0) }) != true {
                state.fail(field, t(CityEditText.year))
            }
        }
        if let baseline = text("baseline_year").flatMap(Self.integer), let target = text("target_year").flatMap(Self.integer),
            target <= baseline
        {
            state.fail("target_year", t(CityEditText.targetAfterBaseline))
        }
        if let percent = text("target_reduction_percent"), !percent.isEmpty, Self.decimal(percent).map({ (0...100).contains($0) }) != true {
            state.fail("target_reduction_percent", t(CityEditText.percent))
        }
        if let website = text("website"), !website.isEmpty, website.safeWebAddress == nil {
            state.fail("website", t(CityEditText.webAddress))
        }
        return state
    }

    /// Applies the present fields to `city`; call only after `validate` found nothing.
    func apply(to city: City) {
        func text(_ field: String) -> String? { values[field]?.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let name = text("name") { city.name = name }
        if let official = text("official_name") { city.officialName = official }
        if let population = text("population").flatMap(Self.integer) { city.population = population }
        if let area = text("area_km2") { city.areaKm2 = Self.decimal(area) }
        if let status = text("mission_status").flatMap(MissionStatus.init(rawValue:)) { city.missionStatus = status }
        if let date = text("mission_label_date") { city.missionLabelDateText = date.isEmpty ? nil : date }
        if let year = text("baseline_year") { city.baselineYear = Self.integer(year) }
        if let year = text("target_year") { city.targetYear = Self.integer(year) }
        if let percent = text("target_reduction_percent") { city.targetReduction = Self.decimal(percent).map { $0 / 100 } }
        if let website = text("website") { city.website = website.isEmpty ? nil : website }
        if let note = text("data_note") { city.dataNote = note.isEmpty ? nil : note }
    }

    /// Sane ranges: no municipality has more people or a larger area (Slovenia is about 20,000 km²).
    static let population = 0...100_000_000
    static let area: ClosedRange<Double> = 0.01...100_000

    static func integer(_ text: String) -> Int? { NumberInput.integer(text) }
    static func decimal(_ text: String) -> Double? { NumberInput.decimal(text) }

    private static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
