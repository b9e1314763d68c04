import CustomerModel
import CycleSoftwareAPI
import Foundation
import Snapshot

/// Carries a plan out against the API (`fix apply`) or takes it back (`fix undo`), customer by
/// customer: GET, compare every planned field with the value the plan expects there, PUT the
/// customer as the GET returned it with the planned values in place.
///
/// - No lost update: a field that holds neither the expected nor the target value was changed by
///   someone since; the customer is skipped and reported.
/// - Exactly once: the journal records each customer before (`started`) and after (`done`) its PUT,
///   each in its own commit; a run killed anywhere resumes, skipping what is done and, for what was
///   started, counting a target value already in place as done.
public struct FixApplier: Sendable {
    public var api: any CustomerAccess
    public var journal: SnapshotStore
    public var direction: FixDirection

    public init(api: any CustomerAccess, journal: SnapshotStore, direction: FixDirection) {
        self.api = api
        self.journal = journal
        self.direction = direction
    }

    /// One customer's work: which fields go from which expected value to which target.
    struct Step {
        var customerID: Int
        var fields: [(path: FieldPath, expected: String?, target: String)]
    }

    /// The steps of this direction: for `apply` every planned change; for `undo` only the fields the
    /// apply journal says were written, back to their before values.
    static func steps(for plan: FixPlan, direction: FixDirection, journal: SnapshotStore) throws -> [Step] {
        let resolved = plan.customers.map { customer in
            (customer.customerID, customer.changes.compactMap { change in FieldPath(change.field).map { (change, $0) } })
        }
        switch direction {
        case .apply:
            return resolved.map { id, changes in Step(customerID: id, fields: changes.map { ($1, $0.before, $0.after) }) }
        case .undo:
            let applied = try journal.journalEntries(planID: plan.id, direction: .apply)
            return resolved.compactMap { id, changes in
                guard let entry = applied[id], entry.state == .done, !entry.writtenFields.isEmpty else { return nil }
                let written = Set(entry.writtenFields)
                let fields = changes.filter { written.contains($0.0.field) }.map { ($1, Optional($0.after), $0.before ?? "") }
                return fields.isEmpty ? nil : Step(customerID: id, fields: fields)
            }
        }
    }

    /// Runs every step; throws `APIError` only when the API cannot be used at all (the journal keeps
    /// what was done, a new run resumes). `progress` is called after each customer.
    public func run(_ plan: FixPlan, progress: (FixProgress) -> Void = { _ in }) async throws -> FixRunSummary {
        let steps = try Self.steps(for: plan, direction: direction, journal: journal)
        var journaled = try journal.journalEntries(planID: plan.id, direction: direction)
        var summary = FixRunSummary()
        summary.total = steps.count
        let start = ContinuousClock.now
        for (index, step) in steps.enumerated() {
            try await perform(step, plan: plan, previous: journaled[step.customerID], into: &summary)
            journaled[step.customerID] = nil
            progress(FixProgress(done: index + 1, total: steps.count, elapsed: ContinuousClock.now - start))
        }
        return summary
    }

    private func perform(_ step: Step, plan: FixPlan, previous: FixJournalEntry?, into summary: inout FixRunSummary) async throws {
        let id = step.customerID
        func record(_ state: FixJournalState, _ fields: [String], _ detail: String? = nil) throws {
            try journal.recordJournal(FixJournalEntry(planID: plan.id, customerID: id, direction: direction, state: state,
                                                      writtenFields: fields, detail: detail))
        }
        if previous?.state == .done {
            summary.alreadyDone.append(id)
            return
        }
        let current: Customer
        do {
            current = try await api.customer(id: id)
        } catch let error as APIError {
            guard case .notFound = error else { throw error }
            try record(.failed, [], error.description)
            summary.failed.append(.init(customerID: id, reason: error.description))
            return
        }
        var toWrite: [String] = [], inPlace: [String] = [], changedSince: [String] = []
        var updated = current
        for field in step.fields {
            let now = field.path.value(in: current)
            if FieldPath.same(now, field.target) {
                inPlace.append(field.path.text)
            } else if FieldPath.same(now, field.expected), field.path.set(field.target, in: &updated) {
                toWrite.append(field.path.text)
            } else {
                changedSince.append("\(field.path.text) is \(Self.quoted(now)), the plan expected \(Self.quoted(field.expected))")
            }
        }
        // What a killed run may already have written counts as written by this plan (undo restores it).
        let earlier = previous?.state == .started ? Set(previous!.writtenFields).intersection(inPlace) : []
        if !changedSince.isEmpty {
            let reason = "changed since the plan: " + changedSince.joined(separator: "; ")
            try record(.skipped, earlier.sorted(), reason)
            summary.skippedChanged.append(.init(customerID: id, reason: reason))
            return
        }
        if toWrite.isEmpty {
            try record(.done, earlier.sorted())
            summary.alreadyDone.append(id)
            return
        }
        let written = (toWrite + earlier).sorted()
        try record(.started, written)
        do {
            _ = try await api.update(updated)
        } catch let error as APIError {
            switch error {
            case .notFound, .apiError:
                try record(.failed, earlier.sorted(), error.description)
                summary.failed.append(.init(customerID: id, reason: error.description))
                return
            default:
                throw error
            }
        }
        try record(.done, written)
        summary.applied.append(id)
    }

    /// What a run would do, without a call to the API: the plan's changes (apply) or the values
    /// the journal says can be restored (undo), and what the journal already marks done.
    public static func dryRun(_ plan: FixPlan, direction: FixDirection, journal: SnapshotStore) throws -> String {
        let steps = try steps(for: plan, direction: direction, journal: journal)
        let done = try journal.journalEntries(planID: plan.id, direction: direction).filter { $0.value.state == .done }
        var lines: [String] = []
        for step in steps {
            lines.append("customer \(step.customerID)" + (done[step.customerID] != nil ? " (done in an earlier run)" : ""))
            for field in step.fields {
                lines.append("  \(field.path.text): \(quoted(field.expected)) → \(quoted(field.target))")
            }
        }
        let verb = direction == .apply ? "apply" : "undo"
        lines.append("dry run: nothing written. \(steps.count) customers, \(done.count) already done; "
                     + "run 'fix \(verb) PLAN --yes' to write.")
        return lines.joined(separator: "\n")
    }

    static func quoted(_ value: String?) -> String {
        value.map { "\"\($0)\"" } ?? "empty"
    }
}
