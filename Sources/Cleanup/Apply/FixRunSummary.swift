import Foundation

/// What one `fix apply` or `fix undo` run did, customer by customer.
public struct FixRunSummary: Sendable, Hashable {
    /// A customer left alone, and why.
    public struct Left: Sendable, Hashable {
        public var customerID: Int
        public var reason: String
    }

    /// Customers the plan (or, for undo, the journal) names.
    public var total = 0
    /// Customers written in this run.
    public var applied: [Int] = []
    /// Customers whose target values were already there (done earlier, or by someone else).
    public var alreadyDone: [Int] = []
    /// Customers left alone because a planned field changed since the plan: nobody's change is lost.
    public var skippedChanged: [Left] = []
    /// Customers the API refused (an unknown id, a body it would not take).
    public var failed: [Left] = []

    public init() {}

    /// `applied 12, already done 3, skipped because changed 1, failed 0`, then one line per customer left alone.
    public func describe(verb: String) -> String {
        var lines = ["\(verb) \(applied.count), already done \(alreadyDone.count), "
                     + "skipped because changed \(skippedChanged.count), failed \(failed.count) (of \(total) customers)"]
        for left in skippedChanged { lines.append("  skipped customer \(left.customerID): \(left.reason)") }
        for left in failed { lines.append("  failed customer \(left.customerID): \(left.reason)") }
        return lines.joined(separator: "\n")
    }
}

/// How far a run is, for the progress line.
public struct FixProgress: Sendable, Hashable {
    public var done: Int
    public var total: Int
    public var elapsed: Duration

    /// Time left at the pace so far; nil before the first customer.
    public var eta: Duration? {
        guard done > 0, total > done else { return nil }
        return elapsed * (Double(total - done) / Double(done))
    }

    /// `37/120 customers, ETA 1m12s`.
    public var line: String {
        var text = "\(done)/\(total) customers"
        if let eta {
            let seconds = Int(eta.components.seconds)
            text += ", ETA " + (seconds >= 3600 ? "\(seconds / 3600)h\(seconds % 3600 / 60)m" : "\(seconds / 60)m\(seconds % 60)s")
        }
        return text
    }
}
