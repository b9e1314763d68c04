import AuditSupport
import CustomerModel
import Foundation

/// Draws, per request, which fault (if any) the sandbox injects, from a generator seeded by the
/// faults' `seed`. Replacing the faults restarts the generator, so a test that sets faults and then
/// sends requests one by one sees the same sequence every run.
final class FaultInjector: @unchecked Sendable {
    enum Fault: Sendable, Hashable {
        case serverError(status: Int)
        case reset
        case truncate(SandboxFaults.Truncation)
        case errorBody

        /// The name `SandboxTrafficSummary.faults` counts it under.
        var kind: String {
            switch self {
            case .serverError: return "server_error"
            case .reset: return "reset"
            case .truncate: return "truncate"
            case .errorBody: return "error_body"
            }
        }
    }

    /// What one request gets: an optional fault and an optional delay first.
    struct Draw: Sendable {
        var fault: Fault?
        var delay: Duration?
    }

    private let lock = NSLock()
    private var faults: SandboxFaults
    private var random: SplitMix64

    init(_ faults: SandboxFaults) {
        self.faults = faults
        random = SplitMix64(seed: faults.seed)
    }

    /// The faults in force.
    var current: SandboxFaults {
        lock.lock()
        defer { lock.unlock() }
        return faults
    }

    /// Switches to `faults` (and to their seed).
    func set(_ faults: SandboxFaults) {
        lock.lock()
        defer { lock.unlock() }
        self.faults = faults
        random = SplitMix64(seed: faults.seed)
    }

    /// The fault for the next request.
    func draw() -> Draw {
        lock.lock()
        defer { lock.unlock() }
        guard faults.injectsFaults else { return Draw(fault: nil, delay: faults.delay) }
        var roll = random.nextUnit()
        let serverStatuses = [500, 502, 503]
        if roll < faults.serverErrorRate {
            let status = serverStatuses[Int(random.next() % UInt64(serverStatuses.count))]
            return Draw(fault: .serverError(status: status), delay: faults.delay)
        }
        roll -= faults.serverErrorRate
        if roll < faults.resetRate { return Draw(fault: .reset, delay: faults.delay) }
        roll -= faults.resetRate
        if roll < faults.truncateRate { return Draw(fault: .truncate(faults.truncation), delay: faults.delay) }
        roll -= faults.truncateRate
        if roll < faults.errorBodyRate { return Draw(fault: .errorBody, delay: faults.delay) }
        return Draw(fault: nil, delay: faults.delay)
    }

    /// A seed for one round of drift, from the same generator; nil when no drift is configured.
    func driftPlan() -> (inserts: Int, deletes: Int, seed: UInt64)? {
        lock.lock()
        defer { lock.unlock() }
        guard faults.insertsPerPage > 0 || faults.deletesPerPage > 0 else { return nil }
        return (faults.insertsPerPage, faults.deletesPerPage, random.next())
    }
}
