import Foundation
import Testing

@testable import ClimateModel

@Suite("A joint pathway: several cities added up year by year, their draws independent")
struct JointPathwayTests {
    static func example(_ city: String) throws -> Scenario {
        let data = try Data(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../examples/\(city).json"))
        return try ScenarioFile.read(data).get()[0]
    }

    @Test("sums of business as usual, gross and the target lines over the years all cover; a band around the sum; a probability")
    func sums() throws {
        let scenarios = try ["kranj", "ljubljana", "velenje"].map(Self.example)
        let results = scenarios.map { ScenarioEngine($0).run() }
        let joint = try #require(JointPathway.run(Array(zip(scenarios, results)), draws: 500, seed: 2030, threads: 2))
        #expect(joint.years.first?.year == 2019, "the latest baseline year of the three")
        #expect(joint.years.last?.year == 2050)
        #expect(joint.targetYear == 2030)
        for row in joint.years {
            let own = results.map { $0.years.first { $0.year == row.year }! }
            #expect(abs(row.grossTCO2e - own.map(\.grossTCO2e).reduce(0, +)) < 1e-6)
            #expect(abs(row.targetTCO2e - own.map(\.targetTCO2e).reduce(0, +)) < 1e-6)
            #expect(abs(row.bauTCO2e - own.map(\.bauTCO2e).reduce(0, +)) < 1e-6)
            #expect(row.grossP5! <= row.grossP50! && row.grossP50! <= row.grossP95!)
        }
        let probability = try #require(joint.probabilityMeetsTarget)
        #expect((0...1).contains(probability))
        // The same on one thread: the answer does not depend on the threads.
        #expect(JointPathway.run(Array(zip(scenarios, results)), draws: 500, seed: 2030, threads: 1) == joint)
    }

    @Test(
        "one city alone is its own run with its seed; two cities are drawn independently, so the sum's band is narrower than the bands' sum"
    )
    func independent() throws {
        let kranj = try Self.example("kranj")
        let result = ScenarioEngine(kranj).run(draws: 400, seed: JointPathway.seed(7, city: 0))
        let alone = try #require(JointPathway.run([(kranj, ScenarioEngine(kranj).run())], draws: 400, seed: 7))
        let own = result.years.first { $0.year == 2030 }!
        let joint = alone.years.first { $0.year == 2030 }!
        #expect(joint.grossP5 == own.grossP5 && joint.grossP95 == own.grossP95)
        #expect(alone.probabilityMeetsTarget == result.target.probabilityMeetsReduction)

        let twice = try #require(
            JointPathway.run([(kranj, ScenarioEngine(kranj).run()), (kranj, ScenarioEngine(kranj).run())], draws: 400, seed: 7))
        let row = twice.years.first { $0.year == 2030 }!
        let width = row.grossP95! - row.grossP5!
        #expect(width < 2 * (own.grossP95! - own.grossP5!) * 0.9, "independent draws partly cancel")
        #expect(width > 0)
    }
}
