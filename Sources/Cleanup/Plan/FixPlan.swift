import Foundation

/// A reviewable list of field changes, written by `fix plan` and read by `fix apply` and `fix undo`
/// (format: `docs/fix-plan.md`). Each change carries the value the plan saw (`before`), the value to
/// write (`after`) and why; `apply` writes a customer only while every planned field still has its
/// before value, so nothing a colleague changed since is overwritten.
public struct FixPlan: Sendable, Hashable {
    /// The format version this build writes and reads.
    public static let currentVersion = 1

    public var version: Int
    /// Names the plan in the journal, so a resumed or repeated run knows what it did before.
    public var id: String
    /// When the plan was made (ISO 8601, UTC).
    public var createdAt: String
    /// Changes per customer, ordered by customer id.
    public var customers: [CustomerChanges]

    public init(version: Int = FixPlan.currentVersion, id: String, createdAt: String, customers: [CustomerChanges]) {
        self.version = version
        self.id = id
        self.createdAt = createdAt
        self.customers = customers
    }

    /// All changes of all customers.
    public var changeCount: Int { customers.reduce(0) { $0 + $1.changes.count } }
}

/// The planned changes of one customer.
public struct CustomerChanges: Sendable, Hashable {
    public var customerID: Int
    public var changes: [FieldChange]

    public init(customerID: Int, changes: [FieldChange]) {
        self.customerID = customerID
        self.changes = changes
    }
}

/// One field of one customer: from `before` to `after`, and why.
public struct FieldChange: Sendable, Hashable {
    /// Why a change is planned.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A quality rule's suggestion that the rule marks safe to apply.
        case normalization
        /// The survivor of a duplicate cluster takes the merged record's value.
        case merge
        /// Another member of a merged cluster gets the duplicate marker.
        case duplicateMarker = "duplicate_marker"
    }

    /// `FieldPath` text: an API field name (`postcode`), one phone entry (`phone_numbers[mob]`) or
    /// the whole phone list (`phone_numbers`).
    public var field: String
    /// The value the plan saw; nil for a field the record did not have.
    public var before: String?
    public var after: String
    public var kind: Kind
    /// For a person: the rule id and message, or the cluster and the merge reason.
    public var reason: String

    public init(field: String, before: String?, after: String, kind: Kind, reason: String) {
        self.field = field
        self.before = before
        self.after = after
        self.kind = kind
        self.reason = reason
    }
}
