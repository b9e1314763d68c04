import CustomerModel
import CycleSoftwareAPI
import Foundation
import Testing
@testable import Snapshot

/// A wall clock tests move by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    init(_ start: Date) { current = start }
    var now: Date { lock.withLock { current } }
    func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }
}

@Suite struct SynchronizerTests {
    let clock = TestClock(Date(timeIntervalSince1970: 1_796_000_000))

    func synchronizer(_ store: SnapshotStore, _ source: InMemoryPageSource) -> Synchronizer {
        let clock = self.clock
        return Synchronizer(store: store, source: source, now: { clock.now })
    }

    @Test func firstSyncIsFullThenIncrementalFetchesOnlyChanges() async throws {
        let store = try SnapshotStore.open(path: Fixtures.temporaryStorePath())
        let source = InMemoryPageSource(Fixtures.customers(1...10), modified: clock.now.addingTimeInterval(-86_400))
        let first = try await synchronizer(store, source).run(full: false)
        #expect(first.facts == "full pages=4 received=10 inserted=10 updated=0 deleted=0 customers=10")
        #expect(source.requests.allSatisfy { $0.modifiedSince == nil })

        clock.advance(3_600)
        source.upsert(Fixtures.customer(id: 4, name: "Jansen-de Vries"), modified: clock.now)
        source.upsert(Fixtures.customer(id: 11, name: "Nieuw"), modified: clock.now)
        let before = source.requests.count
        let second = try await synchronizer(store, source).run(full: false)
        // Asked since the first pull's start minus the ten-minute margin, in UTC.
        let since = APITimestamp.format(Date(timeIntervalSince1970: 1_796_000_000 - 600))
        #expect(Array(source.requests[before...].map(\.modifiedSince)) == [since])
        #expect(second.facts == "incremental pages=1 received=2 inserted=1 updated=1 deleted=- customers=11")
        let customers = try store.customers()
        #expect(customers.map(\.customerID) == Array(1...11))
        #expect(customers[3].name == "Jansen-de Vries")
        #expect(try store.lastCompletedSync()?.modifiedSince == since)
    }

    @Test func fullSyncLearnsWhichIdsDisappeared() async throws {
        let store = try SnapshotStore.open(path: Fixtures.temporaryStorePath())
        let source = InMemoryPageSource(Fixtures.customers(1...7), modified: clock.now)
        _ = try await synchronizer(store, source).run(full: false)
        source.remove(id: 2)
        source.remove(id: 6)
        clock.advance(60)

        // An incremental pull cannot see deletions; a full one can.
        let incremental = try await synchronizer(store, source).run(full: false)
        #expect(incremental.deleted == nil)
        #expect(try store.customerCount() == 7)
        let full = try await synchronizer(store, source).run(full: true)
        #expect(full.facts == "full pages=2 received=5 inserted=0 updated=0 deleted=2 customers=5")
        #expect(try store.customers().map(\.customerID) == [1, 3, 4, 5, 7])
        #expect(try store.removedCustomers().map(\.customerID) == [2, 6])

        // An id that comes back leaves the removed list.
        source.upsert(Fixtures.customer(id: 6, name: "Terug"), modified: clock.now)
        _ = try await synchronizer(store, source).run(full: true)
        #expect(try store.removedCustomers().map(\.customerID) == [2])
    }

    @Test func interruptedPullKeepsPreviousSnapshotAndResumesFromItsCursor() async throws {
        let store = try SnapshotStore.open(path: Fixtures.temporaryStorePath())
        let source = InMemoryPageSource(Fixtures.customers(1...6, name: "Oud"), modified: clock.now)
        _ = try await synchronizer(store, source).run(full: false)
        let previous = try store.customers()

        for id in 1...9 { source.upsert(Fixtures.customer(id: id, name: "Nieuw \(id)"), modified: clock.now) }
        source.failAfterPages(2)
        await #expect(throws: InMemoryPageSource.Failure.self) {
            try await synchronizer(store, source).run(full: true)
        }
        // Two pages staged, none visible.
        #expect(try store.customers() == previous)
        #expect(try store.pendingPull()?.nextOffset == 6)
        #expect(try store.lastCompletedSync()?.mode == .full)

        let before = source.requests.count
        let resumed = try await synchronizer(store, source).run(full: false)
        #expect(source.requests[before...].map(\.offset) == [6])
        #expect(resumed.facts == "full resumed pages=3 received=9 inserted=3 updated=6 deleted=0 customers=9")
        #expect(try store.customers().map(\.name) == (1...9).map { "Nieuw \($0)" })
        #expect(try store.pendingPull() == nil)
    }

    @Test func fullRequestDropsAPendingIncrementalPull() async throws {
        let store = try SnapshotStore.open(path: Fixtures.temporaryStorePath())
        let source = InMemoryPageSource(Fixtures.customers(1...6), modified: clock.now)
        _ = try await synchronizer(store, source).run(full: false)
        clock.advance(3_600)
        for id in 1...6 { source.upsert(Fixtures.customer(id: id, name: "Gewijzigd \(id)"), modified: clock.now) }
        source.failAfterPages(1)
        await #expect(throws: InMemoryPageSource.Failure.self) { try await synchronizer(store, source).run(full: false) }
        #expect(try store.pendingPull()?.mode == .incremental)

        let before = source.requests.count
        let full = try await synchronizer(store, source).run(full: true)
        #expect(full.facts == "full pages=2 received=6 inserted=0 updated=6 deleted=0 customers=6")
        #expect(source.requests[before...].map(\.offset) == [0, 3])
    }

    @Test func aListThatStopsEarlyIsNotPublished() async throws {
        struct Truncated: CustomerPageSource {
            func pages(modifiedSince: String?, from offset: Int) -> AsyncThrowingStream<CustomerPage, Error> {
                AsyncThrowingStream { continuation in
                    continuation.yield(CustomerPage(offset: 0, customers: Fixtures.customers(1...2), nextOffset: 2))
                    continuation.finish()
                }
            }
        }
        let store = try SnapshotStore.open(path: Fixtures.temporaryStorePath())
        let error = await #expect(throws: SyncError.self) {
            try await Synchronizer(store: store, source: Truncated()).run(full: false)
        }
        #expect(error?.description.contains("resume") == true)
        #expect(try store.customerCount() == 0)
    }

    @Test func reportsProgressWithRateAndEstimate() async throws {
        let store = try SnapshotStore.open(path: Fixtures.temporaryStorePath())
        let source = InMemoryPageSource(Fixtures.customers(1...9), modified: clock.now)
        _ = try await synchronizer(store, source).run(full: false)
        let reports = ProgressLog()
        _ = try await synchronizer(store, source).run(full: true) { reports.append($0) }
        let seen = reports.all
        #expect(seen.map(\.pages) == [0, 1, 2, 3])
        #expect(seen.map(\.customers) == [0, 3, 6, 9])
        #expect(seen.dropFirst().allSatisfy { $0.estimatedTotal == 9 && $0.requestsPerMinute != nil && $0.rateLimit?.minutelyLimit == 360 })
        #expect(seen.last?.eta == .zero)
    }
}

final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [SyncProgress] = []
    func append(_ progress: SyncProgress) { lock.withLock { reports.append(progress) } }
    var all: [SyncProgress] { lock.withLock { reports } }
}

extension SyncSummary {
    /// The counts in one line, so a failed expectation shows them all.
    var facts: String {
        "\(mode.rawValue)\(resumed ? " resumed" : "") pages=\(pages) received=\(received) inserted=\(inserted) "
            + "updated=\(updated) deleted=\(deleted.map(String.init) ?? "-") customers=\(customers)"
    }
}
