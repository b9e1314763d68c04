import CustomerGenerator
import CustomerModel
import CycleSoftwareAPI
import Foundation
import Sandbox
import Testing
@testable import Snapshot

/// The sync engine and the real client against the sandbox over loopback HTTP.
@Suite(.serialized) struct LiveSandboxSyncTests {
    static let username = "sync-test"
    static let password = "s3cret-not-for-logs"

    static func customers(_ count: Int) -> [Customer] {
        DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 11, customers: count)).customers
    }

    /// A sandbox whose customers were all last modified a day ago (well before any pull's margin).
    static func sandbox(_ customers: [Customer], pageSize: Int = 100, faults: SandboxFaults = .none) async throws -> RunningSandbox {
        let store = SandboxStore(customers: customers.map { var c = $0; c.datetimeCreated = nil; return c },
                                 modifiedAt: Date().addingTimeInterval(-86_400))
        return try await Sandbox.start(store: store, configuration: SandboxConfiguration(
            username: username, password: password, pageSize: pageSize, minutelyLimit: nil, dailyLimit: nil, faults: faults))
    }

    static func client(_ sandbox: RunningSandbox) throws -> CustomersClient {
        var configuration = try ClientConfiguration(baseURL: sandbox.baseURL, credentials: Credentials(username: username, password: password),
                                                    retry: RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(10)))
        configuration.rateLimitWindow = .seconds(1)
        return CustomersClient(configuration: configuration)
    }

    /// Every customer the sandbox serves, as parsed JSON, by id.
    static func served(_ sandbox: RunningSandbox) async -> [Int: NSDictionary] {
        var served: [Int: NSDictionary] = [:]
        for customer in await sandbox.store.allCustomers() {
            let text = customer.raw.isEmpty ? CustomerJSON.encode(customer) : customer.raw
            served[customer.customerID!] = parse(text)
        }
        return served
    }

    static func parse(_ text: String) -> NSDictionary {
        NSDictionary(dictionary: (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:])
    }

    static func snapshot(_ store: SnapshotStore) throws -> [Int: NSDictionary] {
        Dictionary(uniqueKeysWithValues: try store.customers().map { ($0.customerID!, parse($0.raw)) })
    }

    @Test func fullThenIncrementalThenFullAgainstTheSandbox() async throws {
        let sandbox = try await Self.sandbox(Self.customers(650))
        let client = try Self.client(sandbox)
        defer { Task { try? await client.shutdown(); await sandbox.stop() } }
        let store = try SnapshotStore.open(path: Fixtures.temporaryStorePath())

        let first = try await Synchronizer(store: store, source: client).run(full: false)
        #expect(first.mode == .full && first.customers == 650 && first.inserted == 650)
        #expect(try Self.snapshot(store) == (await Self.served(sandbox)))

        // Changes in the shop: three edits, one new customer, one deletion.
        let ids = await sandbox.store.allCustomers().map { $0.customerID! }
        for id in ids[10..<13] { _ = await sandbox.store.modify(id: id) { $0.email = "changed-\(id)@example.nl" } }
        let added = await sandbox.store.insert(Customer(name: "Nieuwe Klant", countryCode: "NL"))
        _ = await sandbox.store.delete(id: ids[20])

        // Pages include the client's closing `modified_since` pass.
        let second = try await Synchronizer(store: store, source: client).run(full: false)
        #expect(second.facts == "incremental pages=2 received=4 inserted=1 updated=3 deleted=- customers=651")
        var expected = await Self.served(sandbox)
        // An incremental pull cannot see the deletion; the full one does.
        let deleted = try #require(Self.snapshot(store)[ids[20]])
        expected[ids[20]] = deleted
        #expect(try Self.snapshot(store) == expected)
        #expect(try store.customers().first { $0.customerID == added.customerID }?.name == "Nieuwe Klant")

        let third = try await Synchronizer(store: store, source: client).run(full: true)
        #expect(third.facts == "full pages=8 received=650 inserted=0 updated=0 deleted=1 customers=650")
        #expect(try Self.snapshot(store) == (await Self.served(sandbox)))
        #expect(try store.removedCustomers().map(\.customerID) == [ids[20]])
    }

    @Test func aCancelledPullIsInvisibleAndResumes() async throws {
        let sandbox = try await Self.sandbox(Self.customers(500), pageSize: 50)
        let client = try Self.client(sandbox)
        defer { Task { try? await client.shutdown(); await sandbox.stop() } }
        let store = try SnapshotStore.open(path: Fixtures.temporaryStorePath())

        let task = Task { () -> SyncSummary in
            try await Synchronizer(store: store, source: client).run(full: false) { progress in
                if progress.pages == 4 { withUnsafeCurrentTask { $0?.cancel() } }
            }
        }
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(try store.customerCount() == 0)
        let pending = try #require(try store.pendingPull())
        #expect(pending.pages == 4 && pending.anchorIDs.count > 0)

        let resumed = try await Synchronizer(store: store, source: client).run(full: false)
        #expect(resumed.resumed && resumed.mode == .full && resumed.customers == 500 && resumed.inserted == 500)
        #expect(try Self.snapshot(store) == (await Self.served(sandbox)))
    }
}
