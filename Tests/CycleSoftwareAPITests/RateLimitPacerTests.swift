import Testing
@testable import CycleSoftwareAPI

/// A server with fixed rate-limit windows, simulated on a virtual clock.
private struct FixedWindowServer {
    let limit: Int
    let window: Duration
    /// Where the server's windows start relative to the client's first request (≤ 0: earlier).
    let phase: Duration
    let origin: ContinuousClock.Instant
    var counts: [Int: Int] = [:]
    var rejected = 0

    /// Handles a request at `time`: the rate-limit status, or the Retry-After of a 429.
    mutating func handle(at time: ContinuousClock.Instant) -> (status: RateLimitStatus, retryAfter: Duration?) {
        let sinceStart = time - (origin + phase)
        let index = Int((sinceStart / window).rounded(.down))
        let used = counts[index, default: 0]
        if used >= limit {
            rejected += 1
            let end = origin + phase + window * (index + 1)
            return (RateLimitStatus(minutelyLimit: limit, minutelyRemaining: 0), end - time)
        }
        counts[index] = used + 1
        return (RateLimitStatus(minutelyLimit: limit, minutelyRemaining: limit - used - 1), nil)
    }
}

@Suite struct RateLimitPacerTests {
    /// Runs `requests` sequential requests through a pacer against `server`; returns the elapsed time.
    private func run(_ requests: Int, against server: inout FixedWindowServer, latency: Duration) -> Duration {
        var pacer = RateLimitPacer(window: server.window)
        var now = server.origin
        for _ in 0..<requests {
            while true {
                now += pacer.delay(at: now)
                pacer.willSend(at: now)
                let sentAt = now
                let answer = server.handle(at: now + latency / 2)
                now += latency
                pacer.didReceive(answer.status, sentAt: sentAt, at: now)
                guard let retryAfter = answer.retryAfter else { break }
                pacer.pause(for: retryAfter, at: now)
            }
        }
        return now - server.origin
    }

    @Test(arguments: [
        // limit, window, phase of the server's windows, latency
        (360, Duration.seconds(60), Duration.zero, Duration.milliseconds(40)),
        (360, .seconds(60), .seconds(-37), .milliseconds(40)),
        (60, .milliseconds(500), .milliseconds(-123), .milliseconds(1)),
        (30, .seconds(1), .milliseconds(-999), .milliseconds(3)),
    ])
    func longPullRunsNearTheCeilingWithoutA429(_ limit: Int, _ window: Duration, _ phase: Duration, _ latency: Duration) {
        var server = FixedWindowServer(limit: limit, window: window, phase: phase, origin: .now)
        let requests = limit * 12
        let elapsed = run(requests, against: &server, latency: latency)
        #expect(server.rejected == 0)
        let ceiling = Double(limit) / (window / .seconds(1))
        let achieved = Double(requests) / (elapsed / .seconds(1))
        #expect(achieved <= ceiling * 1.1)
        #expect(achieved >= ceiling * 0.9, "achieved \(achieved)/s of \(ceiling)/s")
    }

    @Test func remainingRequestsAreSpreadOverTheRestOfTheWindow() {
        var pacer = RateLimitPacer(window: .seconds(60))
        let start = ContinuousClock.now
        pacer.willSend(at: start)
        pacer.didReceive(RateLimitStatus(minutelyLimit: 360, minutelyRemaining: 359), sentAt: start, at: start)
        #expect(pacer.delay(at: start) == .seconds(60) / 359)
        // Someone else used most of the quota: the spacing widens.
        pacer.willSend(at: start + .seconds(30))
        pacer.didReceive(RateLimitStatus(minutelyLimit: 360, minutelyRemaining: 10),
                         sentAt: start + .seconds(30), at: start + .seconds(30))
        #expect(pacer.delay(at: start + .seconds(30)) == .seconds(3))
    }

    @Test func nothingLeftWaitsForTheWindowToEnd() {
        var pacer = RateLimitPacer(window: .seconds(60))
        let start = ContinuousClock.now
        pacer.willSend(at: start)
        pacer.didReceive(RateLimitStatus(minutelyLimit: 360, minutelyRemaining: 0), sentAt: start, at: start + .seconds(1))
        let wait = pacer.delay(at: start + .seconds(20))
        #expect(wait >= .seconds(40) && wait < .seconds(40) + .milliseconds(10))
        // After the window the full limit is assumed again.
        #expect(pacer.delay(at: start + .seconds(61)) < .seconds(1))
    }

    @Test func retryAfterHoldsEveryRequestBack() {
        var pacer = RateLimitPacer(window: .seconds(60))
        let now = ContinuousClock.now
        pacer.pause(for: .milliseconds(1500), at: now)
        #expect(pacer.delay(at: now) == .milliseconds(1500))
        #expect(pacer.delay(at: now + .seconds(1)) == .milliseconds(500))
        #expect(pacer.delay(at: now + .seconds(2)) == .zero)
    }

    @Test func noHeadersNoPacing() {
        var pacer = RateLimitPacer(window: .seconds(60))
        let now = ContinuousClock.now
        for step in 0..<100 {
            let time = now + .milliseconds(step)
            #expect(pacer.delay(at: time) == .zero)
            pacer.willSend(at: time)
            pacer.didReceive(nil, sentAt: time, at: time)
        }
    }
}
