import Foundation

/// Why an input was refused (MODEL.md §7), as a value: the App and the
/// command line put it in the user's language; `english` is the plain text
/// in English.
public enum InputReason: Sendable, Equatable {
    // The file as a whole.
    case invalidJSON(detail: String)
    case scenarioNotObject
    case notAnObject
    case unknownField
    case required
    case notANumber
    case notAWholeYear
    // Scenario fields.
    case cityRequired
    case horizonBeforeBaseline(horizon: Int, baseline: Int)
    case horizonTooFar
    case reductionOutOfRange(Double)
    case yearOutside(year: Int, first: Int, last: Int)
    case targetRequired
    case unknownGWP
    case unknownCoverage
    case factorPoints
    case keyNotYear
    case negativeFactor
    case growthTooLow
    case activitiesRequired
    case distributionIncomplete
    case distributionOrder(min: Double, mode: Double, max: Double)
    case fractionOutOfRange
    // Actions.
    case idRequired
    case duplicateID(id: String, first: String)
    case unknownKind
    case notAFieldOf(kind: String)
    case startAfterFull(start: Int, full: Int)
    case reduceFactorNeedsCarrier
    case negativeRatio
    case carrierRequired
    case gridCarrierWithoutFactor(String)
    case negativeRemoval
    case sharesOverOne(ids: [String], gpc: String, carrier: String, total: Double)
    // Activities and inventory rows.
    case notGPCPrefix(String)
    case unknownGPC(String)
    case unknownCarrier(String)
    case unknownUnit(String?)
    case unknownNotationKey(String?)
    case negativeAmount(Double)
    case negativeEmissionsOutsideLand
    case severalKinds
    case noKind
    case negativeOwnFactor(Double)
    case tooLarge(field: String, value: Double, limit: Double)
    case aboveLimit(value: Double, limit: Double)
    case textTooLong(column: String, length: Int, limit: Int)
    case amountNeedsCarrier
    case amountNeedsUnit
    case unitDoesNotFit(unit: String, carrier: String)
    case gridCarrierNoFactor(String)
    case noCO2Factor(carrier: String, subsector: String)
    // CSV files.
    case emptyFile
    case unreadable(detail: String)
    case duplicateColumn(String)
    case strayQuote
    case unterminatedQuote
    case unknownColumn(String, allowed: [String])
    case missingColumn(String)
    case notANumberText(column: String, value: String)
    case gpcEmpty
    case notOneOf(column: String, value: String, allowed: [String])

    /// The units an activity may have, as listed in messages.
    public static let unitList = ActivityUnit.allCases.map(\.rawValue).joined(separator: ", ")
    /// The action kinds, as listed in messages.
    public static let kindList = ActionKind.allCases.map(\.rawValue).joined(separator: ", ")

    /// The reason in plain English.
    public var english: String {
        switch self {
        case .invalidJSON(let detail): "not valid JSON (\(detail))"
        case .scenarioNotObject: "a scenario must be a JSON object"
        case .notAnObject: "must be an object"
        case .unknownField: "unknown field"
        case .required: "is required"
        case .notANumber: "must be a number"
        case .notAWholeYear: "must be a whole year"
        case .cityRequired: "a city name is required"
        case .horizonBeforeBaseline(let horizon, let baseline): "the horizon \(horizon) is before the baseline year \(baseline)"
        case .horizonTooFar: "more than 200 years after the baseline year"
        case .reductionOutOfRange(let value): "must be between 0 and 1 (\(value))"
        case .yearOutside(let year, let first, let last): "\(year) is outside the years \(first)…\(last)"
        case .targetRequired: "a target { year, reduction } is required"
        case .unknownGWP: "must be AR4, AR5 or AR6"
        case .unknownCoverage: "must be BASIC or BASIC+"
        case .factorPoints: "give points as { \"year\": tCO2e per MWh }"
        case .keyNotYear: "the key must be a year"
        case .negativeFactor: "a factor must not be negative"
        case .growthTooLow: "growth must be above −1 (−100 % a year)"
        case .activitiesRequired: "a list of activities is required"
        case .distributionIncomplete: "a distribution needs min, mode and max"
        case .distributionOrder(let min, let mode, let max): "needs min ≤ mode ≤ max (\(min), \(mode), \(max))"
        case .fractionOutOfRange: "must be between 0 and 1"
        case .idRequired: "an id is required"
        case .duplicateID(let id, let first): "duplicate id \"\(id)\" (also \(first))"
        case .unknownKind: "must be one of \(Self.kindList)"
        case .notAFieldOf(let kind): "not a field of \(kind)"
        case .startAfterFull(let start, let full): "start \(start) is after full \(full)"
        case .reduceFactorNeedsCarrier: "reduce_factor needs the carrier it applies to"
        case .negativeRatio: "must not be negative"
        case .carrierRequired: "a carrier is required"
        case .gridCarrierWithoutFactor(let carrier): "grid carrier \(carrier) has no factor in factors"
        case .negativeRemoval: "a removal must not be negative"
        case .sharesOverOne(let ids, let gpc, let carrier, let total):
            "the shares of \(ids.joined(separator: ", ")) on \(gpc) \(carrier) add up to \(total) > 1"
        case .notGPCPrefix(let text): "\"\(text)\" is no GPC reference or prefix"
        case .unknownGPC(let text): "unknown GPC reference \"\(text)\""
        case .unknownCarrier(let text): "unknown carrier \"\(text)\""
        case .unknownUnit(let text): text.map { "unknown unit \"\($0)\" (\(Self.unitList))" } ?? "unknown unit (\(Self.unitList))"
        case .unknownNotationKey(let text): text.map { "unknown notation_key \"\($0)\" (NO, IE, NE, C)" } ?? "must be NO, IE, NE or C"
        case .negativeAmount(let value): "amount must not be negative (\(value))"
        case .aboveLimit(let value, let limit): "must be at most \(limit) (is \(value))"
        case .textTooLong(let column, let length, let limit): "\(column) has \(length) characters; at most \(limit) are allowed"
        case .tooLarge(let field, let value, let limit):
            "\(field) = \(value) is beyond what a city can have (at most \(limit) in absolute value)"
        case .negativeEmissionsOutsideLand: "emissions_tco2e may be negative only under V.2 (land)"
        case .severalKinds: "give one of amount, emissions_tco2e or notation_key, not several"
        case .noKind: "give an amount (with carrier and unit), emissions_tco2e or notation_key"
        case .negativeOwnFactor(let value): "factor_tco2e_per_unit must not be negative (\(value))"
        case .amountNeedsCarrier: "an amount needs a carrier (or factor_tco2e_per_unit)"
        case .amountNeedsUnit: "an amount needs a unit (\(Self.unitList))"
        case .unitDoesNotFit(let unit, let carrier): "unit \(unit) does not fit carrier \(carrier)"
        case .gridCarrierNoFactor(let carrier):
            "grid carrier \(carrier) has no factor (tCO2e/MWh): give factor_tco2e_per_unit or a factor for the year"
        case .noCO2Factor(let carrier, let subsector): "carrier \(carrier) has no CO2 factor for \(subsector)"
        case .emptyFile: "the file is empty: it needs a header row"
        case .unreadable(let detail): "the file cannot be read (\(detail))"
        case .duplicateColumn(let name): "the column \"\(name)\" appears twice"
        case .strayQuote: "a quote inside a field that does not start with one"
        case .unterminatedQuote: "a quoted field is never closed"
        case .unknownColumn(let name, let allowed): "unknown column \"\(name)\" (allowed: \(allowed.joined(separator: ", ")))"
        case .missingColumn(let name): "the column \"\(name)\" is missing"
        case .notANumberText(let column, let value): "\(column) \"\(value)\" is not a number (use a decimal point, e.g. 1234.5)"
        case .gpcEmpty: "gpc is empty"
        case .notOneOf(let column, let value, let allowed): "\(column) \"\(value)\" is not one of \(allowed.joined(separator: ", "))"
        }
    }
}
