/// How often and how patiently a failed request is tried again.
///
/// Transient failures (5xx, connection resets, timeouts, truncated or unparsable bodies, 200 answers
/// with `"error": true`) are retried up to `maxAttempts` tries in all, waiting a jittered exponential
/// backoff in between. Rate limiting (429) is not a failure: its waits come from the server's
/// `Retry-After`, and only `maxRateLimitWaits` of them in a row are accepted.
public struct RetryPolicy: Sendable, Hashable, CustomStringConvertible {
    /// Tries per request, the first included (≥ 1).
    public var maxAttempts: Int
    /// The wait before the second try; each further wait doubles it.
    public var baseDelay: Duration
    /// The longest wait between tries.
    public var maxDelay: Duration
    /// 429 answers accepted in a row before giving up with `APIError.rateLimitExhausted`.
    public var maxRateLimitWaits: Int
    /// The longest single wait a 429 may ask for; longer (a used-up daily quota) stops the pull.
    public var maxRateLimitWait: Duration

    public init(maxAttempts: Int = 5, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(30),
                maxRateLimitWaits: Int = 30, maxRateLimitWait: Duration = .seconds(15 * 60)) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = max(.zero, baseDelay)
        self.maxDelay = max(self.baseDelay, maxDelay)
        self.maxRateLimitWaits = max(0, maxRateLimitWaits)
        self.maxRateLimitWait = maxRateLimitWait
    }

    /// Five tries, 0.5 s doubling up to 30 s.
    public static let `default` = RetryPolicy()
    /// One try, no retries.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// The wait after failed try number `attempt` (1-based), before the next.
    ///
    /// "Equal jitter": half of the exponential step is fixed, the other half scaled by `unit` (a random
    /// number in 0..<1), so clients that failed together do not retry together, yet every wait grows.
    public func delay(afterAttempt attempt: Int, unit: Double) -> Duration {
        let exponent = min(max(attempt - 1, 0), 30)
        let step = min(baseDelay * (1 << exponent), maxDelay)
        let half = step / 2
        let jitter = min(max(unit, 0), 1)
        return half + half * jitter
    }

    public var description: String {
        "RetryPolicy(maxAttempts: \(maxAttempts), baseDelay: \(baseDelay), maxDelay: \(maxDelay))"
    }
}
