import CustomerModel
import Foundation
import Sandbox
import Testing
@testable import CycleSoftwareAPI

/// The real client against a sandbox that fails the way real servers and networks do.
@Suite struct LoopbackFaultTests {
    @Test func wrongPasswordIsUnauthorizedAtOnceAndNeverEchoed() async throws {
        let wrong = "wr0ng-pa55word-xyz"
        try await Loopback.run(customers: Loopback.customers(20), password: wrong) { client, sandbox in
            let error = await Loopback.error { _ = try await Loopback.pull(client) }
            #expect(error as? APIError == .unauthorized)
            #expect(sandbox.traffic.unauthorized == 1)   // not retried
            let text = "\(String(describing: error)) \(String(reflecting: error))"
            #expect(!text.contains(wrong))
            #expect(!text.contains(Loopback.password))
        }
    }

    @Test(arguments: [
        SandboxFaults(serverErrorRate: 0.25, resetRate: 0.15, seed: 3),
        SandboxFaults(truncateRate: 0.3, truncation: .connectionClosed, seed: 4),
        SandboxFaults(truncateRate: 0.3, truncation: .shortBody, seed: 5),
        SandboxFaults(errorBodyRate: 0.3, seed: 6),
    ])
    func transientFaultsAreRetriedAndThePullCompletes(_ faults: SandboxFaults) async throws {
        let customers = Loopback.customers(700, seed: 2)
        try await Loopback.run(customers: customers, pageSize: 50, faults: faults) { client, sandbox in
            let pulled = try await Loopback.pull(client).flatMap(\.customers).compactMap(\.customerID)
            #expect(pulled.count == customers.count)
            #expect(Set(pulled).count == pulled.count)
            let injected = sandbox.traffic.faults.values.reduce(0, +)
            #expect(injected > 0)
            #expect(client.statistics.retries == injected)
        }
    }

    @Test(arguments: [
        (SandboxFaults(serverErrorRate: 1), "server"),
        (SandboxFaults(resetRate: 1), "transport"),
        (SandboxFaults(truncateRate: 1, truncation: .shortBody), "malformed"),
        (SandboxFaults(truncateRate: 1, truncation: .connectionClosed), "transport or malformed"),
        (SandboxFaults(errorBodyRate: 1), "api"),
    ])
    func persistentFaultsEndInAnErrorNamingWhatHappened(_ faults: SandboxFaults, _ kind: String) async throws {
        try await Loopback.run(customers: Loopback.customers(50), faults: faults) { client, sandbox in
            let error = await Loopback.error { _ = try await Loopback.pull(client) }
            let apiError = try #require(error as? APIError)
            switch (apiError, kind) {
            case let (.server(status, attempts), "server"):
                #expect([500, 502, 503].contains(status))
                #expect(attempts == 6)
            case let (.transport(_, attempts), "transport"), let (.transport(_, attempts), "transport or malformed"),
                 let (.malformedResponse(_, attempts), "malformed"), let (.malformedResponse(_, attempts), "transport or malformed"):
                #expect(attempts == 6)
            case let (.apiError(message, attempts), "api"):
                #expect(message == "A temporary error occurred, please try again")
                #expect(attempts == 6)
            default:
                Issue.record("expected a \(kind) error, got \(apiError)")
            }
            #expect(sandbox.traffic.requests == 6)
            #expect(!apiError.description.contains(Loopback.password))
        }
    }

    @Test func aSlowServerTimesOut() async throws {
        try await Loopback.run(customers: Loopback.customers(10), faults: SandboxFaults(delay: .seconds(2)),
                               configure: {
                                   $0.requestTimeout = .milliseconds(200)
                                   $0.retry = RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(5))
                               }) { client, _ in
            let error = await Loopback.error { _ = try await client.customer(id: 1) }
            guard case let .transport(reason, attempts)? = error as? APIError else {
                Issue.record("expected a timeout, got \(String(describing: error))")
                return
            }
            #expect(reason.contains("no complete answer within"))
            #expect(attempts == 2)
        }
    }

    @Test func a429IsWaitedOutAsRetryAfterSays() async throws {
        // Five requests per 1.5 s "minute"; twelve requests at once before the client knows the limit.
        // The window is long enough that a loaded machine cannot spread the twelve over two windows.
        let minute = Duration.milliseconds(1_500)
        let customers = Loopback.customers(30)
        try await Loopback.run(customers: customers, minutelyLimit: 5, minuteLength: minute) { client, sandbox in
            let ids = Array(customers.compactMap(\.customerID).prefix(12))
            let started = ContinuousClock.now
            let fetched = try await withThrowingTaskGroup(of: Customer.self) { group in
                for id in ids { group.addTask { try await client.customer(id: id) } }
                return try await group.reduce(into: [Customer]()) { $0.append($1) }
            }
            let elapsed = ContinuousClock.now - started
            #expect(Set(fetched.compactMap(\.customerID)) == Set(ids))
            #expect(sandbox.traffic.rateLimited > 0)
            #expect(client.statistics.rateLimited == sandbox.traffic.rateLimited)
            // Twelve requests at five a window need three windows, so at least two window ends passed.
            #expect(elapsed >= minute)
            #expect(client.lastRateLimit?.minutelyLimit == 5)
        }
    }

    @Test func pacingKeepsALongPullBelowTheLimit() async throws {
        // 30 pages at 8 requests per 250 ms: about four windows, no 429.
        let minute = Duration.milliseconds(250)
        try await Loopback.run(customers: Loopback.customers(600), pageSize: 21, minutelyLimit: 8, minuteLength: minute) { client, sandbox in
            let started = ContinuousClock.now
            let pulled = try await Loopback.pull(client).flatMap(\.customers)
            let elapsed = ContinuousClock.now - started
            #expect(pulled.count == 600)
            #expect(sandbox.traffic.rateLimited == 0)
            let requests = client.statistics.requests
            let ceiling = Double(requests - 8) / 8 * (minute / .seconds(1))   // the first window is free
            #expect(elapsed / .seconds(1) >= ceiling * 0.9, "faster than the limit allows")
        }
    }

    @Test func aUsedUpDailyLimitStopsWithTheResetTime() async throws {
        try await Loopback.run(customers: Loopback.customers(200), pageSize: 20, dailyLimit: 3,
                               minuteLength: .milliseconds(100)) { client, sandbox in
            let before = Date()
            let error = await Loopback.error { _ = try await Loopback.pull(client) }
            guard case let .rateLimitExhausted(resetsAt)? = error as? APIError else {
                Issue.record("expected rateLimitExhausted, got \(String(describing: error))")
                return
            }
            // A sandbox day is 1,440 minutes of 100 ms: 144 s.
            let reset = try #require(resetsAt)
            #expect(reset > before && reset < before.addingTimeInterval(150))
            #expect(sandbox.traffic.requests == 3)   // stopped before a refused request
            #expect((error as? APIError)?.description.contains("resets at") == true)
        }
    }
}
