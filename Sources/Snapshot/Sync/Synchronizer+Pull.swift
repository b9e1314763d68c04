import CycleSoftwareAPI
import Foundation
import Logging

extension Synchronizer {
    /// One sync from the API into `store`, as `sync`, `analyze --from-api` and `demo` run it: a client
    /// for `configuration`, the pull, and the client shut down whatever happens. On failure the store
    /// is discarded when this open created it and nothing was kept (no empty snapshot is left behind
    /// for later commands to take for one), and the error says how much of the pull is kept.
    public static func pull(into store: SnapshotStore, configuration: ClientConfiguration, full: Bool,
                            logger: Logger = Logger(label: "customer-audit.cyclesoftware-api"),
                            progress: @Sendable (SyncProgress) -> Void = { _ in }) async throws -> SyncOutcome {
        let client = CustomersClient(configuration: configuration, logger: logger)
        do {
            let summary = try await Synchronizer(store: store, source: client).run(full: full, progress: progress)
            let statistics = client.statistics
            try? await client.shutdown()
            return SyncOutcome(summary: summary, statistics: statistics, storePath: store.path)
        } catch {
            try? await client.shutdown()
            let pending = try? store.pendingPull()
            store.discardIfUnused()
            throw SyncFailure(reason: error, keptCustomers: (pending?.pages ?? 0) > 0 ? pending?.received ?? 0 : 0)
        }
    }
}

/// A completed sync and what it cost, as the commands report it.
public struct SyncOutcome: Sendable, CustomStringConvertible {
    public var summary: SyncSummary
    public var statistics: ClientStatistics
    public var storePath: String

    public var description: String {
        let duration = summary.duration.components
        let seconds = Double(duration.seconds) + Double(duration.attoseconds) / 1e18
        let kind = summary.mode == .full ? "full pull" : "changes since \(summary.modifiedSince ?? "?") UTC"
        var changes = "\(summary.inserted) new, \(summary.updated) changed"
        if let deleted = summary.deleted { changes += ", \(deleted) removed" }
        return "Synced \(summary.received) customers in \(summary.pages) pages (\(kind)\(summary.resumed ? ", resumed" : "")) "
            + "in \(String(format: "%.1f", seconds)) s: \(changes). "
            + "\(statistics.requests) requests, \(statistics.retries) retries, \(statistics.rateLimited) rate-limited.\n"
            + "The snapshot \(storePath) holds \(summary.customers) customers."
    }
}

/// A sync that stopped: why (an `APIError`, a `SnapshotError`, …), and how many customers of the
/// pull are kept for the next sync to resume from.
public struct SyncFailure: Error, CustomStringConvertible {
    public var reason: any Error
    public var keptCustomers: Int

    public init(reason: any Error, keptCustomers: Int = 0) {
        self.reason = reason
        self.keptCustomers = keptCustomers
    }

    public var description: String {
        guard keptCustomers > 0 else { return "\(reason)" }
        return "\(reason)\n\(keptCustomers) customers of this pull are kept; run sync again to resume it."
    }
}

extension SyncProgress: CustomStringConvertible {
    /// One line: mode, pages, customers (of the expected total), pace, what is left of the day's
    /// requests and the time left.
    public var description: String {
        var parts = ["\(mode.rawValue)\(resumed ? " (resumed)" : "")", "\(pages) pages", "\(customers) customers"]
        if let estimatedTotal { parts[2] += " of ~\(estimatedTotal)" }
        if let requestsPerMinute {
            var text = "\(Int(requestsPerMinute.rounded())) requests/min"
            if let limit = rateLimit?.minutelyLimit { text += " (limit \(limit))" }
            parts.append(text)
        }
        if let remaining = rateLimit?.dailyRemaining { parts.append("\(remaining) requests left today") }
        if let eta {
            let seconds = Int(eta.components.seconds)
            parts.append("ETA " + (seconds >= 3600 ? "\(seconds / 3600)h\(seconds % 3600 / 60)m" : "\(seconds / 60)m\(seconds % 60)s"))
        }
        return parts.joined(separator: ", ")
    }
}
