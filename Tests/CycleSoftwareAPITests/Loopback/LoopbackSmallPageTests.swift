import CustomerModel
import Testing
@testable import CycleSoftwareAPI

/// A server with small pages: the re-read overlap shrinks with the page, so a pull still advances
/// by most of a page per request instead of one customer.
@Suite struct LoopbackSmallPageTests {
    @Test(arguments: [
        // customers, page size, records re-read per page (a fifth of the page, 1 to 5)
        (600, 5, 1),
        (600, 10, 2),
        (1_000, 100, 5),
    ])
    func requestsScaleWithThePageSize(_ count: Int, _ pageSize: Int, _ overlap: Int) async throws {
        try await Loopback.run(customers: Loopback.customers(count, seed: 4), pageSize: pageSize) { client, sandbox in
            let pulled = try await Loopback.pull(client).flatMap(\.customers).compactMap(\.customerID)
            let stored = await sandbox.store.allCustomers().compactMap(\.customerID)
            #expect(pulled.count == stored.count && Set(pulled) == Set(stored))
            // The first page, then one request per (page - overlap) new customers, then the closing pass
            // (and at most one empty page where the list ends exactly on a page boundary).
            let advancing = (count - pageSize + (pageSize - overlap) - 1) / (pageSize - overlap)
            let requests = client.statistics.requests
            #expect(requests >= 1 + advancing + 1 && requests <= 1 + advancing + 2,
                    "\(requests) requests for \(count) customers in pages of \(pageSize)")
        }
    }

    @Test(arguments: [(5, 5, 1), (5, 10, 2), (5, 25, 5), (5, 500, 5), (5, 2, 1), (5, 1, 0), (0, 100, 0), (2, 100, 2)])
    func theOverlapIsAFifthOfThePageAtMostTheConfiguredOne(_ configured: Int, _ pageLength: Int, _ expected: Int) {
        #expect(PullPlanner.stepBack(overlap: configured, pageLength: pageLength) == expected)
    }
}
