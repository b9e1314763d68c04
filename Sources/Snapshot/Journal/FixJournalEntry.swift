import Foundation

/// Which way a plan's changes go: `fix apply` writes the after values, `fix undo` the before values.
public enum FixDirection: String, Sendable, Hashable, CaseIterable {
    case apply, undo
}

/// Where one customer of one plan stands in one direction.
public enum FixJournalState: String, Sendable, Hashable, CaseIterable {
    /// About to write (recorded before the PUT): after a kill the next run must look before it writes.
    case started
    /// The values are there, written by this plan or found already in place.
    case done
    /// A planned field had another value than the plan expected: someone changed it since.
    case skipped
    /// The API refused this customer (unknown id, a body it would not take).
    case failed
}

/// One row of the fix journal: what a run did, or was about to do, to one customer.
public struct FixJournalEntry: Sendable, Hashable {
    public var planID: String
    public var customerID: Int
    public var direction: FixDirection
    public var state: FixJournalState
    /// The fields (plan field paths) this run wrote; while `started`, the ones it is about to write.
    /// `undo` restores exactly these.
    public var writtenFields: [String]
    /// Why a customer was skipped or failed, for the summary.
    public var detail: String?
    public var updatedAt: Date

    public init(planID: String, customerID: Int, direction: FixDirection, state: FixJournalState,
                writtenFields: [String] = [], detail: String? = nil, updatedAt: Date = Date()) {
        self.planID = planID
        self.customerID = customerID
        self.direction = direction
        self.state = state
        self.writtenFields = writtenFields
        self.detail = detail
        self.updatedAt = updatedAt
    }
}
