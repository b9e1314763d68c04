import AsyncHTTPClient
import CustomerModel
import Foundation
import Sandbox
import Testing
@testable import CycleSoftwareAPI

/// The real client against the real sandbox over loopback: paging, gzip, drift.
@Suite struct LoopbackPullTests {
    @Test func multiPagePullDeliversEveryRecordOnceWithEverythingItCarries() async throws {
        let customers = Loopback.customers(1_234)
        try await Loopback.run(customers: customers, pageSize: 100) { client, sandbox in
            let pages = try await Loopback.pull(client)
            let pulled = pages.flatMap(\.customers)
            let stored = await sandbox.store.allCustomers()
            #expect(pulled.count == stored.count)
            #expect(Set(pulled.compactMap(\.customerID)) == Set(stored.compactMap(\.customerID)))
            // The raw record of each customer is what the server holds, field for field, unknown fields included.
            let byID = Dictionary(uniqueKeysWithValues: stored.map { ($0.customerID!, $0) })
            for customer in pulled {
                let original = byID[customer.customerID!]!
                let served = original.raw.isEmpty ? CustomerJSON.encode(original) : original.raw
                #expect(Loopback.json(customer.raw) == Loopback.json(served), "customer \(customer.customerID!)")
            }
            // Pages follow next_offset; the cursor is nil only on the last page.
            #expect(pages.first?.offset == 0)
            #expect(pages.dropLast().allSatisfy { $0.nextOffset != nil })
            #expect(pages.last?.nextOffset == nil)
            // 100 records, then 12 pages of up to 95 new ones (5 overlap), then one closing-pass page.
            #expect(client.statistics.requests == 14)
            #expect(client.statistics.retries == 0)
        }
    }

    @Test func answersArriveGzippedAndAreDecompressed() async throws {
        try await Loopback.run(customers: Loopback.customers(300), pageSize: 300) { client, _ in
            // What the client asks for, sent without decompression: the sandbox answers in gzip.
            let request = client.executor.httpRequest(for: APIRequest(method: .get, path: "/api/v1/customers/list.json"))
            #expect(request.headers["Accept-Encoding"] == ["gzip"])
            #expect(request.headers["Accept"] == ["application/json"])
            let raw = HTTPClient(eventLoopGroupProvider: .singleton)
            // An HTTP client dropped without shutdown aborts the whole test process: shut it down on every path.
            let response: HTTPClientResponse
            let bodyBytes: [UInt8]
            do {
                response = try await raw.execute(request, timeout: .seconds(30))
                bodyBytes = Array(try await response.body.collect(upTo: 64 << 20).readableBytesView)
            } catch {
                try? await raw.shutdown()
                throw error
            }
            try await raw.shutdown()
            #expect(response.headers["Content-Encoding"] == ["gzip"])
            #expect(Array(bodyBytes.prefix(2)) == [0x1F, 0x8B])
            // Through the client the same answer is decompressed and decoded.
            let pages = try await Loopback.pull(client)
            #expect(pages.flatMap(\.customers).count == 300)
            #expect(client.statistics.bodyBytes > bodyBytes.count * 2)
        }
    }

    @Test func driftNeitherLosesNorRepeatsCustomersPresentThroughout() async throws {
        let customers = Loopback.customers(1_000, seed: 11)
        // Eight deletes a page, more than the overlap of five: the client has to re-align.
        let drift = SandboxFaults(insertsPerPage: 3, deletesPerPage: 8, seed: 5)
        try await Loopback.run(customers: customers, pageSize: 50, faults: drift) { client, sandbox in
            let initial = Set(await sandbox.store.allCustomers().compactMap(\.customerID))
            let pulled = try await Loopback.pull(client).flatMap(\.customers).compactMap(\.customerID)
            let traffic = sandbox.traffic
            let deleted = Set(traffic.driftDeleted)
            #expect(!deleted.isEmpty)
            let presentThroughout = initial.subtracting(deleted)
            #expect(Set(pulled).count == pulled.count, "a customer arrived twice")
            #expect(presentThroughout.subtracting(pulled).isEmpty,
                    "missed \(presentThroughout.subtracting(pulled).sorted().prefix(20))")
            #expect(client.statistics.realignments > 0)
            // Customers inserted while the pull ran and still there arrive by the closing pass, except
            // those inserted after the closing pass had passed their position.
            let inserted = Set(traffic.driftInserted).subtracting(deleted)
            #expect(inserted.intersection(pulled).count > 0)
        }
    }

    @Test func plainOffsetPagingWouldMissCustomersUnderTheSameDrift() async throws {
        // The control for the test above: the drift is real and plain paging suffers from it.
        let drift = SandboxFaults(insertsPerPage: 3, deletesPerPage: 8, seed: 5)
        try await Loopback.run(customers: Loopback.customers(1_000, seed: 11), pageSize: 50, faults: drift,
                               configure: { $0.pull = PullOptions(overlap: 0, closingPass: false) }) { client, sandbox in
            let initial = Set(await sandbox.store.allCustomers().compactMap(\.customerID))
            let pulled = try await Loopback.pull(client).flatMap(\.customers).compactMap(\.customerID)
            let presentThroughout = initial.subtracting(sandbox.traffic.driftDeleted)
            #expect(!presentThroughout.subtracting(pulled).isEmpty)
        }
    }

    @Test func anInterruptedPullResumesFromItsCursor() async throws {
        let drift = SandboxFaults(insertsPerPage: 1, deletesPerPage: 3, seed: 9)
        try await Loopback.run(customers: Loopback.customers(600, seed: 3), pageSize: 50, faults: drift) { client, sandbox in
            let initial = Set(await sandbox.store.allCustomers().compactMap(\.customerID))
            let first = try await Loopback.pull(client, limit: 4)
            let cursor = try #require(first.last?.nextOffset)
            let anchors = Set(first.last!.customers.compactMap(\.customerID))
            let second = try await Loopback.pull(client, from: cursor, anchorIDs: anchors)
            let pulled = Set((first + second).flatMap(\.customers).compactMap(\.customerID))
            #expect(initial.subtracting(sandbox.traffic.driftDeleted).subtracting(pulled).isEmpty)
            #expect(second.last?.nextOffset == nil)
        }
    }

    @Test func modifiedSinceAsksOnlyForChangedCustomers() async throws {
        try await Loopback.run(customers: Loopback.customers(400, seed: 5)) { client, sandbox in
            let ids = await sandbox.store.allCustomers().compactMap(\.customerID)
            let changed = [ids[2], ids[49], ids[332]]
            for id in changed { #expect(await sandbox.store.touch(id: id)) }
            let since = APITimestamp.format(Date().addingTimeInterval(-60))
            let pulled = try await Loopback.pull(client, modifiedSince: since).flatMap(\.customers)
            #expect(pulled.compactMap(\.customerID).sorted() == changed)
        }
    }
}
