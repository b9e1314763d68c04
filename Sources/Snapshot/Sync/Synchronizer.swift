import CustomerModel
import CycleSoftwareAPI
import Foundation

/// Pulls customers from a `CustomerPageSource` into a `SnapshotStore`.
///
/// The first pull is full; later ones ask for changes since the start of the last completed pull
/// minus `safetyMargin` (clock skew, changes committed while that pull ran). A pull is staged page
/// by page with its cursor and published in one transaction at the end, so an interrupted pull
/// (Ctrl-C, kill -9, network loss) resumes from its cursor on the next run and readers keep
/// seeing the previous snapshot until then.
public struct Synchronizer: Sendable {
    public static let defaultSafetyMargin: TimeInterval = 10 * 60

    public let store: SnapshotStore
    public let source: any CustomerPageSource
    public let safetyMargin: TimeInterval
    private let now: @Sendable () -> Date

    /// `now` is the wall clock the pull's timestamps come from (tests pass their own).
    public init(store: SnapshotStore, source: any CustomerPageSource, safetyMargin: TimeInterval = defaultSafetyMargin,
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.source = source
        self.safetyMargin = safetyMargin
        self.now = now
    }

    /// Runs one sync to completion: resumes a pending pull (unless `full` is asked while an
    /// incremental pull is pending, which is then dropped), else starts a full or incremental one.
    public func run(full: Bool, progress: @Sendable (SyncProgress) -> Void = { _ in }) async throws -> SyncSummary {
        let clock = ContinuousClock()
        let started = clock.now
        var pull = try startOrResume(full: full)
        let resumed = pull.interruptions > 0
        let previousCount = pull.mode == .full ? try store.customerCount() : 0
        var meter = RequestRateMeter()
        let receivedBefore = pull.received
        progress(SyncProgress(mode: pull.mode, resumed: resumed, pages: pull.pages, customers: pull.received))

        if let offset = pull.nextOffset {
            let pages = if resumed, let source = source as? any ResumablePageSource {
                source.pages(modifiedSince: pull.modifiedSince, from: offset, anchorIDs: Set(pull.anchorIDs))
            } else {
                source.pages(modifiedSince: pull.modifiedSince, from: offset)
            }
            for try await page in pages {
                try Task.checkCancellation()
                pull = try store.stage(page, seenAt: now())
                meter.record()
                progress(report(pull, resumed: resumed, meter: meter, rateLimit: page.rateLimit,
                                estimatedTotal: previousCount, receivedNow: pull.received - receivedBefore,
                                elapsed: clock.now - started))
                if pull.nextOffset == nil { break }
            }
            // A cancelled task may just see the stream end; say why it ended.
            try Task.checkCancellation()
            if let offset = pull.nextOffset { throw SyncError.incompletePull(nextOffset: offset) }
        }
        let record = try store.publish(pull, finishedAt: now())
        return SyncSummary(record: record, duration: clock.now - started)
    }

    private func startOrResume(full: Bool) throws -> PendingPull {
        if let pending = try store.pendingPull(), !(full && pending.mode == .incremental) {
            // Stopped before its first page (a rejected login): nothing to resume, so the same
            // pull starts again instead of calling itself resumed.
            if pending.pages == 0 {
                return try store.beginPull(mode: pending.mode, modifiedSince: pending.modifiedSince, startedAt: now())
            }
            if let resumed = try store.resumePull() { return resumed }
        }
        let startedAt = now()
        guard !full, let last = try store.lastCompletedSync() else {
            return try store.beginPull(mode: .full, modifiedSince: nil, startedAt: startedAt)
        }
        let since = APITimestamp.format(last.startedAt.addingTimeInterval(-safetyMargin))
        return try store.beginPull(mode: .incremental, modifiedSince: since, startedAt: startedAt)
    }

    private func report(_ pull: PendingPull, resumed: Bool, meter: RequestRateMeter, rateLimit: RateLimitStatus?,
                        estimatedTotal: Int, receivedNow: Int, elapsed: Duration) -> SyncProgress {
        var progress = SyncProgress(mode: pull.mode, resumed: resumed, pages: pull.pages, customers: pull.received,
                                    requestsPerMinute: meter.perMinute(), rateLimit: rateLimit)
        // Only a full pull has a size to expect: the previous snapshot's.
        if pull.mode == .full, estimatedTotal > 0 {
            let total = max(estimatedTotal, pull.received)
            progress.estimatedTotal = total
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            if receivedNow > 0, seconds > 0 {
                let remaining = Double(total - pull.received) / (Double(receivedNow) / seconds)
                progress.eta = .milliseconds(Int64(remaining * 1000))
            }
        }
        return progress
    }
}

/// A page source that can check a resumed pull's first page against the ids of the last page
/// staged before the interruption (and re-align when the list moved in between).
public protocol ResumablePageSource: CustomerPageSource {
    func pages(modifiedSince: String?, from offset: Int, anchorIDs: Set<Int>) -> AsyncThrowingStream<CustomerPage, Error>
}

extension CustomersClient: ResumablePageSource {}
