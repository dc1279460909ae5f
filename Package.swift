// swift-tools-version: 6.1
import PackageDescription

/// Every file imports what it uses: without this, a debug build let a file use
/// `UUID` through another file's import while the release build refused it.
let strictImports: [SwiftSetting] = [.enableUpcomingFeature("MemberImportVisibility")]

/// What an area may use: the kernel, the climate model, the API types and
/// the libraries the kernel is built on.
let areaDependencies: [Target.Dependency] = [
    "Kernel",
    "ClimateModel",
    "ZavezaAPI",
    .product(name: "Vapor", package: "vapor"),
    .product(name: "Fluent", package: "fluent"),
    .product(name: "Plot", package: "Plot"),
    .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
]

let package = Package(
    name: "Zaveza",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "zaveza", targets: ["zaveza"]),
        .library(name: "ClimateModel", targets: ["ClimateModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/vapor/swift-openapi-vapor", from: "1.2.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "5.0.1"),
    ],
    targets: [
        // Pure Swift: the climate calculations (MODEL.md). Never imports Vapor or Fluent.
        .target(
            name: "ClimateModel",
            resources: [.copy("Resources")],
            swiftSettings: strictImports
        ),
        // Spec first: openapi.yaml is the source of the /api/v1 contract.
        .target(
            name: "ZavezaAPI",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")
            ],
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
        // The kernel: configuration, database, typed routes, layout, localization,
        // forms, accounts and permissions, audit, the city as tenant, the
        // workspace shell, token and cache, charts, errors, observability.
        // It imports no feature: every area depends on it, never the reverse.
        .target(
            name: "Kernel",
            dependencies: [
                "ClimateModel",
                "ZavezaAPI",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIVapor", package: "swift-openapi-vapor"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: strictImports
        ),
        // Area: a city's climate workspace (profile and public pages, factors,
        // inventories, actions, indicators, adaptation, pathway, reports, history).
        .target(
            name: "ClimateWorkspace",
            dependencies: areaDependencies,
            swiftSettings: strictImports
        ),
        // The partnership's half (PRODUCT.md C): the working group, help requests,
        // good practices. It uses one small surface of the climate workspace,
        // `ActionAdoption` (a city adopts a practice as one of its actions), and
        // nothing else of it.
        .target(
            name: "Partnership",
            dependencies: ["ClimateWorkspace"] + areaDependencies,
            swiftSettings: strictImports
        ),
        // The composition root: the application built from the list of features.
        .target(
            name: "ZavezaApp",
            dependencies: [
                "ClimateWorkspace", "Partnership", .product(name: "OpenAPIVapor", package: "swift-openapi-vapor"),
            ] + areaDependencies,
            swiftSettings: strictImports
        ),
        // The command line beside it: serve, migrate, backup, inventory, scenario.
        .target(
            name: "ZavezaCLI",
            dependencies: [
                "ZavezaApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ] + areaDependencies,
            swiftSettings: strictImports
        ),
        .executableTarget(
            name: "zaveza",
            dependencies: ["ZavezaCLI", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictImports
        ),
        .testTarget(name: "ClimateModelTests", dependencies: ["ClimateModel"], swiftSettings: strictImports),
        .testTarget(
            name: "AppTests",
            dependencies: [
                "ClimateWorkspace", "Partnership", "ZavezaApp", "ZavezaCLI",
                .product(name: "VaporTesting", package: "vapor"),
            ] + areaDependencies,
            swiftSettings: strictImports
        ),
    ]
)
