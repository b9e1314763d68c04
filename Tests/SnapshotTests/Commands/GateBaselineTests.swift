import Foundation
import Sandbox
import Testing
import TestSupport

/// A gate's baseline is only ever a run that passed, or what --baseline names: running a failed
/// gate again must fail again.
@Suite(.serialized) struct GateBaselineTests {
    /// Planted problems fail the shipped gate; the failed run must not become the next run's baseline.
    @Test func aFailedGateStaysFailedWhenRunAgain() async throws {
        let sandbox = try await LiveSandboxSyncTests.sandbox(LiveSandboxSyncTests.customers(300))
        defer { Task { await sandbox.stop() } }
        let folder = try StoreHardeningTests.temporaryFolder()
        let environment = SyncCommandTests.environment(sandbox)
        let sync = try await BinaryRunner.run(["sync", "--store", "s.sqlite"], in: folder, environment: environment)
        #expect(sync.status == 0, "\(sync.stderr)")

        for run in 1...2 {
            let gate = try await BinaryRunner.run(["gate", "--store", "s.sqlite", "--out", "store-\(run)", "--quiet"], in: folder)
            #expect(gate.status == 1, "run \(run) of the same failing gate: \(gate.stdout) \(gate.stderr)")
        }
        for run in 1...2 {
            let gate = try await BinaryRunner.run(["gate", "--from-api", "--store", "api.sqlite", "--out", "api-\(run)", "--quiet"],
                                                  in: folder, environment: environment)
            #expect(gate.status == 1, "run \(run) of the same failing gate from the API: \(gate.stdout) \(gate.stderr)")
        }
        // A run that passes (here under lenient thresholds) is a baseline: with its findings known,
        // the shipped thresholds count only what is new, and nothing is.
        let lenient = folder.appendingPathComponent("lenient")
        try FileManager.default.createDirectory(at: lenient, withIntermediateDirectories: true)
        try "version: 1\nmax_errors: 100000\nmax_certain_clusters: 100000\n"
            .write(to: lenient.appendingPathComponent("gate.yml"), atomically: true, encoding: .utf8)
        let passing = try await BinaryRunner.run(["gate", "--store", "s.sqlite", "--rules", lenient.path, "--out", "lenient-run", "--quiet"],
                                                 in: folder)
        #expect(passing.status == 0, "\(passing.stdout) \(passing.stderr)")
        let afterPass = try await BinaryRunner.run(["gate", "--store", "s.sqlite", "--out", "after-pass", "--quiet"], in: folder)
        #expect(afterPass.status == 0, "the passed run is the baseline: \(afterPass.stdout) \(afterPass.stderr)")

        // What --baseline names is still a baseline: nothing is new since the failed run.
        let named = try await BinaryRunner.run(["gate", "--store", "s.sqlite", "--out", "named", "--baseline", "store-2/report.json", "--quiet"],
                                               in: folder)
        #expect(named.status == 0, "\(named.stdout) \(named.stderr)")
    }
}
