// swift-tools-version:6.1
import PackageDescription

// The analysis stages (Normalization → Quality/Matching → Reporting) depend on no HTTP or database
// package, so they build quickly and their benchmarks build in release without BoringSSL. Audit,
// which composes whole runs, reads the snapshot and the API and so links both.
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

        // What is about no customer and no stage: parallel chunks, the seeded generator, configuration
        // errors, file-path problems in words.
        .target(name: "AuditSupport"),
        .target(name: "CustomerModel", dependencies: ["AuditSupport"]),
        .target(name: "CustomerGenerator", dependencies: ["AuditSupport", "CustomerModel"]),
        .target(name: "CycleSoftwareAPI", dependencies: [
            "CustomerModel",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "Snapshot", dependencies: [
            "AuditSupport", "CustomerModel", "CycleSoftwareAPI",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "Normalization", dependencies: [
            "AuditSupport", "CustomerModel", "CICU", "CPhoneNumber", .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "Quality", dependencies: ["AuditSupport", "Normalization", .product(name: "Yams", package: "Yams")]),
        .target(name: "Matching", dependencies: ["AuditSupport", "Normalization", .product(name: "Yams", package: "Yams")]),
        // The page's script and style are written in Output/HTML/Page; the EmbedPageAssets plugin
        // turns them into Swift at build time (see its comment for why not as a resource bundle).
        .target(name: "Reporting", dependencies: [
            "AuditSupport", "CustomerModel", "Normalization", "Quality", "Matching", .product(name: "Yams", package: "Yams"),
        ], exclude: ["Output/HTML/Page"], plugins: ["EmbedPageAssets"]),
        .executableTarget(name: "embed-page-assets"),
        .plugin(name: "EmbedPageAssets", capability: .buildTool(), dependencies: ["embed-page-assets"]),
        // Composes a run: input (file, snapshot or API) → pipeline → report files → run record; and the
        // demo, which serves generated customers from the sandbox to sync from.
        .target(name: "Audit", dependencies: [
            "AuditSupport", "CustomerModel", "CustomerGenerator", "CycleSoftwareAPI", "Snapshot", "Normalization", "Quality",
            "Matching", "Reporting", "Sandbox",
        ]),
        // fix plan / apply / undo: a pure planner over the analysis, and an applier between the client and the journal.
        .target(name: "Cleanup", dependencies: [
            "AuditSupport", "CustomerModel", "Normalization", "Quality", "Matching", "Reporting", "Audit", "CycleSoftwareAPI", "Snapshot",
            .product(name: "Yams", package: "Yams"), .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "Sandbox", dependencies: [
            "AuditSupport", "CustomerModel", "CustomerGenerator",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "CompressNIO", package: "compress-nio"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        .executableTarget(name: "customer-audit", dependencies: [
            "AuditSupport", "CustomerModel", "CustomerGenerator", "CycleSoftwareAPI", "Snapshot", "Normalization",
            "Quality", "Matching", "Reporting", "Audit", "Sandbox", "Cleanup",
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
        .executableTarget(name: "bench-normalization", dependencies: ["AuditSupport", "BenchmarkSupport", "Normalization", "CPhoneNumber", "CustomerGenerator", "CustomerModel"],
                          path: "Benchmarks/bench-normalization"),
        .executableTarget(name: "bench-matching", dependencies: ["Matching", "Normalization", "CustomerGenerator", "CustomerModel"],
                          path: "Benchmarks/bench-matching"),
        .executableTarget(name: "bench-ingest", dependencies: ["CustomerModel", "CustomerGenerator"], path: "Benchmarks/bench-ingest"),
        .executableTarget(name: "bench-reporting", dependencies: ["AuditSupport", "BenchmarkSupport", "Reporting", "Matching", "Quality", "Normalization", "CustomerModel"],
                          path: "Benchmarks/bench-reporting"),

        .target(name: "TestSupport", dependencies: ["AuditSupport", "CustomerModel", "CustomerGenerator"], path: "Tests/TestSupport"),
        .testTarget(name: "CustomerModelTests", dependencies: ["CustomerModel", "TestSupport"]),
        .testTarget(name: "CustomerGeneratorTests", dependencies: ["AuditSupport", "CustomerGenerator", "TestSupport"]),
        .testTarget(name: "CycleSoftwareAPITests", dependencies: ["AuditSupport", "CycleSoftwareAPI", "Sandbox", "TestSupport"]),
        .testTarget(name: "SnapshotTests", dependencies: ["Snapshot", "Sandbox", "TestSupport"]),
        .testTarget(name: "SandboxTests", dependencies: [
            "AuditSupport", "Sandbox", "TestSupport", "Audit", "Reporting", .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "CompressNIO", package: "compress-nio"),
        ]),
        .testTarget(name: "NormalizationTests", dependencies: ["AuditSupport", "Normalization", "TestSupport"]),
        .testTarget(name: "QualityTests", dependencies: ["AuditSupport", "Quality", "TestSupport"]),
        .testTarget(name: "MatchingTests", dependencies: ["AuditSupport", "Matching", "TestSupport"]),
        .testTarget(name: "ReportingTests", dependencies: ["AuditSupport", "Reporting", "TestSupport"]),
        .testTarget(name: "AuditTests", dependencies: [
            "Audit", "AuditSupport", "CustomerGenerator", "CustomerModel", "CycleSoftwareAPI", "Reporting", "Sandbox", "Snapshot",
            "TestSupport",
        ]),
        .testTarget(name: "CleanupTests", dependencies: [
            "AuditSupport", "Cleanup", "Sandbox", "Snapshot", "CycleSoftwareAPI", "CustomerGenerator", "Audit", "Quality", "Matching", "TestSupport",
        ]),
        .testTarget(name: "CustomerAuditCLITests", dependencies: ["TestSupport", "CustomerModel", "CustomerGenerator"]),
    ],
    swiftLanguageModes: [.v5]
)
