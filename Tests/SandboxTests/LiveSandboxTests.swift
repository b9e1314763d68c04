import AsyncHTTPClient
import CustomerModel
import Foundation
import NIOCore
import NIOHTTP1
@testable import Sandbox
import Testing

/// The sandbox on a real socket (port 0), driven by a plain AsyncHTTPClient.
@Suite struct LiveSandboxTests {
    /// Generous: on a loaded two-core machine a healthy answer can take seconds.
    static let patience = TimeAmount.seconds(30)

    static func request(_ sandbox: RunningSandbox, _ path: String, method: HTTPMethod = .GET, body: String? = nil,
                        gzip: Bool = false) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: sandbox.baseURL + path)
        request.method = method
        request.headers.add(name: "Authorization",
                            value: "Basic " + Data("\(SandboxFixtures.username):\(SandboxFixtures.password)".utf8).base64EncodedString())
        if gzip { request.headers.add(name: "Accept-Encoding", value: "gzip") }
        if let body { request.body = .bytes(ByteBuffer(string: body)) }
        return request
    }

    static func withSandbox(_ configuration: SandboxConfiguration = SandboxFixtures.configuration(minutelyLimit: 100, dailyLimit: 1_000),
                            decompress: Bool = false,
                            _ test: (RunningSandbox, HTTPClient) async throws -> Void) async throws {
        let sandbox = try await Sandbox.start(customers: SandboxFixtures.customers, configuration: configuration)
        let client = HTTPClient(eventLoopGroupProvider: .singleton,
                                configuration: .init(decompression: decompress ? .enabled(limit: .none) : .disabled))
        do {
            try await test(sandbox, client)
        } catch {
            try? await client.shutdown()
            await sandbox.stop()
            throw error
        }
        try await client.shutdown()
        await sandbox.stop()
    }

    @Test func servesPagesOverLoopbackWithGzip() async throws {
        try await Self.withSandbox(decompress: true) { sandbox, client in
            #expect(sandbox.baseURL.hasPrefix("http://127.0.0.1:"))
            #expect(sandbox.port > 0)
            var offset: Int? = 0
            var ids: [Int] = []
            while let current = offset {
                let response = try await client.execute(Self.request(sandbox, "/api/v1/customers/list.json?offset=\(current)", gzip: true),
                                                        timeout: Self.patience)
                #expect(response.status == .ok)
                #expect(response.headers.first(name: "Content-Encoding") == "gzip")
                #expect(response.headers.first(name: "X-RateLimit-Daily-Remaining") != nil)
                let page = try CustomerJSON.decodeListPage(Data((try await response.body.collect(upTo: 1 << 20)).readableBytesView))
                ids += page.customers.compactMap(\.customerID)
                offset = page.nextOffset
            }
            #expect(ids == [8, 11, 12, 20, 21, 30, 31])
        }
    }

    @Test func createsAndUpdatesOverLoopback() async throws {
        try await Self.withSandbox { sandbox, client in
            let created = try await client.execute(
                Self.request(sandbox, "/api/v1/customers.json", method: .POST, body: #"{"name": "Nieuw", "city": "Oss"}"#),
                timeout: Self.patience)
            #expect(created.status == .ok)
            let customer = try CustomerJSON.decodeCustomer(Data((try await created.body.collect(upTo: 1 << 20)).readableBytesView))
            let id = try #require(customer.customerID)
            let updated = try await client.execute(
                Self.request(sandbox, "/api/v1/customers/\(id).json", method: .PUT, body: #"{"city": "Uden"}"#), timeout: Self.patience)
            #expect(updated.status == .ok)
            _ = try await updated.body.collect(upTo: 1 << 20)
            #expect(await sandbox.store.customer(id: id)?.city == "Uden")
        }
    }

    @Test func anUnauthenticatedRequestIsA401() async throws {
        try await Self.withSandbox { sandbox, client in
            let response = try await client.execute(HTTPClientRequest(url: sandbox.baseURL + "/api/v1/customers/8.json"),
                                                    timeout: Self.patience)
            #expect(response.status == .unauthorized)
            _ = try await response.body.collect(upTo: 1 << 20)
        }
    }

    @Test func faultsSwitchAtRuntime() async throws {
        try await Self.withSandbox { sandbox, client in
            await sandbox.setFaults(SandboxFaults(resetRate: 1))
            #expect(sandbox.faults.resetRate == 1)
            await #expect(throws: (any Error).self) {
                _ = try await client.execute(Self.request(sandbox, "/api/v1/customers/8.json"), timeout: Self.patience)
            }
            await sandbox.setFaults(SandboxFaults(truncateRate: 1, truncation: .connectionClosed))
            await #expect(throws: (any Error).self) {
                let response = try await client.execute(Self.request(sandbox, "/api/v1/customers/list.json"), timeout: Self.patience)
                _ = try await response.body.collect(upTo: 1 << 20)
            }
            await sandbox.setFaults(SandboxFaults(truncateRate: 1, truncation: .shortBody))
            let short = try await client.execute(Self.request(sandbox, "/api/v1/customers/list.json"), timeout: Self.patience)
            let body = try await short.body.collect(upTo: 1 << 20)
            #expect(short.status == .ok)
            #expect(short.headers.first(name: "Content-Length") == String(body.readableBytes))
            #expect(throws: (any Error).self) { try CustomerJSON.decodeListPage(Data(body.readableBytesView)) }
            await sandbox.setFaults(.none)
            let healthy = try await client.execute(Self.request(sandbox, "/api/v1/customers/8.json"), timeout: Self.patience)
            #expect(healthy.status == .ok)
            _ = try await healthy.body.collect(upTo: 1 << 20)
            #expect(sandbox.traffic.faults == ["reset": 1, "truncate": 2])
        }
    }

    @Test func twoSandboxesGetTheirOwnPortsAndAStoppedOneIsGone() async throws {
        let first = try await Sandbox.start(customers: [], configuration: SandboxFixtures.configuration())
        let second = try await Sandbox.start(customers: [], configuration: SandboxFixtures.configuration())
        #expect(first.port != second.port)
        await first.stop()
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        // An HTTP client dropped without shutdown aborts the whole test process: shut it down on every path.
        do {
            await #expect(throws: (any Error).self) {
                // The client retries refused connections until its deadline: keep it short.
                _ = try await client.execute(Self.request(first, "/api/v1/customers/list.json"), timeout: .milliseconds(300))
            }
            let response = try await client.execute(Self.request(second, "/api/v1/customers/list.json"), timeout: .seconds(30))
            #expect(response.status == .ok)
            _ = try await response.body.collect(upTo: 1 << 20)
        } catch {
            try? await client.shutdown()
            await second.stop()
            throw error
        }
        try await client.shutdown()
        await second.stop()
    }

    @Test func aTakenPortIsAnError() async throws {
        let first = try await Sandbox.start(customers: [], configuration: SandboxFixtures.configuration())
        await #expect(throws: (any Error).self) {
            let second = try await Sandbox.start(customers: [], configuration: SandboxFixtures.configuration(), port: first.port)
            await second.stop()
        }
        await first.stop()
    }
}
