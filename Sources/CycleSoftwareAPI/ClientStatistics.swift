/// What a `CustomersClient` has done so far, for progress lines and benchmark figures.
public struct ClientStatistics: Sendable, Hashable, CustomStringConvertible {
    /// Requests sent, retries and 429-ed ones included.
    public var requests = 0
    /// Tries that were repeated after a transient failure.
    public var retries = 0
    /// 429 answers received.
    public var rateLimited = 0
    /// Response body bytes received, after decompression.
    public var bodyBytes = 0
    /// Time spent waiting for the rate limit (pacing and `Retry-After`).
    public var pacingWait: Duration = .zero
    /// Time spent waiting between retries.
    public var backoffWait: Duration = .zero
    /// Times a pull found its page position moved by inserts or deletes and re-aligned.
    public var realignments = 0

    public init() {}

    public var description: String {
        "\(requests) requests, \(retries) retries, \(rateLimited) rate-limited, \(bodyBytes) body bytes, "
            + "\(realignments) re-alignments, waited \(pacingWait) for the rate limit and \(backoffWait) backing off"
    }
}
