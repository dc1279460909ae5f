import Benchmark
import ClimateModel
import Foundation

/// The figures of issue #4 (docs/performance.md): one city deterministic
/// < 1 ms; one city with 10,000 draws < 100 ms; 212 municipalities × 10,000
/// draws < 2 s on both cores with peak memory < 500 MB. Inputs are read and
/// checked before the measurement; each iteration runs the engine and
/// nothing else, except where a benchmark says it includes the JSON output.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
        timeUnits: .milliseconds,
        maxDuration: .seconds(10),
        maxIterations: 1000
    )
    let threads = ProcessInfo.processInfo.activeProcessorCount
    let kranj = Inputs.example("kranj")
    let national = Inputs.national

    Benchmark("Kranj, deterministic (with attribution)", configuration: .init(timeUnits: .microseconds)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(ScenarioEngine(kranj).run()) }
    }
    Benchmark("Kranj, 10,000 draws, all cores") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(ScenarioEngine(kranj).run(draws: 10_000, seed: 1, threads: threads)) }
    }
    Benchmark("Kranj, 2,000 draws, one core (a what-if answer, issue #13)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(ScenarioEngine(kranj).run(draws: 2_000, seed: 2030)) }
    }
    let members = ["kranj", "ljubljana", "velenje"].map { Inputs.example($0) }
    let results = members.map { ScenarioEngine($0).run() }
    Benchmark("the joint pathway of three cities × 2,000 draws (issue #13)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(JointPathway.run(Array(zip(members, results)), draws: 2_000, seed: 2030)) }
    }
    Benchmark("212 municipalities, deterministic, all cores") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(ScenarioEngine.run(national, threads: threads)) }
    }
    Benchmark("212 municipalities × 10,000 draws, all cores", configuration: .init(maxDuration: .seconds(30), maxIterations: 5)) {
        benchmark in
        for _ in benchmark.scaledIterations { blackHole(ScenarioEngine.run(national, draws: 10_000, seed: 1, threads: threads)) }
    }
    Benchmark("212 municipalities, deterministic, JSON output") { benchmark in
        let results = ScenarioEngine.run(national, threads: threads)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try JSONText.encode(results)) }
    }
    Benchmark("p5, p50, p95 of 10,000 draws", configuration: .init(timeUnits: .microseconds)) { benchmark in
        var generator = SeededGenerator(seed: 1)
        let values = (0..<10_000).map { _ in generator.unit() }
        let copy = UnsafeMutableBufferPointer<Double>.allocate(capacity: values.count)
        defer { copy.deallocate() }
        for _ in benchmark.scaledIterations {
            benchmark.stopMeasurement()
            _ = copy.update(fromContentsOf: values)
            benchmark.startMeasurement()
            blackHole(Percentile.spread(copy))
        }
    }
}

enum Inputs {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..").standardized

    static func example(_ city: String) -> Scenario {
        let data = try! Data(contentsOf: root.appendingPathComponent("examples/\(city).json"))
        return try! ScenarioFile.read(data).get()[0]
    }

    /// `zaveza scenario synth --cities 212 --seed 1`.
    static let national: [Scenario] = {
        let json = try! JSONSerialization.data(withJSONObject: SyntheticScenarios.make(cities: 212, seed: 1))
        return try! ScenarioFile.read(json).get()
    }()
}
