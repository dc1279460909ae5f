import ClimateModel
import Fluent
import Foundation
import Kernel

/// The inventory forms read once, for the pages and the API alike: a new
/// inventory (year, GWP set, coverage) and a row (an activity, its source and
/// quality), each number in the reader's habits.
enum InventoryInput {
    /// A new inventory as the form or the API asked for it.
    struct New {
        let year: Int
        let gwp: GWPSet
        let coverage: Coverage
    }

    /// A new inventory, or every problem with it: a year the city already has is refused.
    static func readNew(_ fields: FormFields, cityID: UUID, _ t: Localizer, on database: any Database) async throws -> (
        FormState, New?
    ) {
        var form = FormReader(fields, t)
        let year = form.year("year", required: true, message: t(CoreText.year))
        let gwp = form.choice("gwp", GWPSet.self)
        let coverage = form.choice("coverage", Coverage.self)
        if let year, try await InventoryQuery.inventory(cityID: cityID, year: year, on: database) != nil {
            form.fail("year", t(InventoryText.yearTaken, ["year": String(year)]))
        }
        guard form.isValid, let year, let gwp, let coverage else { return (form.state, nil) }
        return (form.state, New(year: year, gwp: gwp, coverage: coverage))
    }

    /// A row of the add-row or edit-row form.
    struct Row {
        let activity: Activity
        let dataSource: String?
        let quality: DataQuality?
    }

    /// A row as typed, or every problem with its fields (the model's checks come after).
    static func readRow(_ fields: FormFields, _ t: Localizer) -> (FormState, Row?) {
        var form = FormReader(fields, t)
        let gpc = form.text("gpc", max: 20, required: true)
        let carrier = form.text("carrier", max: 40)
        // Any size here: the model says which amounts are too large, and why.
        func number(_ name: String) -> Double? {
            form.decimal(name, in: -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude, message: t(CoreText.positiveNumber))
        }
        let amount = number("amount")
        let unit = form.raw("unit").flatMap(ActivityUnit.init)
        let factor = number("factor_tco2e_per_unit")
        let emissions = number("emissions_tco2e")
        let notationKey = form.raw("notation_key").flatMap(NotationKey.init)
        let dataSource = form.text("data_source", max: InventoryFile.dataSourceLimit)
        let quality = form.choice("quality", DataQuality.self, required: false)
        guard form.isValid, let gpc else { return (form.state, nil) }
        let activity = Activity(
            gpc: gpc, carrier: carrier, amount: amount, unit: unit, factorTCO2ePerUnit: factor, emissionsTCO2e: emissions,
            notationKey: notationKey)
        return (form.state, Row(activity: activity, dataSource: dataSource, quality: quality))
    }

    /// The form field a model problem belongs to.
    static func field(for reason: InputReason) -> String {
        switch reason {
        case .unknownGPC, .notGPCPrefix: "gpc"
        case .unknownCarrier, .amountNeedsCarrier, .noCO2Factor, .gridCarrierNoFactor: "carrier"
        case .unknownUnit, .amountNeedsUnit, .unitDoesNotFit: "unit"
        case .negativeAmount: "amount"
        case .negativeOwnFactor: "factor_tco2e_per_unit"
        case .tooLarge(let field, _, _): field
        case .negativeEmissionsOutsideLand: "emissions_tco2e"
        case .unknownNotationKey: "notation_key"
        default: "amount"
        }
    }
}
