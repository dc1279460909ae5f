import ClimateModel
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
@testable import ZavezaApp
@testable import ZavezaCLI

@Suite("The emission factors page")
struct FactorsPageTests {
    @Test("the shipped IPCC factors and GWP sets, in Slovenian, with numbers as Slovenians write them")
    func slovenian() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, SiteRoute.factors.path) { response async in
                #expect(response.status == .ok)
                let page = response.text
                #expect(page.contains("<h1>Emisijski faktorji</h1>"))
                // Natural gas: 56 100 kg CO2/TJ, 48,0 TJ/Gg; per MWh in homes with AR5:
                // 1 MWh = 3.6 GJ = 0.0036 TJ → CO2 0.0036 × 56 100 / 1000 = 0.20196 t, CH4 0.0036 × 5 / 1000 × 28
                // = 0.000504 t, N2O 0.0036 × 0.1 / 1000 × 265 = 0.0000954 t: 0.2025594 t, shown as 0,203.
                #expect(
                    page.contains(
                        "<th scope=\"row\">zemeljski plin</th><td class=\"num\">56.100</td><td class=\"num\">48,0</td><td class=\"num\">0,203</td>"
                    ))
                #expect(page.contains("(biogeni)"))
                #expect(page.contains("CH₄ in N₂O v kg/TJ za dizelsko gorivo"))
                #expect(page.contains("<th scope=\"row\">Cestni promet</th>"))
                #expect(page.contains("<td class=\"num\">28,0</td>"), "CH4 in AR5")
                #expect(page.contains("aria-current=\"page\">Emisijski faktorji</a>"))
                // Slovenia's electricity (ARSO): 0,208 in 2022 and 0,166 in 2023.
                #expect(page.contains("<th scope=\"row\">2023</th><td>elektrika</td><td class=\"num\">0,166</td>"))
                #expect(page.contains("<th scope=\"row\">2022</th><td>elektrika</td><td class=\"num\">0,208</td>"))
                #expect(page.contains("kazalec okolja ARSO; po proizvodnji") && !page.contains("generation-based"))
            }
        }
    }

    @Test("the same page in English")
    func english() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, SiteRoute.factors.path, headers: ["Accept-Language": "en"]) { response async in
                #expect(
                    response.text.contains(
                        "<th scope=\"row\">natural gas</th><td class=\"num\">56,100</td><td class=\"num\">48.0</td><td class=\"num\">0.203</td>"
                    ))
                #expect(response.text.contains("2006 IPCC Guidelines"))
            }
        }
    }

    @Test("the same factors as open data: GET /api/v1/factors")
    func api() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/v1/factors", headers: ["Accept-Language": "en"]) { response async throws in
                #expect(response.status == .ok)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
                let fuels = try #require(json["fuels"] as? [[String: Any]])
                #expect(fuels.count == 14)
                let gas = try #require(fuels.first { $0["carrier"] as? String == "natural_gas" })
                #expect(gas["co2_kg_per_tj"] as? Double == 56_100 && gas["ncv_tj_per_gg"] as? Double == 48)
                let road = try #require((gas["combustion"] as? [[String: Any]])?.first { $0["use"] as? String == "road" })
                #expect(road["ch4_kg_per_tj"] as? Double == 92 && road["n2o_kg_per_tj"] as? Double == 3)
                #expect((fuels.first { $0["carrier"] as? String == "wood" })?["co2_is_biogenic"] as? Bool == true)
                let ar5 = try #require((json["gwp"] as? [[String: Any]])?.first { $0["set"] as? String == "AR5" })
                #expect(ar5["ch4"] as? Double == 28 && ar5["n2o"] as? Double == 265)
                #expect((json["sources"] as? [String])?.first?.hasPrefix("2006 IPCC Guidelines") == true)
                let national = try #require(json["national"] as? [[String: Any]])
                #expect(national.map { $0["year"] as? Int } == [2022, 2023])
                #expect(national.last?["tco2e_per_mwh"] as? Double == 0.166 && national.last?["country"] as? String == "SI")
                #expect(national.last?["source"] as? String == "ARSO environmental indicator; generation-based")
            }
        }
    }

    @Test("every carrier the model knows has a name in both languages")
    func carrierNames() {
        for carrier in ReferenceData.shipped.carriers {
            #expect(CarrierName(rawValue: carrier) != nil, "\(carrier) has no name")
        }
    }
}
