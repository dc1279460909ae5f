import ClimateModel
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import ClimateWorkspace
@testable import Kernel
@testable import ZavezaApp

@Suite("What if: anyone switches actions off or delays them and sees the pathway change, nothing saved")
struct WhatIfTests {
    /// The planned emissions of the target year as the page shows them.
    static func planned(_ text: String) throws -> Int {
        let start = try #require(text.range(of: "id=\"what-if-planned\">")).upperBound
        let digits = text[start...].prefix { $0 != "t" }.filter(\.isNumber)
        return try #require(Int(String(digits)))
    }

    /// The chance of the target as the page shows it, in percent.
    static func probability(_ text: String) throws -> Int {
        let start = try #require(text.range(of: "id=\"what-if-probability\">")).upperBound
        return try #require(Int(String(text[start...].prefix { $0 != "%" }.filter(\.isNumber))))
    }

    @Test(
        "without a choice it is the plan; switching off the largest action raises 2030 and lowers the chance of the target, a delay too; the same address gives the same answer"
    )
    func choices() async throws {
        try await withTestApp { app in
            let visitor = TestClient(app)
            let kranj = try await CitiesQuery.require(slug: "kranj", on: app.db)
            let plan = try await Pathway.snapshot(for: kranj, on: app.db).get()
            let page = try await visitor.get(SiteRoute.cityWhatIf(slug: "kranj").path)
            #expect(page.status == .ok)
            #expect(try Self.planned(page.text) == Int(plan.year(2030)!.grossTCO2e.rounded()))
            #expect(page.text.contains("method=\"get\""))

            let codes = Pathway.modelled(try await Pathway.load(kranj, on: app.db).actions).map(\.code)
            let largest = try #require(plan.result.actions.max { ($0.reductionTCO2e["2030"] ?? 0) < ($1.reductionTCO2e["2030"] ?? 0) }?.id)
            let off = WhatIf.Choice(off: [largest]).query(codes: codes)
            let without = try await visitor.get(SiteRoute.cityWhatIf(slug: "kranj", query: off).path)
            #expect(try Self.planned(without.text) > Self.planned(page.text))
            // The demo plan has a real chance of the target; without its largest action it falls.
            #expect(try Self.probability(page.text) >= 30)
            #expect(try Self.probability(without.text) < Self.probability(page.text))
            func box(_ text: String) throws -> Substring {
                let start = try #require(text.range(of: "id=\"field-on_\(largest)\"")).lowerBound
                return text[start...].prefix { $0 != ">" }
            }
            #expect(try box(page.text).contains("checked"))
            #expect(try !box(without.text).contains("checked"), "the box stays as it was chosen")
            let again = try await visitor.get(SiteRoute.cityWhatIf(slug: "kranj", query: off).path)
            #expect(try Self.planned(again.text) == Self.planned(without.text))

            let delayed = WhatIf.Choice(delay: [largest: 5]).query(codes: codes)
            let later = try await visitor.get(SiteRoute.cityWhatIf(slug: "kranj", query: delayed).path)
            #expect(try Self.planned(later.text) > Self.planned(page.text))
            #expect(later.text.contains("<option value=\"5\" selected=\"selected\">5 let</option>"))
            // Nothing was saved: the plan is as it was.
            #expect(try await Pathway.snapshot(for: kranj, on: app.db).get().computedAt == plan.computedAt)
        }
    }

    @Test("junk in the address is ignored, never a 500")
    func junk() async throws {
        try await withTestApp { app in
            let visitor = TestClient(app)
            for query in [
                "w=1&delay_B1=999999999999999999999", "delay_B1=-3&on_B1=%00", "w=1&on_ZZZ=1&delay_%3Cscript%3E=2",
                "w=" + String(repeating: "x", count: 5000), "delay_B1=1e308",
            ] {
                let response = try await visitor.get(SiteRoute.cityWhatIf(slug: "kranj").path + "?" + query)
                #expect(response.status == .ok, "\(query)")
                #expect(!response.text.contains("<script>"))
            }
            #expect(try await visitor.get(SiteRoute.cityWhatIf(slug: "nobena").path).status == .notFound)
            // Empty segments are the same address (and the same kept page), not a key of their own.
            let officer = try await TestClient.signedIn(app, as: Demo.kranjOfficer)
            let plain = try await officer.get("/cities/kranj/actions")
            let doubled = try await officer.get("/cities//kranj//actions")
            #expect(doubled.status == .ok && plain.status == .ok)
            #expect(doubled.text.contains("value=\"\(try #require(officer.formToken))\""))
        }
    }
}
