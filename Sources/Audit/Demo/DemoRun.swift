import CustomerGenerator
import CycleSoftwareAPI
import Foundation
import Sandbox

/// `demo`: the whole tool on generated customers. The embedded sandbox API serves them on a free
/// loopback port; they are synced over real HTTP into `<out>/store.sqlite`, analyzed, and the
/// reports written into `out`.
public struct DemoRun {
    public var customers: Int
    public var seed: UInt64
    public var out: String

    public init(customers: Int, seed: UInt64, out: String) {
        self.customers = customers
        self.seed = seed
        self.out = out
    }

    public struct Result {
        public var run: AnalysisRun.Result
        /// What the generator planted, to compare the report with.
        public var truth: GroundTruth
    }

    public func execute(events: RunEvents = .silent, startedAt: Date = Date()) async throws -> Result {
        let outDirectory = URL(fileURLWithPath: out, isDirectory: true)
        try ReportFolder.checkUsable(outDirectory)
        let settings = try AuditSettings.load(rulesFolder: nil)
        let dataset = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: seed, customers: customers))
        // Throwaway credentials that exist only inside this process: the demo needs no secrets.
        let credentials = Credentials(username: "demo-\(UUID().uuidString.prefix(8))", password: UUID().uuidString)
        let sandbox = try await Sandbox.start(
            customers: dataset.customers,
            configuration: SandboxConfiguration(username: credentials.username, password: credentials.password,
                                                minutelyLimit: nil, dailyLimit: nil))
        events.note("sandbox API with \(dataset.customers.count.formatted()) generated customers at \(sandbox.baseURL)")

        // The folder holds the snapshot and the reports: owner-only, like them. Each demo starts afresh.
        let store = outDirectory.appendingPathComponent("store.sqlite").path
        try? FileManager.default.createDirectory(at: outDirectory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: store + suffix) }
        do {
            let input = RunInput.api(snapshot: store, configuration: try ClientConfiguration(baseURL: sandbox.baseURL, credentials: credentials))
            let run = try await AnalysisRun(kind: .demo, input: input, settings: settings, out: out).execute(events: events, startedAt: startedAt)
            await sandbox.stop()
            return Result(run: run, truth: dataset.truth)
        } catch {
            await sandbox.stop()
            throw error
        }
    }
}
