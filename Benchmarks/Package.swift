// swift-tools-version: 6.1
import PackageDescription

// The speed of the climate model, measured with ordo-one/benchmark. A package
// of its own, so the main build and `swift test` do not depend on it:
//   cd Benchmarks && swift package benchmark
let package = Package(
    name: "ZavezaBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Zaveza", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "ClimateModelBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ClimateModel", package: "Zaveza"),
            ],
            path: "Benchmarks/ClimateModelBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ]
)
