import ArgumentParser
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
        let configuration: ClientConfiguration
        do {
            configuration = try ClientConfiguration.fromEnvironment(baseURL: baseURL)
        } catch let error as APIError {
            Self.fail(error.description, code: error.isUsageError ? AuditExitCode.invalidConfiguration : AuditExitCode.apiUnusable)
        }
        let snapshot: SnapshotStore
        do { snapshot = try SnapshotStore.open(path: store) } catch {
            Self.fail("\(error)", code: AuditExitCode.unreadableInput)
        }
        let display = SyncProgressDisplay(onTerminal: isatty(STDERR_FILENO) == 1)
        var logger = Logger(label: "customer-audit.sync") { StreamLogHandler.standardError(label: $0) }
        // On a terminal the progress line says it all; in logs the client's retries are worth a line.
        logger.logLevel = display.onTerminal ? .warning : .notice
        let client = CustomersClient(configuration: configuration, logger: logger)
        let interrupt = Self.onInterrupt(display: display)
        defer { interrupt.cancel() }

        let summary: SyncSummary
        do {
            summary = try await Synchronizer(store: snapshot, source: client).run(full: full) { display.show($0) }
        } catch {
            display.end()
            try? await client.shutdown()
            let code = switch error {
            case is SnapshotError: AuditExitCode.unreadableInput
            case let error as APIError where error.isUsageError: AuditExitCode.invalidConfiguration
            default: AuditExitCode.apiUnusable
            }
            var message = "\(error)"
            if let pending = try? snapshot.pendingPull(), pending.pages > 0 {
                message += "\n\(pending.received) customers of this pull are kept; run sync again to resume it."
            }
            snapshot.discardIfUnused()
            Self.fail(message, code: code)
        }
        display.end()
        let statistics = client.statistics
        try? await client.shutdown()
        print(Self.describe(summary, store: store, statistics: statistics))
    }

    static func describe(_ summary: SyncSummary, store: String, statistics: ClientStatistics) -> String {
        let seconds = Double(summary.duration.components.seconds) + Double(summary.duration.components.attoseconds) / 1e18
        let kind = summary.mode == .full ? "full pull" : "changes since \(summary.modifiedSince ?? "?") UTC"
        var changes = "\(summary.inserted) new, \(summary.updated) changed"
        if let deleted = summary.deleted { changes += ", \(deleted) removed" }
        return "Synced \(summary.received) customers in \(summary.pages) pages (\(kind)\(summary.resumed ? ", resumed" : "")) "
            + "in \(String(format: "%.1f", seconds)) s: \(changes). "
            + "\(statistics.requests) requests, \(statistics.retries) retries, \(statistics.rateLimited) rate-limited.\n"
            + "The snapshot \(store) holds \(summary.customers) customers."
    }

    static func fail(_ message: String, code: ExitCode) -> Never {
        Console.shared.error(message)
        Foundation.exit(code.rawValue)
    }

    /// Ctrl-C ends the process at once: every staged page is already committed with its cursor,
    /// so there is nothing to tidy, only a word on how to go on.
    private static func onInterrupt(display: SyncProgressDisplay) -> DispatchSourceSignal {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            display.end()
            FileHandle.standardError.write(Data("interrupted: the pages received so far are kept; run sync again to resume\n".utf8))
            Foundation.exit(130)
        }
        source.resume()
        return source
    }
}

/// Sync progress on standard error: one updating line on a terminal, a plain log line every few
/// seconds otherwise.
final class SyncProgressDisplay: @unchecked Sendable {
    let onTerminal: Bool
    private let lock = NSLock()
    private var lastShown: ContinuousClock.Instant?
    private var lineOpen = false

    init(onTerminal: Bool) { self.onTerminal = onTerminal }

    func show(_ progress: SyncProgress) {
        // Nothing has arrived yet: a "0 pages" line would only precede a failure or the first page.
        guard progress.pages > 0 else { return }
        lock.withLock {
            let now = ContinuousClock.now
            let interval: Duration = onTerminal ? .milliseconds(100) : .seconds(5)
            if let lastShown, now - lastShown < interval { return }
            lastShown = now
            let text = Self.describe(progress)
            if onTerminal {
                FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
                lineOpen = true
            } else {
                let stamp = ISO8601DateFormatter().string(from: Date())
                FileHandle.standardError.write(Data("\(stamp) sync: \(text)\n".utf8))
            }
        }
    }

    /// Closes the progress line so what follows starts on a fresh one.
    func end() {
        lock.withLock {
            if lineOpen { FileHandle.standardError.write(Data("\n".utf8)) }
            lineOpen = false
        }
    }

    static func describe(_ progress: SyncProgress) -> String {
        var parts = ["\(progress.mode.rawValue)\(progress.resumed ? " (resumed)" : "")",
                     "\(progress.pages) pages", "\(progress.customers) customers"]
        if let total = progress.estimatedTotal { parts[2] += " of ~\(total)" }
        if let rate = progress.requestsPerMinute {
            var text = "\(Int(rate.rounded())) requests/min"
            if let limit = progress.rateLimit?.minutelyLimit { text += " (limit \(limit))" }
            parts.append(text)
        }
        if let remaining = progress.rateLimit?.dailyRemaining { parts.append("\(remaining) requests left today") }
        if let eta = progress.eta {
            let seconds = Int(eta.components.seconds)
            parts.append("ETA " + (seconds >= 3600 ? "\(seconds / 3600)h\(seconds % 3600 / 60)m" : "\(seconds / 60)m\(seconds % 60)s"))
        }
        return parts.joined(separator: ", ")
    }
}
