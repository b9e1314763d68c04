import CycleSoftwareAPI
import Foundation

/// Where a running sync is, reported after every page.
public struct SyncProgress: Sendable {
    public var mode: SyncMode
    public var resumed: Bool
    /// Pages staged by this pull (including those staged before an interruption).
    public var pages: Int
    /// Records received by this pull (including those received before an interruption).
    public var customers: Int
    /// Pages per minute over the last minute of wall time; nil until a page has arrived.
    public var requestsPerMinute: Double?
    /// The limits the server reported with the latest page.
    public var rateLimit: RateLimitStatus?
    /// For a full pull: the size of the previous snapshot, the best guess of what is coming.
    public var estimatedTotal: Int?
    /// Time left at the current pace, when the total can be estimated.
    public var eta: Duration?

    public init(mode: SyncMode, resumed: Bool, pages: Int, customers: Int, requestsPerMinute: Double? = nil,
                rateLimit: RateLimitStatus? = nil, estimatedTotal: Int? = nil, eta: Duration? = nil) {
        self.mode = mode
        self.resumed = resumed
        self.pages = pages
        self.customers = customers
        self.requestsPerMinute = requestsPerMinute
        self.rateLimit = rateLimit
        self.estimatedTotal = estimatedTotal
        self.eta = eta
    }
}

/// What a completed sync did.
public struct SyncSummary: Sendable {
    public var mode: SyncMode
    /// True when this run finished a pull an earlier run had started.
    public var resumed: Bool
    /// The `modified_since` sent (incremental pulls).
    public var modifiedSince: String?
    public var pages: Int
    public var received: Int
    public var inserted: Int
    public var updated: Int
    /// Ids that disappeared (full pulls only).
    public var deleted: Int?
    /// Customers in the snapshot afterwards.
    public var customers: Int
    /// Wall time of this run (a resumed pull counts only the part done now).
    public var duration: Duration

    init(record: SyncRecord, duration: Duration) {
        mode = record.mode
        resumed = record.resumed
        modifiedSince = record.modifiedSince
        pages = record.pages
        received = record.received
        inserted = record.inserted
        updated = record.updated
        deleted = record.deleted
        customers = record.customers
        self.duration = duration
    }
}

/// A pull that cannot be completed for reasons of the engine rather than the API.
public enum SyncError: Error, Sendable, CustomStringConvertible {
    /// The page source finished without delivering the last page (its `nextOffset` nil).
    case incompletePull(nextOffset: Int)
    /// The pull's bookkeeping vanished while it ran (another process started a pull on this store).
    case noPendingPull

    public var description: String {
        switch self {
        case let .incompletePull(offset):
            return "the customer list ended before its last page (next offset \(offset)); run sync again to resume"
        case .noPendingPull:
            return "the pull was abandoned while it ran (another sync on the same store?); run sync again"
        }
    }
}

/// Requests per minute over a sliding one-minute window.
struct RequestRateMeter {
    private var times: [ContinuousClock.Instant] = []
    private let started = ContinuousClock.now

    mutating func record(at now: ContinuousClock.Instant = .now) {
        times.append(now)
        let cutoff = now - .seconds(60)
        if let first = times.firstIndex(where: { $0 >= cutoff }), first > 0 { times.removeFirst(first) }
    }

    /// Requests in the window divided by the window's length (the time since the start while
    /// the first minute is still running).
    func perMinute(at now: ContinuousClock.Instant = .now) -> Double? {
        guard !times.isEmpty else { return nil }
        let window = min(now - started, .seconds(60))
        let seconds = Double(window.components.seconds) + Double(window.components.attoseconds) / 1e18
        return seconds > 0 ? Double(times.count) * 60 / seconds : nil
    }
}
