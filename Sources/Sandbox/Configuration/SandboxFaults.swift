/// Faults the sandbox injects, so clients can be tested against what real networks and servers do.
///
/// Each request draws once from a generator seeded with `seed`, so a sequential client sees the same
/// faults on every run. Rates are probabilities (0...1) checked in this order: server error, reset,
/// truncation, error body; their sum should stay ≤ 1. `delay` applies to every answered request.
public struct SandboxFaults: Sendable, Hashable {
    /// Share of requests answered 500, 502 or 503 (with a JSON error body).
    public var serverErrorRate: Double
    /// Share of requests whose connection is closed with a TCP reset and no answer at all.
    public var resetRate: Double
    /// Share of requests answered 200 with the body cut short; see `truncation`.
    public var truncateRate: Double
    /// Share of requests answered 200 with `{"error": true, "error_message": "..."}`.
    public var errorBodyRate: Double
    /// Every answer waits this long first (slow server).
    public var delay: Duration?
    /// Drift: new customers inserted (with new, highest ids) after each `list.json` page that has a
    /// next page (drift after the last page would go unnoticed by the pull).
    public var insertsPerPage: Int
    /// Drift: customers deleted after each `list.json` page that has a next page, chosen among those before the page's
    /// end, so that the offsets of later pages shift and plain offset paging skips records.
    public var deletesPerPage: Int
    /// How a truncated body looks on the wire.
    public var truncation: Truncation
    public var seed: UInt64

    /// The two ways a body arrives cut short.
    public enum Truncation: String, Sendable, Hashable, CaseIterable {
        /// `Content-Length` announces the whole body, about half of it is sent and the connection
        /// closes: what a dropped connection looks like (the client sees an early end of stream).
        case connectionClosed = "connection_closed"
        /// A complete HTTP answer whose `Content-Length` matches a body cut in half: what a buggy
        /// proxy or a crashed renderer produces (the client sees JSON, or gzip, that does not parse).
        case shortBody = "short_body"
    }

    public init(serverErrorRate: Double = 0, resetRate: Double = 0, truncateRate: Double = 0, errorBodyRate: Double = 0,
                delay: Duration? = nil, insertsPerPage: Int = 0, deletesPerPage: Int = 0,
                truncation: Truncation = .connectionClosed, seed: UInt64 = 1) {
        self.serverErrorRate = serverErrorRate
        self.resetRate = resetRate
        self.truncateRate = truncateRate
        self.errorBodyRate = errorBodyRate
        self.delay = delay
        self.insertsPerPage = max(0, insertsPerPage)
        self.deletesPerPage = max(0, deletesPerPage)
        self.truncation = truncation
        self.seed = seed
    }

    /// No faults at all.
    public static let none = SandboxFaults()

    /// Whether any per-request fault can happen.
    var injectsFaults: Bool {
        serverErrorRate > 0 || resetRate > 0 || truncateRate > 0 || errorBodyRate > 0
    }
}
