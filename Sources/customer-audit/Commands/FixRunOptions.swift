import ArgumentParser
import Cleanup
import CycleSoftwareAPI
import Foundation
import Logging
import Snapshot

/// What `fix apply` and `fix undo` share: the plan, the store holding the journal, the API.
struct FixRunOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The plan file written by 'fix plan'.", valueName: "plan")) var plan: String
    @Option(help: "The snapshot file (holds the journal).") var store: String = SnapshotStore.defaultPath
    @Option(help: "The API's root (else env CYCLESOFTWARE_BASE_URL, else https://api.cyclesoftware.nl).") var baseURL: String?
    @Flag(help: "Write to the API; without it a dry run.") var yes = false

    func run(_ direction: FixDirection) async throws {
        try await withContractExitCodes {
            let plan = try FixPlanFile.read(from: URL(fileURLWithPath: self.plan))
            let journal = try SnapshotStore.open(path: store)
            guard yes else { return print(try FixApplier.dryRun(plan, direction: direction, journal: journal)) }
            let configuration = try ClientConfiguration.fromEnvironment(baseURL: baseURL)
            let display = FixProgressLine(label: "fix \(direction.rawValue)")
            var logger = Logger(label: "customer-audit.fix") { StreamLogHandler.standardError(label: $0) }
            logger.logLevel = .warning
            let client = CustomersClient(configuration: configuration, logger: logger)
            let summary: FixRunSummary
            do {
                summary = try await FixApplier(api: client, journal: journal, direction: direction).run(plan) { display.show($0) }
                display.end()
                try? await client.shutdown()
            } catch {
                display.end()
                try? await client.shutdown()
                throw error
            }
            print(summary.describe(verb: direction == .apply ? "applied" : "restored"))
        }
    }
}

enum FixStore {
    /// The snapshot of a completed sync, as `analyze --store` requires it.
    static func openSynced(_ path: String) throws -> SnapshotStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputError(description: "no snapshot at \(path): run 'customer-audit sync' first")
        }
        let store = try SnapshotStore.open(path: path)
        guard try store.lastCompletedSync() != nil else {
            throw InputError(description: "the snapshot at \(path) has no completed sync yet: run 'customer-audit sync'")
        }
        return store
    }
}
