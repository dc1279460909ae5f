import Foundation
import Testing

@testable import ClimateModel

/// Expected values are worked out by hand from the shipped factors
/// (fuel-factors-ipcc2006.csv, gwp.csv); the arithmetic is written out.
@Suite("Inventory: units, per-gas emissions, coverage, bad input")
struct InventoryTests {
    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(b)) }

    @Test(
        "every unit becomes energy",
        arguments: [
            // (amount, unit, carrier, expected MWh)
            (2_000.0, ActivityUnit.kWh, "natural_gas", 2.0),
            (2.0, .MWh, "natural_gas", 2.0),
            (2.0, .GWh, "natural_gas", 2_000.0),
            (36.0, .GJ, "natural_gas", 10.0),  // 36 / 3.6
            (0.036, .TJ, "natural_gas", 10.0),  // 0.036 × 1000 / 3.6
            (1.0, .t, "diesel", 43.0 / 3.6),  // 1 t × 43.0 GJ/t
            (1_000.0, .kg, "lignite", 11.9 / 3.6),  // 1 t × 11.9 GJ/t
            (1_000.0, .L, "gasoline", 0.745 * 44.3 / 3.6),  // 745 kg = 0.745 t × 44.3 GJ/t
            (1_000.0, .L, "lpg", 0.54 * 47.3 / 3.6),
            (1_000.0, .m3, "natural_gas", 34.0 / 3.6),  // 1000 m3 × 34.0 MJ = 34 GJ
        ])
    func units(amount: Double, unit: ActivityUnit, carrier: String, expected: Double) throws {
        let energy = try unit.megawattHours(amount, of: carrier, .shipped).get()
        #expect(Self.close(energy, expected))
    }

    @Test(
        "a unit that does not fit its carrier is refused",
        arguments: [
            (ActivityUnit.L, "other_bituminous_coal"), (.m3, "diesel"), (.t, "electricity"), (.L, "district_heat"), (.kg, "solar_thermal"),
        ])
    func unfitting(unit: ActivityUnit, carrier: String) {
        #expect(throws: UnitProblem.unitDoesNotFit) { try unit.megawattHours(1, of: carrier, .shipped).get() }
    }

    @Test("natural gas in homes: CO2, CH4 and N2O from the residential column, AR5")
    func naturalGas() {
        // 100 MWh = 0.36 TJ; CO2 = 0.36 × 56100 / 1000 = 20.196 t; CH4 = 0.36 × 5 / 1000 = 0.0018 t;
        // N2O = 0.36 × 0.1 / 1000 = 0.000036 t; tCO2e = 20.196 + 0.0018 × 28 + 0.000036 × 265.
        let e = Inventory.fuelEmission(carrier: "natural_gas", megawattHours: 100, subsector: "I.1")
        #expect(Self.close(e.co2T, 20.196))
        #expect(Self.close(e.ch4T, 0.0018))
        #expect(Self.close(e.n2oT, 0.000036))
        #expect(Self.close(e.tco2e(ch4GWP: 28, n2oGWP: 265), 20.196 + 0.0018 * 28 + 0.000036 * 265))
    }

    @Test("diesel on roads uses the road column; wood's CO2 is biogenic and outside the total")
    func roadAndBiogenic() {
        // 1000 L diesel = 840 kg = 0.84 t × 43.0 GJ/t = 36.12 GJ = 0.03612 TJ.
        let diesel = Inventory.fuelEmission(carrier: "diesel", megawattHours: 36.12 / 3.6, subsector: "II.1")
        #expect(Self.close(diesel.co2T, 0.03612 * 74100 / 1000))
        #expect(Self.close(diesel.ch4T, 0.03612 * 3.9 / 1000))
        #expect(Self.close(diesel.n2oT, 0.03612 * 3.9 / 1000))
        // 10 t wood × 15.6 GJ/t = 156 GJ = 0.156 TJ; CO2 = 0.156 × 112000 / 1000 = 17.472 t (biogenic).
        let wood = Inventory.fuelEmission(carrier: "wood", megawattHours: 156 / 3.6, subsector: "I.1")
        #expect(wood.co2T == 0)
        #expect(Self.close(wood.biogenicCO2T, 17.472))
        let woodCH4: Double = 0.156 * 300 / 1000 * 28
        let woodN2O: Double = 0.156 * 4 / 1000 * 265
        #expect(Self.close(wood.tco2e(ch4GWP: 28, n2oGWP: 265), woodCH4 + woodN2O))
        // Heating oil has no road column: no CH4/N2O there, but its CO2 counts.
        let oil = Inventory.fuelEmission(carrier: "heating_oil", megawattHours: 1000 / 3.6, subsector: "II.1")
        #expect(oil.ch4T == 0 && oil.n2oT == 0 && Self.close(oil.co2T, 74.1))
    }

    static let inventory = """
        gpc,carrier,amount,unit,factor_tco2e_per_unit,emissions_tco2e,notation_key
        I.1.1,natural_gas,100,MWh,,,
        I.1.1,wood,10,t,,,
        I.2.1,natural_gas,1000,m3,,,
        I.1.2,electricity,100,MWh,0.25,,
        II.1.1,diesel,1000,L,,,
        III.1.2,,,,,12000,
        I.4.4,,,,,500,
        I.1.3,,,,,100,
        V.2,,,,,-300,
        I.7.1,,,,,,NO
        """

    @Test("a whole inventory in BASIC: totals by sector, scope and gas; outside rows and notation keys listed")
    func basic() throws {
        let totals = try InventoryCSV.compute(Self.inventory).get()
        let gas: Double = 20.196 + 0.0018 * 28 + 0.000036 * 265
        let woodCH4: Double = 0.156 * 300 / 1000 * 28
        let woodN2O: Double = 0.156 * 4 / 1000 * 265
        let wood = woodCH4 + woodN2O
        let commercialCO2: Double = 0.034 * 56100 / 1000
        let commercialOther: Double = 0.034 * 5 / 1000 * 28 + 0.034 * 0.1 / 1000 * 265
        let commercialGas = commercialCO2 + commercialOther
        let electricity: Double = 100 * 0.25
        let dieselCO2: Double = 0.03612 * 74100 / 1000
        let dieselOther: Double = 0.03612 * 3.9 / 1000 * 28 + 0.03612 * 3.9 / 1000 * 265
        let diesel = dieselCO2 + dieselOther
        let sectorI = gas + wood + commercialGas + electricity
        #expect(Self.close(totals.bySector["I"]!, sectorI))
        #expect(Self.close(totals.bySector["II"]!, diesel))
        #expect(Self.close(totals.bySector["III"]!, 12000))
        #expect(totals.bySector["V"] == 0)
        #expect(Self.close(totals.totalTCO2e, sectorI + diesel + 12000))
        #expect(Self.close(totals.byScope["2"]!, 25))
        #expect(Self.close(totals.byScope["3"]!, 12000))
        #expect(Self.close(totals.byGasT["CO2"]!, 20.196 + commercialCO2 + dieselCO2))
        #expect(Self.close(totals.co2eUnsplitTCO2e, 25 + 12000))
        #expect(Self.close(totals.biogenicCO2T, 17.472))
        // I.4.4 is never in a total; I.1.3 and V.2 are BASIC+ only.
        #expect(Self.close(totals.outsideTotalTCO2e, 500 + 100 - 300))
        #expect(totals.notationKeys == [NotationEntry(gpc: "I.7.1", key: .NO)])
    }

    @Test("BASIC+ counts I.1.3 and the land sink of V.2; AR6 changes the gas weights")
    func basicPlusAndAR6() throws {
        let basic = try InventoryCSV.compute(Self.inventory).get()
        let plus = try InventoryCSV.compute(Self.inventory, coverage: .basicPlus).get()
        #expect(Self.close(plus.totalTCO2e, basic.totalTCO2e + 100 - 300))
        #expect(Self.close(plus.outsideTotalTCO2e, 500))
        #expect(Self.close(plus.bySector["V"]!, -300))
        let ar6 = try InventoryCSV.compute(Self.inventory, gwp: .ar6).get()
        let ch4 = basic.byGasT["CH4"]!
        let n2o = basic.byGasT["N2O"]!
        #expect(Self.close(ar6.totalTCO2e - basic.totalTCO2e, ch4 * (27.9 - 28) + n2o * (273 - 265)))
    }

    @Test("every problem of a bad file is reported at once, with its line")
    func badInput() {
        let text = """
            gpc,carrier,amount,unit,factor_tco2e_per_unit,emissions_tco2e,notation_key
            I.9.9,natural_gas,1,MWh,,,
            I.1.1,unobtainium,1,MWh,,,
            I.1.1,diesel,1,m3,,,
            I.1.1,natural_gas,-5,MWh,,,
            III.1.1,,,,,-10,
            I.1.2,electricity,10,MWh,,,
            I.1.1,natural_gas,abc,MWh,,,
            I.1.1,natural_gas,1,barrels,,,
            I.1.1,,,,,,XX
            I.1.1,natural_gas,1,MWh,,5,
            """
        guard case .failure(let errors) = InventoryCSV.compute(text) else {
            Issue.record("a bad file was accepted")
            return
        }
        let checks = errors
        #expect(checks.problems.map(\.location) == (2...11).map { .line($0) }, "one problem a line, in line order")
        let messages = Dictionary(grouping: checks.problems, by: \.location.description).mapValues { $0.map(\.message) }
        #expect(messages["line 8"]?.first?.contains("amount \"abc\" is not a number") == true)
        #expect(messages["line 9"]?.first?.contains("unknown unit \"barrels\"") == true)
        #expect(messages["line 10"]?.first?.contains("unknown notation_key \"XX\"") == true)
        #expect(messages["line 2"]?.first?.contains("unknown GPC reference \"I.9.9\"") == true)
        #expect(messages["line 3"]?.first?.contains("unknown carrier") == true)
        #expect(messages["line 4"]?.first?.contains("unit m3 does not fit carrier diesel") == true)
        #expect(messages["line 5"]?.first?.contains("must not be negative") == true)
        #expect(messages["line 6"]?.first?.contains("only under V.2") == true)
        #expect(messages["line 7"]?.first?.contains("grid carrier electricity has no factor") == true)
        #expect(messages["line 11"]?.first?.contains("not several") == true)
    }

    @Test(
        "unknown columns and a missing gpc column are refused",
        arguments: ["gpc,amount,colour\nI.1.1,1,red\n", "carrier,amount\ndiesel,1\n"])
    func columns(text: String) {
        guard case .failure(let errors) = InventoryCSV.read(text) else {
            Issue.record("accepted")
            return
        }
        #expect(errors.problems.allSatisfy { $0.location == .line(1) })
    }

    @Test("the national electricity factors shipped for Slovenia (ARSO), by year")
    func nationalFactors() {
        let factors = ReferenceData.shipped.nationalFactors
        #expect(factors.map(\.year) == [2022, 2023])
        #expect(factors.map(\.tco2ePerMWh) == [0.208, 0.166])
        #expect(factors.allSatisfy { $0.country == "SI" && $0.carrier == "electricity" })
        #expect(factors.allSatisfy { $0.source(in: "en").contains("ARSO") && $0.source(in: "sl").contains("ARSO") })
        #expect(factors.last?.source(in: "sl") == "kazalec okolja ARSO; po proizvodnji")
        #expect(factors.last?.name(in: "en") == "Slovenia: GHG intensity of electricity generated 2023")
        #expect(factors.last?.name(in: "de") == factors.last?.name(in: "en"), "another language falls back to English")
    }

    @Test("the shipped reference data is complete")
    func referenceData() {
        let data = ReferenceData.shipped
        #expect(data.gpc.count == 53)
        #expect(data.gpc["I.4.4"]?.inBasicPlus == false)
        #expect(data.gpc["V.2"]?.subsector == "V.2")
        #expect(data.gpc["II.1.3"]?.subsector == "II.1")
        #expect(data.fuels.count == 14)
        #expect(data.gwp[.ar5]?.ch4 == 28 && data.gwp[.ar6]?.n2o == 273 && data.gwp[.ar4]?.ch4 == 25)
    }
}
