import Foundation

/// A count of what the sandbox answered, for tests and the benchmark: statuses, limits hit, faults
/// injected and drift applied.
public struct SandboxTrafficSummary: Sendable, Hashable {
    /// Requests received, answered or not.
    public var requests = 0
    /// Answers by HTTP status.
    public var statuses: [Int: Int] = [:]
    /// Requests refused with 401.
    public var unauthorized = 0
    /// Requests refused with 429.
    public var rateLimited = 0
    /// Faults injected, by kind: `server_error`, `reset`, `truncate`, `error_body`.
    public var faults: [String: Int] = [:]
    /// Customers deleted and inserted by drift.
    public var driftDeleted: [Int] = []
    public var driftInserted: [Int] = []
    /// `PUT` requests the endpoint took (past auth, limits, faults and the body check).
    public var puts = 0
    /// Per customer id, the `PUT`s that changed the stored record: a repeated identical PUT (a
    /// retry after a lost answer) changes nothing and is not counted here.
    public var changingWrites: [Int: Int] = [:]

    public init() {}
}

/// Thread-safe recorder behind `SandboxTrafficSummary`; the server writes, tests read `summary`.
public final class SandboxTraffic: @unchecked Sendable {
    private let lock = NSLock()
    private var state = SandboxTrafficSummary()

    init() {}

    /// What has happened so far.
    public var summary: SandboxTrafficSummary {
        lock.lock()
        defer { lock.unlock() }
        return state
    }

    /// Forgets everything counted so far.
    public func reset() {
        mutate { $0 = SandboxTrafficSummary() }
    }

    func mutate(_ change: (inout SandboxTrafficSummary) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        change(&state)
    }
}
