import CustomerModel
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Sandbox
import Testing

@Suite struct FaultTests {
    static let list = "/api/v1/customers/list.json"

    static func configuration(_ faults: SandboxFaults, pageSize: Int = 3) -> SandboxConfiguration {
        SandboxFixtures.configuration(pageSize: pageSize, minutelyLimit: 100, dailyLimit: 1000, faults: faults)
    }

    @Test func serverErrorsAre5xxWithAnErrorBodyAndLimitHeaders() async throws {
        try await SandboxFixtures.withRouter(configuration: Self.configuration(SandboxFaults(serverErrorRate: 1))) { client, store in
            var statuses: Set<Int> = []
            for _ in 0..<30 {
                let response = try await client.execute(uri: Self.list, method: .get, headers: SandboxFixtures.headers())
                statuses.insert(Int(response.status.code))
                #expect(response.object["error"] as? Bool == true)
                #expect(response.header("X-RateLimit-Minutely-Remaining") != nil)
            }
            #expect(statuses == [500, 502, 503])
            #expect(store.traffic.summary.faults == ["server_error": 30])
        }
    }

    @Test func errorBodiesAre200WithErrorTrue() async throws {
        try await SandboxFixtures.withRouter(configuration: Self.configuration(SandboxFaults(errorBodyRate: 1))) { client, _ in
            let response = try await client.execute(uri: Self.list, method: .get, headers: SandboxFixtures.headers())
            #expect(response.status == .ok)
            #expect(response.object["error"] as? Bool == true)
            #expect((response.object["error_message"] as? String)?.isEmpty == false)
            let page = try CustomerJSON.decodeListPage(Data(response.body.readableBytesView))
            #expect(page.error)
            #expect(page.customers.isEmpty)
        }
    }

    @Test(arguments: [HTTPFields(), [.acceptEncoding: "gzip"]])
    func shortBodiesAreHalfTheBodyWithAnHonestLength(extra: HTTPFields) async throws {
        let store = SandboxFixtures.store()
        let whole = try await SandboxFixtures.withRouter(store: store) { client, _ in
            try await client.execute(uri: Self.list, method: .get, headers: SandboxFixtures.headers(extra)).body
        }
        let faults = SandboxFaults(truncateRate: 1, truncation: .shortBody)
        try await SandboxFixtures.withRouter(store: store, configuration: Self.configuration(faults)) { client, store in
            let response = try await client.execute(uri: Self.list, method: .get, headers: SandboxFixtures.headers(extra))
            #expect(response.status == .ok)
            #expect(response.body.readableBytes == whole.readableBytes / 2)
            #expect(response.headers[.contentLength] == String(response.body.readableBytes))
            #expect(Array(whole.readableBytesView).starts(with: Array(response.body.readableBytesView)))
            #expect(response.json == nil)
            #expect(store.traffic.summary.faults["truncate"] == 1)
        }
    }

    @Test func droppedConnectionsAnnounceTheWholeBodyAndEndEarly() async throws {
        let faults = SandboxFaults(truncateRate: 1, truncation: .connectionClosed)
        try await SandboxFixtures.withRouter(configuration: Self.configuration(faults)) { client, store in
            // Through the router the early end surfaces as the body writer's error.
            await #expect(throws: SandboxConnectionFault.self) {
                _ = try await client.execute(uri: Self.list, method: .get, headers: SandboxFixtures.headers())
            }
            #expect(store.traffic.summary.faults["truncate"] == 1)
        }
    }

    @Test func resetsGiveNoAnswerFromTheSandbox() async throws {
        try await SandboxFixtures.withRouter(configuration: Self.configuration(SandboxFaults(resetRate: 1))) { client, store in
            let response = try await client.execute(uri: Self.list, method: .get, headers: SandboxFixtures.headers())
            // The router test framework turns the thrown reset into a bare 500: no body, no limit headers.
            #expect(response.status == .internalServerError)
            #expect(response.body.readableBytes == 0)
            #expect(response.header("X-RateLimit-Minutely-Remaining") == nil)
            #expect(store.traffic.summary.faults == ["reset": 1])
        }
    }

    @Test func slowResponsesWaitTheDelay() async throws {
        let faults = SandboxFaults(delay: .milliseconds(150))
        try await SandboxFixtures.withRouter(configuration: Self.configuration(faults)) { client, _ in
            let clock = ContinuousClock()
            let start = clock.now
            let response = try await client.execute(uri: "/api/v1/customers/8.json", method: .get, headers: SandboxFixtures.headers())
            #expect(response.status == .ok)
            #expect(clock.now - start >= .milliseconds(150))
        }
    }

    /// The status (and error flag) of 60 list requests under `faults`.
    static func outcomes(_ faults: SandboxFaults) async throws -> [String] {
        let faultsConfiguration = Self.configuration(faults)
        return try await SandboxFixtures.withRouter(configuration: faultsConfiguration) { client, _ in
            var outcomes: [String] = []
            for _ in 0..<60 {
                let response = try await client.execute(uri: Self.list, method: .get,
                                                        headers: SandboxFixtures.headers([.acceptEncoding: "identity"]))
                let error = response.object["error"] as? Bool
                outcomes.append("\(response.status.code)/\(error.map(String.init) ?? "cut")")
            }
            return outcomes
        }
    }

    @Test func theSameSeedGivesTheSameFaults() async throws {
        let mixed = SandboxFaults(serverErrorRate: 0.2, resetRate: 0.1, truncateRate: 0.1, errorBodyRate: 0.2,
                                  truncation: .shortBody, seed: 7)
        let first = try await Self.outcomes(mixed)
        let second = try await Self.outcomes(mixed)
        var reseeded = mixed
        reseeded.seed = 8
        let other = try await Self.outcomes(reseeded)
        #expect(first == second)
        #expect(first != other)
        // Every kind shows up, and clean answers too.
        for outcome in ["200/false", "200/true", "200/cut"] { #expect(first.contains(outcome), "\(outcome)") }
        #expect(first.contains { $0.hasPrefix("50") && $0.hasSuffix("/true") })
        #expect(first.contains("500/cut")) // the reset
    }

    @Test func deletesBetweenPagesMakePlainOffsetPagingSkipCustomers() async throws {
        let faults = SandboxFaults(deletesPerPage: 1, seed: 3)
        try await SandboxFixtures.withRouter(configuration: Self.configuration(faults)) { client, store in
            var offset: Int? = 0
            var seen: [Int] = []
            while let current = offset {
                let response = try await client.execute(uri: "\(Self.list)?offset=\(current)", method: .get, headers: SandboxFixtures.headers())
                seen += response.customerIDs
                offset = (response.object["pagination"] as? [String: Any])?["next_offset"] as? Int
            }
            let traffic = store.traffic.summary
            #expect(!traffic.driftDeleted.isEmpty)
            // Each deletion came from the pages already served.
            #expect(Set(traffic.driftDeleted).isSubset(of: Set(seen)))
            let survivors = await store.allCustomers().compactMap(\.customerID)
            let missed = survivors.filter { !seen.contains($0) }
            // The first of page two shifted onto page one when a customer before it was deleted.
            #expect(missed == [20], "a customer present throughout is skipped by plain offset paging")
            #expect(traffic.driftDeleted.count == 1) // no drift after the last page
        }
    }

    @Test func insertsBetweenPagesAddNewCustomersWithTheHighestIDs() async throws {
        let faults = SandboxFaults(insertsPerPage: 2, seed: 3)
        try await SandboxFixtures.withRouter(configuration: Self.configuration(faults)) { client, store in
            _ = try await client.execute(uri: Self.list, method: .get, headers: SandboxFixtures.headers())
            #expect(await store.count == 9)
            #expect(store.traffic.summary.driftInserted == [32, 33])
            let inserted = try #require(await store.customer(id: 32))
            #expect(inserted.countryCode == "NL")
            #expect(inserted.phoneNumbers.first?.customerID == 32)
            #expect(inserted.datetimeCreated != nil)
            // Drift follows list pages only.
            _ = try await client.execute(uri: "/api/v1/customers/8.json", method: .get, headers: SandboxFixtures.headers())
            #expect(await store.count == 9)
        }
    }
}
