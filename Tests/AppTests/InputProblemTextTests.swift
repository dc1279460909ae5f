import ClimateModel
import Foundation
import Testing

@testable import ClimateWorkspace
@testable import Kernel
@testable import ZavezaApp
@testable import ZavezaCLI

@Suite("The climate model's input problems in both languages")
struct InputProblemTextTests {
    /// One of every reason.
    static let reasons: [InputReason] = [
        .invalidJSON(detail: "x"), .scenarioNotObject, .notAnObject, .unknownField, .required, .notANumber, .notAWholeYear,
        .cityRequired, .horizonBeforeBaseline(horizon: 2010, baseline: 2018), .horizonTooFar, .reductionOutOfRange(1.5),
        .yearOutside(year: 2060, first: 2018, last: 2050), .targetRequired, .unknownGWP, .unknownCoverage, .factorPoints, .keyNotYear,
        .negativeFactor, .growthTooLow, .activitiesRequired, .distributionIncomplete, .distributionOrder(min: 0.5, mode: 0.2, max: 0.6),
        .fractionOutOfRange, .idRequired, .duplicateID(id: "A", first: "actions[0]"), .unknownKind, .notAFieldOf(kind: "removal"),
        .startAfterFull(start: 2027, full: 2025), .reduceFactorNeedsCarrier, .negativeRatio, .carrierRequired,
        .gridCarrierWithoutFactor("electricity"), .negativeRemoval,
        .sharesOverOne(ids: ["S1", "S2"], gpc: "I.1.1", carrier: "heating_oil", total: 1.1), .notGPCPrefix("I.9"),
        .unknownGPC("I.9.9"), .unknownCarrier("kryptonite"), .unknownUnit("barrel"), .unknownUnit(nil), .unknownNotationKey("XX"),
        .unknownNotationKey(nil), .negativeAmount(-1), .negativeEmissionsOutsideLand, .severalKinds, .noKind, .negativeOwnFactor(-2),
        .amountNeedsCarrier, .amountNeedsUnit, .unitDoesNotFit(unit: "m3", carrier: "diesel"), .gridCarrierNoFactor("electricity"),
        .noCO2Factor(carrier: "wood", subsector: "I.4"), .emptyFile, .unreadable(detail: "x"), .duplicateColumn("gpc"), .strayQuote,
        .unterminatedQuote, .unknownColumn("colour", allowed: ["gpc"]), .missingColumn("gpc"),
        .notANumberText(column: "amount", value: "abc"), .gpcEmpty,
    ]

    @Test("every reason has a Slovenian text of its own; English is the model's")
    func everyReason() {
        let sl = Localizer(.sl)
        let en = Localizer(.en)
        for reason in Self.reasons {
            #expect(en.reason(reason) == reason.english)
            #expect(sl.reason(reason) != reason.english, "\(reason) has no Slovenian text")
            #expect(!sl.reason(reason).isEmpty)
        }
        #expect(sl.reason(.reductionOutOfRange(-1.5)) == "mora biti med 0 in 1 (\u{2212}1,5)")
    }

    @Test("a bad inventory file: every line's problem, in Slovenian by line")
    func inventoryFile() {
        let text = "gpc,amount,unit\nI.9,1,MWh\nI.1.1,1,barrel\n"
        guard case .failure(let errors) = InventoryCSV.compute(text) else {
            Issue.record("a bad file was accepted")
            return
        }
        let sl = errors.problems.map(Localizer(.sl).problem)
        let en = errors.problems.map(Localizer(.en).problem)
        #expect(sl.first == "vrstica 2: neznan sklic GPC \"I.9\"")
        #expect(sl.last?.hasPrefix("vrstica 3: neznana enota \"barrel\"") == true)
        #expect(en.first == "line 2: unknown GPC reference \"I.9\"")
    }

    @Test("a bad scenario file: JSON paths stay as they are")
    func scenarioFile() {
        let text = #"{"city": "x", "baseline_year": 2020, "horizon": 2030, "activities": [], "actions": [{"id": "a", "kind": "nope"}]}"#
        guard case .failure(let errors) = ScenarioFile.read(Data(text.utf8)) else {
            Issue.record("a bad file was accepted")
            return
        }
        let sl = errors.problems.map(Localizer(.sl).problem)
        #expect(sl.contains("target: cilj { year, reduction } je obvezen"))
        #expect(sl.contains { $0.hasPrefix("actions[0].kind: mora biti ena od vrst: reduce_activity") })
    }
}
