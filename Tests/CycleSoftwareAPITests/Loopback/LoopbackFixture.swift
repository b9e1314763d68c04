import CustomerGenerator
import CustomerModel
import Foundation
import Sandbox
@testable import CycleSoftwareAPI

/// A sandbox server on loopback and a real client pointed at it, for one test.
enum Loopback {
    static let username = "shop-owner"
    static let password = "l00pback-s3cret-pw"

    /// Realistic generated customers (odd unicode, numbers as strings, planted problems included).
    static func customers(_ count: Int, seed: UInt64 = 7) -> [Customer] {
        DutchCustomerGenerator.generate(GeneratorConfiguration(seed: seed, customers: count)).customers
    }

    /// Starts a sandbox serving `customers`, runs `body` with a client for it, and stops both.
    /// Records count as modified an hour ago, so a pull's closing `modified_since` pass sees only
    /// what changes while it runs.
    static func run<T>(
        customers: [Customer], pageSize: Int = 100, minutelyLimit: Int? = nil, dailyLimit: Int? = nil,
        minuteLength: Duration = .seconds(60), faults: SandboxFaults = .none, password: String = Loopback.password,
        configure: (inout ClientConfiguration) -> Void = { _ in },
        _ body: (CustomersClient, RunningSandbox) async throws -> T
    ) async throws -> T {
        let store = SandboxStore(customers: customers, modifiedAt: Date().addingTimeInterval(-3600))
        let sandbox = try await Sandbox.start(store: store, configuration: SandboxConfiguration(
            username: username, password: Loopback.password, pageSize: pageSize, minutelyLimit: minutelyLimit,
            dailyLimit: dailyLimit, minuteLength: minuteLength, faults: faults))
        var configuration = try ClientConfiguration(
            baseURL: sandbox.baseURL, credentials: Credentials(username: username, password: password),
            retry: RetryPolicy(maxAttempts: 6, baseDelay: .milliseconds(5), maxDelay: .milliseconds(40)),
            requestTimeout: .seconds(30))
        configuration.rateLimitWindow = minuteLength
        configure(&configuration)
        let client = CustomersClient(configuration: configuration)
        do {
            let result = try await body(client, sandbox)
            try await client.shutdown()
            await sandbox.stop()
            return result
        } catch {
            try? await client.shutdown()
            await sandbox.stop()
            throw error
        }
    }

    /// Every page of a pull.
    static func pull(_ client: CustomersClient, modifiedSince: String? = nil, from offset: Int = 0,
                     anchorIDs: Set<Int> = [], limit: Int = .max) async throws -> [CustomerPage] {
        var pages: [CustomerPage] = []
        for try await page in client.pages(modifiedSince: modifiedSince, from: offset, anchorIDs: anchorIDs) {
            pages.append(page)
            if pages.count >= limit { break }
        }
        return pages
    }

    /// The error `body` throws, or nil.
    static func error(_ body: () async throws -> Void) async -> Error? {
        do {
            try await body()
            return nil
        } catch {
            return error
        }
    }

    /// The record's JSON as a comparable value.
    static func json(_ raw: String) -> NSDictionary? {
        (try? JSONSerialization.jsonObject(with: Data(raw.utf8))) as? NSDictionary
    }
}
