import ArgumentParser
import Audit
import AuditSupport
import CycleSoftwareAPI
import Foundation
import Logging
import Snapshot

/// `customer-audit sync`: pulls the customers into the local snapshot.
struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Pulls every customer from the Customers API into the local snapshot.",
        discussion: """
            The first sync pulls everything; later ones ask only for customers modified since the \
            last completed sync started (minus ten minutes; sent as UTC). --full pulls everything \
            again and also learns which customers were deleted. An interrupted sync (Ctrl-C, a lost \
            connection, a killed process) resumes where it stopped; until a pull completes, the \
            snapshot shows the previous one. Credentials come from CYCLESOFTWARE_USERNAME and \
            CYCLESOFTWARE_PASSWORD only.
            """)

    @Option(help: "The snapshot file.")
    var store: String = SnapshotStore.defaultPath

    @Flag(help: "Pull every customer again instead of only the changed ones.")
    var full = false

    @Option(help: "The API's root (else env CYCLESOFTWARE_BASE_URL, else https://api.cyclesoftware.nl).")
    var baseURL: String?

    func run() async throws {
        let configuration = try ClientConfiguration.fromEnvironment(baseURL: baseURL)
        let snapshot = try SnapshotStore.open(path: store)
        let console = Console.shared
        var logger = Logger(label: "customer-audit.sync") { StreamLogHandler.standardError(label: $0) }
        // On a terminal the progress line says it all; in logs the client's retries are worth a line.
        logger.logLevel = console.stderrIsTerminal ? .warning : .notice
        // Ctrl-C ends the process at once: every staged page is already committed with its cursor,
        // so there is nothing to tidy, only a word on how to go on.
        let interrupt = Interrupt.onControlC {
            console.endProgress()
            FileHandle.standardError.write(Data("interrupted: the pages received so far are kept; run sync again to resume\n".utf8))
            Foundation.exit(130)
        }
        defer { interrupt.cancel(); console.endProgress() }
        let synced = try await Synchronizer.pull(into: snapshot, configuration: configuration, full: full, logger: logger,
                                                 progress: console.runEvents().sync)
        print(synced)
    }
}
