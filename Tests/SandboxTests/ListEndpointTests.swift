import CustomerModel
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Sandbox
import Testing

@Suite struct ListEndpointTests {
    @Test func pagesFollowNextOffsetInIDOrder() async throws {
        try await SandboxFixtures.withRouter { client, _ in
            var offset: Int? = 0
            var pages: [[Int]] = []
            var counts: [Int] = []
            while let current = offset {
                let response = try await client.execute(uri: "/api/v1/customers/list.json?offset=\(current)", method: .get,
                                                        headers: SandboxFixtures.headers())
                #expect(response.status == .ok)
                #expect(response.object["error"] as? Bool == false)
                #expect(response.object["error_message"] is NSNull)
                let pagination = try #require(response.object["pagination"] as? [String: Any])
                counts.append(pagination["count"] as? Int ?? -1)
                pages.append(response.customerIDs)
                offset = pagination["next_offset"] as? Int
            }
            #expect(pages == [[8, 11, 12], [20, 21, 30], [31]])
            #expect(counts == [3, 3, 1])
        }
    }

    @Test func lastFullPageHasNoNextOffset() async throws {
        try await SandboxFixtures.withRouter(configuration: SandboxFixtures.configuration(pageSize: 7)) { client, _ in
            let response = try await client.execute(uri: "/api/v1/customers/list.json", method: .get, headers: SandboxFixtures.headers())
            let pagination = try #require(response.object["pagination"] as? [String: Any])
            #expect(pagination["count"] as? Int == 7)
            #expect(pagination["next_offset"] is NSNull)
        }
    }

    @Test func offsetPastTheEndIsAnEmptyLastPage() async throws {
        try await SandboxFixtures.withRouter { client, _ in
            let response = try await client.execute(uri: "/api/v1/customers/list.json?offset=100", method: .get,
                                                    headers: SandboxFixtures.headers())
            #expect(response.status == .ok)
            #expect(response.customerIDs.isEmpty)
            #expect((response.object["pagination"] as? [String: Any])?["next_offset"] is NSNull)
        }
    }

    @Test func plantedRecordsAreServedExactlyAsTheirRawText() async throws {
        try await SandboxFixtures.withRouter(configuration: SandboxFixtures.configuration(pageSize: 10)) { client, _ in
            let response = try await client.execute(uri: "/api/v1/customers/list.json", method: .get, headers: SandboxFixtures.headers())
            #expect(response.text.contains(SandboxFixtures.rawCustomer21))
            let page = try CustomerJSON.decodeListPage(Data(response.body.readableBytesView))
            #expect(page.customers.count == 7)
            #expect(page.customers.first { $0.customerID == 21 }?.name == "<script>alert(1)</script>")
        }
    }

    @Test func modifiedSinceReturnsOnlyCustomersChangedAtOrAfterIt() async throws {
        let clock = ManualClock(APITimestamp.parse("2026-01-01 10:00:00")!)
        let store = SandboxFixtures.store(clock: .manual(clock))
        clock.advance(by: .seconds(3600))
        await store.touch(id: 20)
        _ = await store.modify(id: 8) { $0.city = "Sneek" }
        clock.advance(by: .seconds(60))
        let inserted = await store.insert(Customer(firstName: "Nieuw", name: "Klant"))
        try await SandboxFixtures.withRouter(store: store) { client, _ in
            func ids(since: String) async throws -> [Int] {
                let query = since.replacingOccurrences(of: " ", with: "%20")
                let response = try await client.execute(uri: "/api/v1/customers/list.json?modified_since=\(query)",
                                                        method: .get, headers: SandboxFixtures.headers())
                #expect(response.status == .ok)
                return response.customerIDs
            }
            let sinceEdits = try await ids(since: "2026-01-01 11:00:00")
            let sinceInsert = try await ids(since: "2026-01-01 11:00:01")
            let sinceLater = try await ids(since: "2026-01-01 11:01:01")
            // Customer 12 carries datetime_created 2023-01-03 12:30:44: that is its modification time.
            let sinceCreation = try await ids(since: "2023-01-03 12:30:44")
            #expect(sinceEdits == [8, 20, inserted.customerID!])
            #expect(sinceInsert == [inserted.customerID!])
            #expect(sinceLater == [])
            #expect(sinceCreation.contains(12))
        }
    }

    @Test func modifiedSincePagesOverTheFilteredCustomers() async throws {
        let clock = ManualClock(APITimestamp.parse("2026-01-01 10:00:00")!)
        let store = SandboxFixtures.store(clock: .manual(clock))
        clock.advance(by: .seconds(10))
        for id in [8, 12, 20, 30, 31] { await store.touch(id: id) }
        try await SandboxFixtures.withRouter(store: store, configuration: SandboxFixtures.configuration(pageSize: 2)) { client, _ in
            var offset: Int? = 0
            var seen: [Int] = []
            while let current = offset {
                let response = try await client.execute(
                    uri: "/api/v1/customers/list.json?modified_since=2026-01-01+10:00:05&offset=\(current)",
                    method: .get, headers: SandboxFixtures.headers())
                seen += response.customerIDs
                offset = (response.object["pagination"] as? [String: Any])?["next_offset"] as? Int
            }
            #expect(seen == [8, 12, 20, 30, 31])
        }
    }

    @Test(arguments: ["offset=-1", "offset=abc", "modified_since=yesterday", "modified_since=2023-02-31%2010:00:00"])
    func badParametersAreA400WithAnErrorBody(query: String) async throws {
        try await SandboxFixtures.withRouter { client, _ in
            let response = try await client.execute(uri: "/api/v1/customers/list.json?\(query)", method: .get,
                                                    headers: SandboxFixtures.headers())
            #expect(response.status == .badRequest)
            #expect(response.object["error"] as? Bool == true)
            #expect((response.object["error_message"] as? String)?.isEmpty == false)
        }
    }
}
