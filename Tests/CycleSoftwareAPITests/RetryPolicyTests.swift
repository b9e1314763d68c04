import Testing
@testable import CycleSoftwareAPI

@Suite struct RetryPolicyTests {
    let policy = RetryPolicy(maxAttempts: 6, baseDelay: .milliseconds(400), maxDelay: .seconds(3))

    @Test(arguments: [
        // attempt, unit, expected wait
        (1, 0.0, Duration.milliseconds(200)), (1, 1.0, .milliseconds(400)), (1, 0.5, .milliseconds(300)),
        (2, 0.0, .milliseconds(400)), (2, 1.0, .milliseconds(800)),
        (3, 0.0, .milliseconds(800)), (3, 1.0, .milliseconds(1600)),
        (4, 1.0, .seconds(3)), (4, 0.0, .milliseconds(1500)),      // capped at maxDelay
        (40, 1.0, .seconds(3)),                                     // no overflow for absurd attempts
    ])
    func backoffDoublesWithBoundedJitter(_ attempt: Int, _ unit: Double, _ expected: Duration) {
        #expect(policy.delay(afterAttempt: attempt, unit: unit) == expected)
    }

    @Test func waitsGrowWhateverTheJitter() {
        // Below the cap, the shortest wait after a try is never below the longest wait after the one before.
        for attempt in 1...2 {
            let longestEarlier = policy.delay(afterAttempt: attempt, unit: 1)
            let shortestLater = policy.delay(afterAttempt: attempt + 1, unit: 0)
            #expect(shortestLater >= longestEarlier)
        }
    }

    @Test func jitterOutsideTheUnitRangeIsClamped() {
        #expect(policy.delay(afterAttempt: 1, unit: -3) == .milliseconds(200))
        #expect(policy.delay(afterAttempt: 1, unit: 7) == .milliseconds(400))
    }

    @Test func boundsAreSane() {
        let odd = RetryPolicy(maxAttempts: 0, baseDelay: .seconds(-1), maxDelay: .zero)
        #expect(odd.maxAttempts == 1)
        #expect(odd.delay(afterAttempt: 3, unit: 1) == .zero)
        #expect(RetryPolicy.none.maxAttempts == 1)
    }
}
