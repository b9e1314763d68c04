import Foundation
import Sandbox
import Testing
import TestSupport
@testable import Snapshot

/// What `customer-audit sync` prints on a first run that goes wrong, from the built binary.
@Suite(.serialized) struct SyncMessagesTests {
    @Test func aRejectedLoginSaysSoOnceAndTheNextSyncIsNoResume() async throws {
        let sandbox = try await LiveSandboxSyncTests.sandbox(LiveSandboxSyncTests.customers(30))
        defer { Task { await sandbox.stop() } }
        let path = Fixtures.temporaryStorePath()

        let refused = try await BinaryRunner.run(["sync", "--store", path],
                                                 environment: SyncCommandTests.environment(sandbox, password: "wrong-Pa55word"))
        #expect(refused.status == 3)
        #expect(!refused.stderr.contains("0 pages"), "no progress before anything arrived: \(refused.stderr)")
        #expect(refused.stderr.hasPrefix("customer-audit: error: "), "\(refused.stderr)")

        let next = try await BinaryRunner.run(["sync", "--store", path], environment: SyncCommandTests.environment(sandbox))
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stdout.contains("(full pull)"), "\(next.stdout)")
        #expect(!next.stdout.contains("resumed") && !next.stderr.contains("resumed"), "\(next.stdout)\(next.stderr)")
    }

    @Test func retryLinesGiveTheWaitInTenthsOfASecond() async throws {
        let sandbox = try await LiveSandboxSyncTests.sandbox(LiveSandboxSyncTests.customers(200), pageSize: 20,
                                                            faults: SandboxFaults(serverErrorRate: 0.3, seed: 5))
        defer { Task { await sandbox.stop() } }
        let sync = try await BinaryRunner.run(["sync", "--store", Fixtures.temporaryStorePath()],
                                              environment: SyncCommandTests.environment(sandbox))
        #expect(sync.status == 0, "\(sync.stderr)")
        let retries = sync.stderr.split(separator: "\n").filter { $0.contains("retrying") }
        #expect(!retries.isEmpty, "30 % of the answers fail, so some tries are repeated: \(sync.stderr)")
        for line in retries {
            #expect(line.range(of: #"wait=\d+\.\d s"#, options: .regularExpression) != nil, "\(line)")
            #expect(!line.contains("seconds"), "\(line)")
        }
    }
}
