import CustomerModel
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Sandbox
import Testing

@Suite struct RateLimitTests {
    static let list = "/api/v1/customers/list.json"

    @Test func everyAnswerCarriesTheLimitsAndWhatIsLeft() async throws {
        let clock = ManualClock()
        let configuration = SandboxFixtures.configuration(minutelyLimit: 5, dailyLimit: 100, minuteLength: .milliseconds(200))
        try await SandboxFixtures.withRouter(store: SandboxFixtures.store(clock: .manual(clock)), configuration: configuration) { client, _ in
            var remaining: [String?] = []
            for uri in [Self.list, "/api/v1/customers/8.json", "/api/v1/customers/99.json"] {
                let response = try await client.execute(uri: uri, method: .get, headers: SandboxFixtures.headers())
                #expect(response.header("X-RateLimit-Minutely-Limit") == "5")
                #expect(response.header("X-RateLimit-Daily-Limit") == "100")
                remaining.append(response.header("X-RateLimit-Minutely-Remaining"))
                #expect(response.header("X-RateLimit-Daily-Remaining") == response.header("X-RateLimit-Minutely-Remaining").map { String(95 + Int($0)!) })
                // The day is 1,440 scaled minutes from the first window: 288 s.
                let reset = Int(clock.now.timeIntervalSince1970 + 288)
                #expect(response.header("X-RateLimit-Daily-Reset") == String(reset))
            }
            #expect(remaining == ["4", "3", "2"])
        }
    }

    @Test func pastTheMinuteLimitAnswers429WithRetryAfterAndCountsNothing() async throws {
        let clock = ManualClock()
        let configuration = SandboxFixtures.configuration(minutelyLimit: 3, dailyLimit: 100, minuteLength: .milliseconds(200))
        try await SandboxFixtures.withRouter(store: SandboxFixtures.store(clock: .manual(clock)), configuration: configuration) { client, store in
            clock.advance(by: .milliseconds(50))
            for _ in 0..<3 {
                let response = try await client.execute(uri: Self.list, method: .get, headers: SandboxFixtures.headers())
                #expect(response.status == .ok)
            }
            for _ in 0..<4 {
                let refused = try await client.execute(uri: Self.list, method: .get, headers: SandboxFixtures.headers())
                #expect(refused.status == .tooManyRequests)
                #expect(refused.object["error"] as? Bool == true)
                #expect(refused.header("Retry-After") == "0.150")
                #expect(refused.header("X-RateLimit-Minutely-Remaining") == "0")
                #expect(refused.header("X-RateLimit-Daily-Remaining") == "97")
            }
            clock.advance(by: .milliseconds(150))
            let next = try await client.execute(uri: Self.list, method: .get, headers: SandboxFixtures.headers())
            #expect(next.status == .ok)
            #expect(next.header("X-RateLimit-Minutely-Remaining") == "2")
            // Refused requests counted against neither window.
            #expect(next.header("X-RateLimit-Daily-Remaining") == "96")
            #expect(store.traffic.summary.rateLimited == 4)
            #expect(store.traffic.summary.statuses[429] == 4)
        }
    }

    @Test func aUsedUpDayAnswers429UntilTheDailyReset() async throws {
        let clock = ManualClock()
        let configuration = SandboxFixtures.configuration(minutelyLimit: nil, dailyLimit: 2, minuteLength: .milliseconds(100))
        try await SandboxFixtures.withRouter(store: SandboxFixtures.store(clock: .manual(clock)), configuration: configuration) { client, _ in
            let start = clock.now
            for _ in 0..<2 { _ = try await client.execute(uri: Self.list, method: .get, headers: SandboxFixtures.headers()) }
            clock.advance(by: .seconds(100))
            let refused = try await client.execute(uri: Self.list, method: .get, headers: SandboxFixtures.headers())
            #expect(refused.status == .tooManyRequests)
            #expect(refused.header("X-RateLimit-Daily-Remaining") == "0")
            #expect(refused.header("Retry-After") == "44.000") // a day of 1,440 × 100 ms = 144 s
            #expect(refused.header("X-RateLimit-Daily-Reset") == String(Int(start.timeIntervalSince1970) + 144))
            #expect(refused.header("X-RateLimit-Minutely-Limit") == nil)
            clock.advance(by: .seconds(44))
            let next = try await client.execute(uri: Self.list, method: .get, headers: SandboxFixtures.headers())
            #expect(next.status == .ok)
            #expect(next.header("X-RateLimit-Daily-Remaining") == "1")
        }
    }

    @Test func realMinutesFollowTheWallClockAndDaysEndAtMidnightUTC() async throws {
        let clock = ManualClock(APITimestamp.parse("2026-11-29 13:05:40")!)
        let configuration = SandboxFixtures.configuration(minutelyLimit: 1, dailyLimit: 15_000)
        try await SandboxFixtures.withRouter(store: SandboxFixtures.store(clock: .manual(clock)), configuration: configuration) { client, _ in
            _ = try await client.execute(uri: Self.list, method: .get, headers: SandboxFixtures.headers())
            let refused = try await client.execute(uri: Self.list, method: .get, headers: SandboxFixtures.headers())
            #expect(refused.status == .tooManyRequests)
            #expect(refused.header("Retry-After") == "20")
            #expect(refused.header("X-RateLimit-Daily-Reset") == String(Int(APITimestamp.parse("2026-11-30 00:00:00")!.timeIntervalSince1970)))
            clock.advance(by: .seconds(20))
            let next = try await client.execute(uri: Self.list, method: .get, headers: SandboxFixtures.headers())
            #expect(next.status == .ok)
        }
    }

    @Test func unauthenticatedRequestsSeeTheLimitsButUseNone() async throws {
        let configuration = SandboxFixtures.configuration(minutelyLimit: 2, dailyLimit: 10)
        try await SandboxFixtures.withRouter(configuration: configuration) { client, _ in
            for _ in 0..<5 {
                let refused = try await client.execute(uri: Self.list, method: .get)
                #expect(refused.status == .unauthorized)
                #expect(refused.header("X-RateLimit-Minutely-Remaining") == "2")
                #expect(refused.header("X-RateLimit-Daily-Remaining") == "10")
            }
        }
    }

    @Test func unlimitedSendsNoLimitHeaders() async throws {
        try await SandboxFixtures.withRouter(configuration: SandboxFixtures.configuration(minutelyLimit: nil, dailyLimit: nil)) { client, _ in
            for _ in 0..<20 {
                let response = try await client.execute(uri: Self.list, method: .get, headers: SandboxFixtures.headers())
                #expect(response.status == .ok)
                #expect(response.header("X-RateLimit-Minutely-Limit") == nil)
                #expect(response.header("X-RateLimit-Daily-Reset") == nil)
            }
        }
    }

    @Test(arguments: [(0.137, Duration.milliseconds(200), "0.137"), (0.0001, .milliseconds(200), "0.001"),
                      (1.5, .milliseconds(1500), "1.500"), (12.0004, .milliseconds(200), "12.001"),
                      (19.2, .seconds(60), "20"), (0.2, .seconds(60), "1"), (3, .seconds(5), "3")])
    func retryAfterIsWholeSecondsForRealMinutesAndMillisecondsForScaledOnes(seconds: Double, minute: Duration, header: String) {
        #expect(RetryAfter.header(seconds: seconds, minuteLength: minute) == header)
    }
}
