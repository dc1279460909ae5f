import ClimateModel
import Foundation

/// The climate model's input problems (MODEL.md §7) in the user's language:
/// where (a JSON path, or a CSV line) and why. English is the model's own
/// text; Slovenian is written here, one case for each reason, so the
/// compiler finds a reason without its Slovenian text.
extension Localizer {
    package func problem(_ problem: InputProblem) -> String {
        location(problem.location) + ": " + reason(problem.reason)
    }

    package func location(_ location: InputProblem.Location) -> String {
        switch (location, language) {
        case (.path(let path), _): path
        case (.line(let line), .sl): "vrstica \(line)"
        case (.line(let line), .en): "line \(line)"
        }
    }

    package func reason(_ reason: InputReason) -> String {
        switch language {
        case .en: reason.english
        case .sl: slovenian(reason)
        }
    }

    /// A number as the model wrote it, with the Slovenian decimal comma and minus sign.
    private func number(_ value: Double) -> String {
        String(value).replacingOccurrences(of: ".", with: ",").replacingOccurrences(of: "-", with: "\u{2212}")
    }

    private func slovenian(_ reason: InputReason) -> String {
        switch reason {
        case .invalidJSON(let detail): "ni veljaven JSON (\(detail))"
        case .scenarioNotObject: "scenarij mora biti objekt JSON"
        case .notAnObject: "mora biti objekt"
        case .unknownField: "neznano polje"
        case .required: "je obvezno"
        case .notANumber: "mora biti število"
        case .notAWholeYear: "mora biti letnica (celo število)"
        case .cityRequired: "ime mesta je obvezno"
        case .horizonBeforeBaseline(let horizon, let baseline): "obzorje \(horizon) je pred izhodiščnim letom \(baseline)"
        case .horizonTooFar: "več kot 200 let po izhodiščnem letu"
        case .reductionOutOfRange(let value): "mora biti med 0 in 1 (\(number(value)))"
        case .yearOutside(let year, let first, let last): "\(year) je zunaj let \(first)–\(last)"
        case .targetRequired: "cilj { year, reduction } je obvezen"
        case .unknownGWP: "mora biti AR4, AR5 ali AR6"
        case .unknownCoverage: "mora biti BASIC ali BASIC+"
        case .factorPoints: "točke podajte kot { \"leto\": t CO₂e na MWh }"
        case .keyNotYear: "ključ mora biti letnica"
        case .negativeFactor: "faktor ne sme biti negativen"
        case .growthTooLow: "rast mora biti večja od −1 (−100 % na leto)"
        case .activitiesRequired: "seznam dejavnosti (activities) je obvezen"
        case .distributionIncomplete: "porazdelitev potrebuje min, mode in max"
        case .distributionOrder(let min, let mode, let max):
            "veljati mora min ≤ mode ≤ max (\(number(min)); \(number(mode)); \(number(max)))"
        case .fractionOutOfRange: "mora biti med 0 in 1"
        case .idRequired: "oznaka (id) je obvezna"
        case .duplicateID(let id, let first): "oznaka \"\(id)\" se ponovi (tudi \(first))"
        case .unknownKind: "mora biti ena od vrst: \(InputReason.kindList)"
        case .notAFieldOf(let kind): "ni polje ukrepa vrste \(kind)"
        case .startAfterFull(let start, let full): "začetek (\(start)) je za letom polnega učinka (\(full))"
        case .reduceFactorNeedsCarrier: "reduce_factor potrebuje energent, za katerega velja"
        case .negativeRatio: "ne sme biti negativno"
        case .carrierRequired: "energent je obvezen"
        case .gridCarrierWithoutFactor(let carrier): "omrežni energent \(carrier) nima faktorja v factors"
        case .negativeRemoval: "odvzem ne sme biti negativen"
        case .sharesOverOne(let ids, let gpc, let carrier, let total):
            "deleži \(ids.joined(separator: ", ")) na \(gpc) \(carrier) skupaj znašajo \(number(total)) > 1"
        case .notGPCPrefix(let text): "\"\(text)\" ni sklic GPC ali njegova predpona"
        case .unknownGPC(let text): "neznan sklic GPC \"\(text)\""
        case .unknownCarrier(let text): "neznan energent \"\(text)\""
        case .unknownUnit(let text):
            text.map { "neznana enota \"\($0)\" (\(InputReason.unitList))" } ?? "neznana enota (\(InputReason.unitList))"
        case .unknownNotationKey(let text):
            text.map { "neznan notacijski ključ \"\($0)\" (NO, IE, NE, C)" } ?? "mora biti NO, IE, NE ali C"
        case .negativeAmount(let value): "količina ne sme biti negativna (\(number(value)))"
        case .aboveLimit(let value, let limit): "je lahko največ \(number(limit)) (zdaj \(number(value)))"
        case .textTooLong(let column, let length, let limit): "\(column) ima \(length) znakov, dovoljenih je največ \(limit)"
        case .tooLarge(let field, let value, let limit):
            "vrednost \(field) = \(number(value)) je zunaj mogočega za mesto (po absolutni vrednosti največ \(number(limit)))"
        case .negativeEmissionsOutsideLand: "emissions_tco2e je lahko negativen le pod V.2 (zemljišča)"
        case .severalKinds: "podajte eno od amount, emissions_tco2e ali notation_key, ne več hkrati"
        case .noKind: "podajte količino (z energentom in enoto), emissions_tco2e ali notation_key"
        case .negativeOwnFactor(let value): "factor_tco2e_per_unit ne sme biti negativen (\(number(value)))"
        case .amountNeedsCarrier: "količina potrebuje energent (ali factor_tco2e_per_unit)"
        case .amountNeedsUnit: "količina potrebuje enoto (\(InputReason.unitList))"
        case .unitDoesNotFit(let unit, let carrier): "enota \(unit) ne ustreza energentu \(carrier)"
        case .gridCarrierNoFactor(let carrier):
            "omrežni energent \(carrier) nima faktorja (t CO₂e/MWh): podajte factor_tco2e_per_unit ali faktor za leto"
        case .noCO2Factor(let carrier, let subsector): "energent \(carrier) nima faktorja CO₂ za \(subsector)"
        case .emptyFile: "datoteka je prazna: potrebuje vrstico z imeni stolpcev"
        case .unreadable(let detail): "datoteke ni mogoče prebrati (\(detail))"
        case .duplicateColumn(let name): "stolpec \"\(name)\" se pojavi dvakrat"
        case .strayQuote: "narekovaj sredi polja, ki se z njim ne začne"
        case .unterminatedQuote: "polje v narekovajih ni zaprto"
        case .unknownColumn(let name, let allowed): "neznan stolpec \"\(name)\" (dovoljeni: \(allowed.joined(separator: ", ")))"
        case .missingColumn(let name): "manjka stolpec \"\(name)\""
        case .notANumberText(let column, let value): "\(column) \"\(value)\" ni število (uporabite decimalno piko, npr. 1234.5)"
        case .gpcEmpty: "gpc je prazen"
        case .notOneOf(let column, let value, let allowed): "\(column) \"\(value)\" ni ena od možnosti \(allowed.joined(separator: ", "))"
        }
    }
}
