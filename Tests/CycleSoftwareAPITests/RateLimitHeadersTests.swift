import CustomerModel
import Foundation
import Testing
@testable import CycleSoftwareAPI

@Suite struct RateLimitHeadersTests {
    @Test func readsTheDocumentedHeaders() {
        // The headers of the example answers in api/customers.md.
        let headers = [("Content-type", "application/json; charset=utf-8"),
                       ("X-RateLimit-Minutely-Limit", "360"), ("X-RateLimit-Minutely-Remaining", "59"),
                       ("X-RateLimit-Daily-Limit", "15000"), ("X-RateLimit-Daily-Remaining", "14999"),
                       ("X-RateLimit-Daily-Reset", "1678230000")]
        let status = RateLimitHeaders.status(from: headers)
        #expect(status == RateLimitStatus(minutelyLimit: 360, minutelyRemaining: 59, dailyLimit: 15000,
                                          dailyRemaining: 14999, dailyReset: 1_678_230_000))
        #expect(status?.dailyResetDate == Date(timeIntervalSince1970: 1_678_230_000))
    }

    @Test func namesAreCaseInsensitiveAndOddValuesTolerated() {
        let headers = [("x-ratelimit-minutely-remaining", " 12 "), ("X-RATELIMIT-MINUTELY-LIMIT", "360.0"),
                       ("x-ratelimit-daily-remaining", "lots")]
        let status = RateLimitHeaders.status(from: headers)
        #expect(status?.minutelyRemaining == 12)
        #expect(status?.minutelyLimit == 360)
        #expect(status?.dailyRemaining == nil)
    }

    @Test func noHeadersNoStatus() {
        #expect(RateLimitHeaders.status(from: [("Content-Type", "application/json")]) == nil)
    }

    @Test(arguments: [
        ("120", Duration.seconds(120)), ("0", .zero), ("0.25", .milliseconds(250)), (" 1.5 ", .milliseconds(1500)),
        ("0.0004", .milliseconds(1)),  // rounded up, never to zero
    ])
    func retryAfterSeconds(_ value: String, _ expected: Duration) {
        #expect(RateLimitHeaders.retryAfter(value) == expected)
    }

    @Test func retryAfterHTTPDate() {
        let now = Date(timeIntervalSince1970: 1_678_229_990)   // 2023-03-07 22:59:50 UTC
        #expect(RateLimitHeaders.retryAfter("Tue, 07 Mar 2023 23:00:00 GMT", now: now) == .seconds(10))
        #expect(RateLimitHeaders.retryAfter("Tue, 07 Mar 2023 22:00:00 GMT", now: now) == .zero)
    }

    @Test(arguments: ["soon", "-5", "", "nan", "inf"])
    func unreadableRetryAfterIsIgnored(_ value: String) {
        #expect(RateLimitHeaders.retryAfter(value) == nil)
    }

    @Test func serverDateHeader() {
        let date = RateLimitHeaders.serverDate(from: [("date", "Sun, 29 Nov 2026 12:00:00 GMT")])
        #expect(date.map(APITimestamp.format) == "2026-11-29 12:00:00")
    }
}
