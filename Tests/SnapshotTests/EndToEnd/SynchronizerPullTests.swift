import CycleSoftwareAPI
import Foundation
import Sandbox
import Testing
@testable import Snapshot

/// The one sync sequence `sync`, `analyze --from-api` and `demo` share: client, pull, shutdown.
@Suite(.serialized) struct SynchronizerPullTests {
    static func storePath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("sync-pull-\(UUID().uuidString)/store.sqlite").path
    }

    static func configuration(_ sandbox: RunningSandbox, password: String = LiveSandboxSyncTests.password) throws -> ClientConfiguration {
        try ClientConfiguration(baseURL: sandbox.baseURL, credentials: Credentials(username: LiveSandboxSyncTests.username, password: password),
                                retry: RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(10)))
    }

    @Test func aPullFillsTheStoreAndSaysWhatItDid() async throws {
        let sandbox = try await LiveSandboxSyncTests.sandbox(LiveSandboxSyncTests.customers(250))
        defer { Task { await sandbox.stop() } }
        let path = Self.storePath()
        let store = try SnapshotStore.open(path: path)
        let outcome = try await Synchronizer.pull(into: store, configuration: try Self.configuration(sandbox), full: false)
        #expect(try store.customerCount() == 250)
        #expect(outcome.summary.received == 250 && outcome.summary.mode == .full)
        #expect(outcome.statistics.requests >= 3, "250 customers in pages of 100")
        #expect(outcome.description.hasPrefix("Synced 250 customers in \(outcome.summary.pages) pages (full pull)"), "\(outcome)")
        #expect(outcome.description.hasSuffix("The snapshot \(path) holds 250 customers."), "\(outcome)")
    }

    @Test func aRefusedLoginLeavesNoStoreBehind() async throws {
        let sandbox = try await LiveSandboxSyncTests.sandbox(LiveSandboxSyncTests.customers(20))
        defer { Task { await sandbox.stop() } }
        let path = Self.storePath()
        let store = try SnapshotStore.open(path: path)
        do {
            _ = try await Synchronizer.pull(into: store, configuration: try Self.configuration(sandbox, password: "wrong"), full: false)
            Issue.record("a refused login must fail the pull")
        } catch let failure as SyncFailure {
            #expect(failure.reason as? APIError == .unauthorized)
            #expect(failure.keptCustomers == 0 && failure.description == "\(APIError.unauthorized)")
        }
        #expect(!FileManager.default.fileExists(atPath: path), "a store this pull created and never used is removed")
    }

    @Test func aFailureSaysHowMuchOfThePullIsKept() {
        let failure = SyncFailure(reason: APIError.transport("connection reset", attempts: 3), keptCustomers: 1_500)
        #expect(failure.description.hasSuffix("\n1500 customers of this pull are kept; run sync again to resume it."))
    }

    @Test func progressReadsAsOneLine() {
        var progress = SyncProgress(mode: .full, resumed: true, pages: 4, customers: 2_000, requestsPerMinute: 59.6,
                                    rateLimit: nil, estimatedTotal: 10_000, eta: .seconds(125))
        #expect(progress.description == "full (resumed), 4 pages, 2000 customers of ~10000, 60 requests/min, ETA 2m5s")
        progress.eta = .seconds(3_700)
        #expect(progress.description.hasSuffix("ETA 1h1m"))
    }
}
