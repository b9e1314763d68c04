import AuditSupport
import CustomerModel
import CycleSoftwareAPI
import Snapshot

/// The contract's exit codes (CONTRACT.md, "Exit codes"), and the one place that decides which
/// code an outcome or an error gets: every command goes through `for(_:)` and `gate(passed:)`.
public enum ExitStatus: Int32, Sendable, CaseIterable {
    /// Done; for `gate`, every threshold held.
    case done = 0
    /// `gate`: a threshold failed (the report is still written); `check --create`: a likely
    /// duplicate exists, so nothing was created.
    case checkFailed = 1
    /// Usage error, or an invalid rules / decisions / config file (the message names file, line, key).
    case usage = 2
    /// The API could not be used: network, TLS, authentication, rate limit, malformed answers.
    case apiUnusable = 3
    /// The input file or store is unreadable or not customer data.
    case unreadableInput = 4

    /// The codes in one line, for `--help`.
    public static let summary = "Exit codes: 0 done (gate: every threshold held), 1 gate threshold failed (check --create: likely duplicate, not created), 2 usage or invalid "
        + "rules/decisions/config file, 3 API unusable, 4 input file or store unreadable."

    /// The gate's verdict as an exit code: a report without a verdict has not passed.
    public static func gate(passed: Bool?) -> ExitStatus {
        passed == true ? .done : .checkFailed
    }

    /// The exit code for an error that ended a command. A setting the user typed wrong (an insecure
    /// or malformed `--base-url`) is a usage error wherever it is given; the API failing is 3; what
    /// cannot be read as customers or as a snapshot is 4, and so is anything unforeseen, except
    /// during a sync, which fails on the API unless the store or the settings are to blame.
    public static func `for`(_ error: any Error) -> ExitStatus {
        if let failure = error as? SyncFailure { return known(failure.reason) ?? .apiUnusable }
        return known(error) ?? .unreadableInput
    }

    private static func known(_ error: any Error) -> ExitStatus? {
        switch error {
        case is ConfigurationError, is UsageError:
            return .usage
        case let error as APIError:
            return error.isUsageError ? .usage : .apiUnusable
        case let error as SyncError:
            // The list ended early: the API's doing. The pull's bookkeeping vanished: the store's.
            if case .incompletePull = error { return .apiUnusable }
            return .unreadableInput
        case let failure as SyncFailure:
            return known(failure.reason) ?? .apiUnusable
        case is CustomerInputError, is CustomerFileError, is InputError, is SnapshotError:
            return .unreadableInput
        default:
            return nil
        }
    }
}

/// Input that cannot be used: no snapshot, no completed sync, no customers (exit 4).
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    public init(description: String) {
        self.description = description
    }
}

/// A usage problem found after parsing: a report folder that cannot be written, an address the
/// sandbox cannot listen on (exit 2).
public struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String

    public init(description: String) {
        self.description = description
    }
}
