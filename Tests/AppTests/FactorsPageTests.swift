import ClimateModel
import Testing
import Vapor
import VaporTesting

@testable import App

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
                #expect(page.contains("CH4 in N2O v kg/TJ za dizelsko gorivo"))
                #expect(page.contains("<th scope=\"row\">Cestni promet</th>"))
                #expect(page.contains("<td class=\"num\">28,0</td>"), "CH4 in AR5")
                #expect(page.contains("aria-current=\"page\">Emisijski faktorji</a>"))
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

    @Test("every carrier the model knows has a name in both languages")
    func carrierNames() {
        for carrier in ReferenceData.shipped.carriers {
            #expect(CarrierName(rawValue: carrier) != nil, "\(carrier) has no name")
        }
    }
}
