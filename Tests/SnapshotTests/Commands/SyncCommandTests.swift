import CustomerModel
import Foundation
import Sandbox
import Testing
import TestSupport
@testable import Snapshot

/// `customer-audit sync` as a user runs it: the built binary against a live sandbox.
@Suite(.serialized) struct SyncCommandTests {
    static func environment(_ sandbox: RunningSandbox, password: String = LiveSandboxSyncTests.password) -> [String: String] {
        ["CYCLESOFTWARE_BASE_URL": sandbox.baseURL, "CYCLESOFTWARE_USERNAME": LiveSandboxSyncTests.username,
         "CYCLESOFTWARE_PASSWORD": password]
    }

    @Test func syncsThenExportsWhatTheSandboxServes() async throws {
        let sandbox = try await LiveSandboxSyncTests.sandbox(LiveSandboxSyncTests.customers(300))
        defer { Task { await sandbox.stop() } }
        let path = Fixtures.temporaryStorePath()
        let sync = try await BinaryRunner.run(["sync", "--store", path], environment: Self.environment(sandbox))
        #expect(sync.status == 0, "\(sync.stderr)")
        #expect(sync.stdout.contains("Synced 300 customers") && sync.stdout.contains("holds 300 customers"))
        #expect(!sync.stdout.contains(LiveSandboxSyncTests.password) && !sync.stderr.contains(LiveSandboxSyncTests.password))

        let export = try await BinaryRunner.run(["export", "--store", path])
        #expect(export.status == 0)
        let exported = export.stdout.split(separator: "\n").map { LiveSandboxSyncTests.parse(String($0)) }
        let served = await LiveSandboxSyncTests.served(sandbox)
        #expect(exported == served.keys.sorted().map { served[$0]! })
    }

    @Test func exitCodesForRefusedCredentialsMissingCredentialsAndBadStores() async throws {
        let sandbox = try await LiveSandboxSyncTests.sandbox(LiveSandboxSyncTests.customers(20))
        defer { Task { await sandbox.stop() } }
        let path = Fixtures.temporaryStorePath()

        let refused = try await BinaryRunner.run(["sync", "--store", path], environment: Self.environment(sandbox, password: "wrong-Pa55word"))
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("401") && !refused.stderr.contains("wrong-Pa55word"))

        let missing = try await BinaryRunner.run(["sync", "--store", path, "--base-url", sandbox.baseURL])
        #expect(missing.status == 3)
        #expect(missing.stderr.contains("CYCLESOFTWARE_USERNAME") && missing.stderr.contains("CYCLESOFTWARE_PASSWORD"))

        let notAStore = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-store-\(UUID().uuidString).sqlite")
        try Data("hello, I am a text file".utf8).write(to: notAStore)
        let unreadable = try await BinaryRunner.run(["sync", "--store", notAStore.path], environment: Self.environment(sandbox))
        #expect(unreadable.status == 4)
        #expect(unreadable.stderr.contains(notAStore.path))
        #expect(try Data(contentsOf: notAStore) == Data("hello, I am a text file".utf8))
    }

    @Test func aKilledSyncLeavesThePreviousSnapshotAndResumes() async throws {
        let sandbox = try await LiveSandboxSyncTests.sandbox(LiveSandboxSyncTests.customers(600), pageSize: 25)
        defer { Task { await sandbox.stop() } }
        let path = Fixtures.temporaryStorePath()
        let environment = Self.environment(sandbox)
        // A first snapshot of the first 600 customers; then the shop grows and a full pull starts.
        let first = try await BinaryRunner.run(["sync", "--store", path], environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        for index in 1...40 { _ = await sandbox.store.insert(Customer(name: "Later \(index)", countryCode: "NL")) }
        await sandbox.setFaults(SandboxFaults(delay: .milliseconds(60)))

        let (process, _, _) = try BinaryRunner.start(["sync", "--store", path, "--full"], environment: environment)
        let store = try SnapshotStore.open(path: path)
        let deadline = Date().addingTimeInterval(60)
        while (try store.pendingPull()?.pages ?? 0) < 5, process.isRunning, Date() < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        kill(process.processIdentifier, SIGKILL)
        await TestSupport.offThePool { process.waitUntilExit() }
        #expect(process.terminationReason == .uncaughtSignal)

        // Half a pull staged, none of it visible.
        let pending = try #require(try store.pendingPull())
        #expect(pending.mode == .full && pending.pages >= 5 && pending.nextOffset != nil)
        #expect(try store.customerCount() == 600)

        await sandbox.setFaults(.none)
        let resumed = try await BinaryRunner.run(["sync", "--store", path], environment: environment)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("full pull, resumed"))
        #expect(try store.pendingPull() == nil)
        #expect(try LiveSandboxSyncTests.snapshot(store) == (await LiveSandboxSyncTests.served(sandbox)))
    }
}
