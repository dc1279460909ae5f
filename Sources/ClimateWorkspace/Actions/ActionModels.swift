import ClimateModel
import Fluent
import Foundation
import Kernel

/// One action of a city's portfolio (PRODUCT.md B) with its model effect
/// (MODEL.md §4). A cancelled action stays in the portfolio but leaves the pathway.
package final class CityAction: Model, @unchecked Sendable {
    package static let schema = "actions"

    @ID(key: .id) package var id: UUID?
    /// Goes up with every change (`Versioned`).
    @Field(key: "version") package var version: Int
    @Parent(key: "city_id") package var city: City
    /// A short code, unique in the city (`B1`, `M2`): the action's id in the model.
    @Field(key: "code") package var code: String
    @Field(key: "name") package var name: String
    @Field(key: "description") package var description: String
    @Field(key: "field") package var field: FieldOfAction
    @OptionalField(key: "lever") package var lever: SystemicLever?
    @Field(key: "purpose") package var purpose: ActionPurpose
    @OptionalField(key: "responsible") package var responsible: String?
    @OptionalField(key: "stakeholders") package var stakeholders: String?
    @Field(key: "status") package var status: ActionStatus
    @Field(key: "progress") package var progress: Int
    @OptionalField(key: "start_date") package var startDateText: String?
    @OptionalField(key: "end_date") package var endDateText: String?
    /// Money is kept exact, in whole cents (EU project budgets add up to the cent).
    @OptionalField(key: "capex_cents") package var capexCents: Int64?
    @OptionalField(key: "opex_cents") package var opexCents: Int64?
    @OptionalField(key: "funding") package var funding: String?
    @OptionalField(key: "co_benefits") package var coBenefits: String?
    // The model effect; no kind means the action has none (adaptation, enabling measures).
    @OptionalField(key: "effect_kind") package var effectKind: String?
    @OptionalField(key: "effect_gpc") package var effectGPC: String?
    @OptionalField(key: "effect_carrier") package var effectCarrier: String?
    @OptionalField(key: "effect_to") package var effectTo: String?
    @OptionalField(key: "effect_to_gpc") package var effectToGPC: String?
    @OptionalField(key: "effect_min") package var effectMin: Double?
    @OptionalField(key: "effect_mode") package var effectMode: Double?
    @OptionalField(key: "effect_max") package var effectMax: Double?
    @OptionalField(key: "effect_ratio") package var effectRatio: Double?
    @OptionalField(key: "effect_start") package var effectStart: Int?
    @OptionalField(key: "effect_full") package var effectFull: Int?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) package var deletedAt: Date?

    package init() {
        version = 1
    }

    package var startDate: CalendarDate? { startDateText.flatMap(CalendarDate.init(iso:)) }
    package var endDate: CalendarDate? { endDateText.flatMap(CalendarDate.init(iso:)) }
    package var effect: ActionEffect? {
        get {
            guard let effectKind, let kind = ActionKind(rawValue: effectKind), let effectMode else { return nil }
            return ActionEffect(
                kind: kind, gpc: effectGPC, carrier: effectCarrier, to: effectTo, toGPC: effectToGPC,
                min: effectMin ?? effectMode, mode: effectMode, max: effectMax ?? effectMode, ratio: effectRatio,
                start: effectStart, full: effectFull)
        }
        set {
            effectKind = newValue?.kind.rawValue
            effectGPC = newValue?.gpc
            effectCarrier = newValue?.carrier
            effectTo = newValue?.to
            effectToGPC = newValue?.toGPC
            effectMin = newValue?.min
            effectMode = newValue?.mode
            effectMax = newValue?.max
            effectRatio = newValue?.ratio
            effectStart = newValue?.start
            effectFull = newValue?.full
        }
    }
}

/// The model effect of an action (MODEL.md §4) as a city enters it. `value`
/// is the fraction (reduce_*), the share (switch_carrier) or tCO2e a year
/// (removal), as a triangular distribution when min < max. For a switch,
/// `carrier` is the carrier switched from.
package struct ActionEffect: Sendable, Equatable {
    package var kind: ActionKind
    package var gpc: String?
    package var carrier: String?
    package var to: String?
    package var toGPC: String?
    package var min: Double
    package var mode: Double
    package var max: Double
    package var ratio: Double?
    package var start: Int?
    package var full: Int?

    /// The action as a scenario file writes it (MODEL.md §3), for the model to check and run.
    package func json(id: String) -> [String: Any] {
        var object: [String: Any] = ["id": id, "kind": kind.rawValue]
        let value: Any = min == max ? mode : ["min": min, "mode": mode, "max": max]
        var target: [String: Any] = [:]
        if let gpc { target["gpc"] = gpc }
        switch kind {
        case .reduceActivity:
            target["carrier"] = carrier ?? "*"
            object["fraction"] = value
        case .reduceFactor:
            if let carrier { target["carrier"] = carrier }
            object["fraction"] = value
        case .reduceDirect:
            object["fraction"] = value
        case .switchCarrier:
            // Absent when not chosen: the model then says which is missing.
            if let carrier { object["from"] = carrier }
            if let to { object["to"] = to }
            if let toGPC { object["to_gpc"] = toGPC }
            if let ratio { object["ratio"] = ratio }
            object["share"] = value
        case .removal:
            object["tco2e"] = value
        }
        if !target.isEmpty { object["target"] = target }
        if let start { object["start"] = start }
        if let full { object["full"] = full }
        return object
    }
}

/// A dated note on an action's status and progress; the trail of how it went.
package final class ActionUpdate: Model, @unchecked Sendable {
    package static let schema = "action_updates"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "action_id") package var action: CityAction
    @Field(key: "city_id") package var cityID: UUID
    @Field(key: "date") package var dateText: String
    @Field(key: "status") package var status: ActionStatus
    @Field(key: "progress") package var progress: Int
    @Field(key: "note") package var note: String
    @Field(key: "author") package var author: String
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?

    package init() {}

    package init(action: CityAction, date: CalendarDate, note: String, author: String) throws {
        self.$action.id = try action.requireID()
        self.cityID = action.$city.id
        self.dateText = date.iso
        self.status = action.status
        self.progress = action.progress
        self.note = note
        self.author = author
    }
}

extension CityAction: Versioned {
    package static var auditType: String { "action" }
    package var auditCityID: UUID? { $city.id }
    package var auditFields: [String: String?] {
        [
            "code": code, "name": name, "description": description, "field": field.rawValue, "lever": lever?.rawValue,
            "purpose": purpose.rawValue, "responsible": responsible, "stakeholders": stakeholders, "status": status.rawValue,
            "progress": String(progress), "start_date": startDateText, "end_date": endDateText, "capex_eur": capexEUR.map { String($0) },
            "opex_eur": opexEUR.map { String($0) }, "funding": funding, "co_benefits": coBenefits, "effect_kind": effectKind,
            "effect_gpc": effectGPC, "effect_carrier": effectCarrier, "effect_to": effectTo, "effect_to_gpc": effectToGPC,
            "effect_min": effectMin.map { String($0) }, "effect_mode": effectMode.map { String($0) },
            "effect_max": effectMax.map { String($0) }, "effect_ratio": effectRatio.map { String($0) },
            "effect_start": effectStart.map(String.init), "effect_full": effectFull.map(String.init),
        ]
    }
}

extension ActionUpdate: Audited {
    package static var auditType: String { "action_update" }
    package var auditCityID: UUID? { cityID }
    package var auditFields: [String: String?] {
        ["date": dateText, "status": status.rawValue, "progress": String(progress), "note": note]
    }
}

extension CityAction {
    /// Investment in euros, read and written through the exact cents.
    package var capexEUR: Double? {
        get { capexCents.map { Double($0) / 100 } }
        set { capexCents = newValue.map(Money.cents) }
    }

    /// Yearly operating cost in euros, likewise.
    package var opexEUR: Double? {
        get { opexCents.map { Double($0) / 100 } }
        set { opexCents = newValue.map(Money.cents) }
    }
}
