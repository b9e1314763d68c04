// swift-tools-version:6.0
import PackageDescription

// The analysis stages (Normalization → Quality/Matching → Reporting → Audit) depend on no HTTP or
// database package, so they build quickly and their benchmarks build in release without BoringSSL.
let package = Package(
    name: "customer-audit",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "customer-audit", targets: ["customer-audit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.24.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.5.0"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.4.0"),
        // Already resolved through hummingbird; named so the sandbox can shut its server down gracefully.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
    ],
    targets: [
        // C wrappers whose headers expose no ICU / libphonenumber types.
        .target(name: "CICU", linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]),
        .target(name: "CPhoneNumber", exclude: ["FastPath/README.md"], linkerSettings: [
            .linkedLibrary("phonenumber"), .linkedLibrary("protobuf"), .linkedLibrary("icuuc"), .linkedLibrary("icui18n"),
            .linkedLibrary("stdc++"),
        ]),

        .target(name: "CustomerModel"),
        .target(name: "CustomerGenerator", dependencies: ["CustomerModel"]),
        .target(name: "CycleSoftwareAPI", dependencies: [
            "CustomerModel",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "Snapshot", dependencies: [
            "CustomerModel", "CycleSoftwareAPI",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "Normalization", dependencies: [
            "CustomerModel", "CICU", "CPhoneNumber", .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "Quality", dependencies: ["Normalization", .product(name: "Yams", package: "Yams")]),
        .target(name: "Matching", dependencies: ["Normalization", .product(name: "Yams", package: "Yams")]),
        // The page's script and style are written in Output/HTML/Page and embedded by its embed.sh
        // (see the README there for why not as a resource bundle).
        .target(name: "Reporting", dependencies: [
            "CustomerModel", "Normalization", "Quality", "Matching", .product(name: "Yams", package: "Yams"),
        ], exclude: ["Output/HTML/Page"]),
        .target(name: "Audit", dependencies: ["CustomerModel", "Normalization", "Quality", "Matching", "Reporting"]),
        .target(name: "Sandbox", dependencies: [
            "CustomerModel", "CustomerGenerator",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "CompressNIO", package: "compress-nio"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        .executableTarget(name: "customer-audit", dependencies: [
            "CustomerModel", "CustomerGenerator", "CycleSoftwareAPI", "Snapshot", "Normalization",
            "Quality", "Matching", "Reporting", "Audit", "Sandbox",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        // Release-build benchmarks (Benchmarks/bench-*); each links only the stages it measures.
        .target(name: "BenchmarkSupport", path: "Benchmarks/BenchmarkSupport"),
        .executableTarget(name: "bench-client", dependencies: ["BenchmarkSupport", "CycleSoftwareAPI", "Sandbox", "CustomerGenerator"],
                          path: "Benchmarks/bench-client"),
        .executableTarget(name: "bench-sync", dependencies: ["BenchmarkSupport", "Snapshot", "Sandbox", "CustomerGenerator", "CycleSoftwareAPI"],
                          path: "Benchmarks/bench-sync"),
        .executableTarget(name: "bench-quality", dependencies: ["BenchmarkSupport", "Quality", "Normalization", "CustomerGenerator"],
                          path: "Benchmarks/bench-quality"),
        .executableTarget(name: "bench-sandbox", dependencies: ["BenchmarkSupport", "Sandbox", "CustomerGenerator", "CustomerModel"],
                          path: "Benchmarks/bench-sandbox"),
        .executableTarget(name: "bench-normalization", dependencies: ["BenchmarkSupport", "Normalization", "CPhoneNumber", "CustomerGenerator", "CustomerModel"],
                          path: "Benchmarks/bench-normalization"),
        .executableTarget(name: "bench-matching", dependencies: ["Matching", "Normalization", "CustomerGenerator", "CustomerModel"],
                          path: "Benchmarks/bench-matching"),
        .executableTarget(name: "bench-ingest", dependencies: ["CustomerModel", "CustomerGenerator"], path: "Benchmarks/bench-ingest"),
        .executableTarget(name: "bench-reporting", dependencies: ["BenchmarkSupport", "Reporting", "Matching", "Quality", "Normalization", "CustomerModel"],
                          path: "Benchmarks/bench-reporting"),

        .target(name: "TestSupport", dependencies: ["CustomerModel", "CustomerGenerator"], path: "Tests/TestSupport"),
        .testTarget(name: "CustomerModelTests", dependencies: ["CustomerModel", "TestSupport"]),
        .testTarget(name: "CustomerGeneratorTests", dependencies: ["CustomerGenerator", "TestSupport"]),
        .testTarget(name: "CycleSoftwareAPITests", dependencies: ["CycleSoftwareAPI", "Sandbox", "TestSupport"]),
        .testTarget(name: "SnapshotTests", dependencies: ["Snapshot", "Sandbox", "TestSupport"]),
        .testTarget(name: "SandboxTests", dependencies: [
            "Sandbox", "TestSupport", "Audit", "Reporting", .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "CompressNIO", package: "compress-nio"),
        ]),
        .testTarget(name: "NormalizationTests", dependencies: ["Normalization", "TestSupport"]),
        .testTarget(name: "QualityTests", dependencies: ["Quality", "TestSupport"]),
        .testTarget(name: "MatchingTests", dependencies: ["Matching", "TestSupport"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "TestSupport"]),
        .testTarget(name: "AuditTests", dependencies: ["Audit", "TestSupport"]),
        .testTarget(name: "CustomerAuditCLITests", dependencies: ["TestSupport", "CustomerModel", "CustomerGenerator"]),
    ],
    swiftLanguageModes: [.v5]
)
