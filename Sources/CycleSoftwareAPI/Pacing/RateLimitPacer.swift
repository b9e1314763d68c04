/// Spaces requests so that a long pull runs close to the allowed rate without meeting a 429.
///
/// The API reports, with every answer, the window's limit and what remains of it, but not when the
/// window ends. The pacer therefore keeps its own estimate of the window's start: the first request
/// it saw, moved to the send time of the first answer whose remaining count went *up* (the server
/// started a new window before that request arrived). The estimate never lies before the server's
/// real window start, so when the estimated window is over, the real one is too.
///
/// Within a window the remaining requests are spread evenly over the rest of it: after a send at `t`
/// with `R` requests left and the window ending at `E`, the next one goes at `t + (E − t) / R`. This
/// adapts when something else uses the same quota (R drops, spacing widens). With nothing left it waits
/// for the window's end; after a 429 it waits as long as `Retry-After` asked, and re-aligns the window
/// to end then.
///
/// A value type with explicit instants, so tests drive it without clocks or sleeping.
public struct RateLimitPacer: Sendable {
    public typealias Instant = ContinuousClock.Instant

    /// Length of the server's rate-limit window (a "minute").
    public let window: Duration
    /// The window's limit, once an answer has told it.
    public private(set) var limit: Int?
    /// Requests left in the current window, as last reported (or assumed after a window rolled over).
    public private(set) var remaining: Int?
    /// Estimated start of the server's current window.
    public private(set) var windowStart: Instant?
    private var lastSend: Instant?
    private var inFlight = 0
    private var pausedUntil: Instant?

    public init(window: Duration) {
        self.window = window > .zero ? window : .seconds(60)
    }

    /// How long to wait at `now` before sending the next request.
    public func delay(at now: Instant) -> Duration {
        var pacer = self
        pacer.rollWindow(to: now)
        if let pausedUntil = pacer.pausedUntil, pausedUntil > now { return pausedUntil - now }
        guard let remaining = pacer.remaining, let windowStart = pacer.windowStart else { return .zero }
        let windowEnd = windowStart + window
        let left = remaining - pacer.inFlight
        guard left > 0 else { return max(.zero, windowEnd - now) + .milliseconds(2) }
        let anchor = pacer.lastSend ?? now
        let next = anchor + (windowEnd - anchor) / left
        return max(.zero, next - now)
    }

    /// A request goes out at `now`.
    public mutating func willSend(at now: Instant) {
        rollWindow(to: now)
        if windowStart == nil { windowStart = now }
        inFlight += 1
        lastSend = now
    }

    /// The answer to a request sent at `sentAt` arrived with `status` (nil when it carried no
    /// rate-limit headers, or when no answer came at all).
    public mutating func didReceive(_ status: RateLimitStatus?, sentAt: Instant, at now: Instant) {
        inFlight = max(0, inFlight - 1)
        rollWindow(to: now)
        guard let reported = status?.minutelyRemaining else { return }
        if let newLimit = status?.minutelyLimit { limit = newLimit }
        if let previous = remaining, reported > previous {
            // A new window began after the previous answer and before this request was handled.
            windowStart = sentAt
        } else if windowStart == nil {
            windowStart = sentAt
        }
        remaining = max(0, reported)
    }

    /// A 429 asked to wait `retryAfter`: nothing more may go out before then, and the server's window
    /// evidently ends then.
    public mutating func pause(for retryAfter: Duration, at now: Instant) {
        let until = now + retryAfter
        pausedUntil = max(pausedUntil ?? until, until)
        windowStart = until - window
        remaining = 0
    }

    // Once the estimated window is over, the server's is too: a fresh window with the full limit.
    private mutating func rollWindow(to now: Instant) {
        guard let start = windowStart, now >= start + window else { return }
        let elapsed = now - start
        let windows = Int(elapsed / window)
        windowStart = start + window * windows
        remaining = limit
    }
}
