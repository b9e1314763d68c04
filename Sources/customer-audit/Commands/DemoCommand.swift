import ArgumentParser
import Audit
import CustomerGenerator
import CycleSoftwareAPI
import Foundation
import Reporting
import Sandbox
import Snapshot

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the whole tool on generated customers: sandbox API → sync → analyze → reports/demo/.",
        discussion: """
        Starts the embedded sandbox API on a free loopback port with generated Dutch customers \
        (planted duplicates, households and quality problems), syncs from it over real HTTP into \
        reports/demo/store.sqlite, analyzes, and writes the reports into reports/demo/.
        """)

    @Option(name: .long, help: "How many customers to generate.")
    var customers = 3_000

    @Option(name: .long, help: "Seed of the generator (the same seed gives the same customers).")
    var seed: UInt64 = 2026

    @Option(name: .long, help: ArgumentHelp("Report folder.", valueName: "dir"))
    var out = "reports/demo"

    func run() async throws {
        try await withContractExitCodes { try await runDemo() }
    }

    private func runDemo() async throws {
        let console = Console.shared
        let started = Date()
        let dataset = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: seed, customers: customers))
        // Throwaway credentials that exist only inside this process: the demo needs no secrets.
        let credentials = (user: "demo-\(UUID().uuidString.prefix(8))", password: UUID().uuidString)
        let sandbox = try await Sandbox.start(
            customers: dataset.customers,
            configuration: SandboxConfiguration(username: credentials.user, password: credentials.password,
                                                minutelyLimit: nil, dailyLimit: nil))
        console.note("sandbox API with \(dataset.customers.count.formatted()) generated customers at \(sandbox.baseURL)")

        let outDirectory = URL(fileURLWithPath: out, isDirectory: true)
        let storeURL = outDirectory.appendingPathComponent("store.sqlite")
        try? FileManager.default.createDirectory(at: outDirectory, withIntermediateDirectories: true)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: storeURL.path + suffix) }

        let store = try SnapshotStore.open(path: storeURL.path)
        let client = CustomersClient(configuration: try ClientConfiguration(
            baseURL: sandbox.baseURL, credentials: Credentials(username: credentials.user, password: credentials.password)))
        let synced: SyncSummary
        do {
            synced = try await Synchronizer(store: store, source: client).run(full: true) {
                console.progress("sync: " + SyncProgressDisplay.describe($0))
            }
        } catch {
            try? await client.shutdown()
            await sandbox.stop()
            throw error
        }
        let statistics = client.statistics
        try? await client.shutdown()
        await sandbox.stop()
        console.note(SyncCommand.describe(synced, store: storeURL.path, statistics: statistics))

        let customers = try store.customers()
        let settings = try RulesOptions.loadSettings()
        let outcome = AuditPipeline(settings: settings).run(
            customers: customers, source: ReportSource(kind: .api, customers: customers.count),
            generatedAt: started, progress: StageProgress.sink(console: console))
        let written = try ReportWriter.write(outcome.report, to: outDirectory, formats: [.json, .html, .csv], maskPII: false)
        try outcome.model.save(to: outDirectory.appendingPathComponent("model.json"))

        let planted = dataset.truth
        console.say("planted: \(planted.duplicateGroups.count) duplicate groups, \(planted.hardNegatives.count) look-alike pairs that are not duplicates, \(planted.plantedProblems.count) quality problems")
        Summary.print(outcome.report, written: written, console: console)
        console.say(String(format: "demo finished in %.1f s", Date().timeIntervalSince(started)))
    }
}
