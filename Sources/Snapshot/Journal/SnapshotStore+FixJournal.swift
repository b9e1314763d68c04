import Foundation
import GRDB

/// The fix journal: `fix apply` and `fix undo` record each customer before and after its PUT, each
/// step in its own transaction (WAL, so a committed step survives `kill -9`). A resumed run reads
/// it to skip what is done and to look twice at what was started.
extension SnapshotStore {
    /// The journal of one plan in one direction, by customer id.
    public func journalEntries(planID: String, direction: FixDirection) throws -> [Int: FixJournalEntry] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT customer_id, state, written_fields, detail, updated_at FROM fix_journal
                WHERE plan_id = ? AND direction = ?
                """, arguments: [planID, direction.rawValue])
            var entries: [Int: FixJournalEntry] = [:]
            for row in rows {
                let id: Int = row["customer_id"]
                let fields = Self.decodeFields(row["written_fields"])
                entries[id] = FixJournalEntry(planID: planID, customerID: id, direction: direction,
                                              state: FixJournalState(rawValue: row["state"]) ?? .started,
                                              writtenFields: fields, detail: row["detail"], updatedAt: row["updated_at"])
            }
            return entries
        }
    }

    /// Records (or replaces) the entry for its plan, customer and direction, committed before returning.
    /// A `done` entry also takes back the other direction's entry in the same commit: once a customer
    /// is undone the plan can be applied to it again, and once re-applied undone again, each write
    /// still journaled exactly once.
    public func recordJournal(_ entry: FixJournalEntry) throws {
        let fields = String(decoding: (try? JSONSerialization.data(withJSONObject: entry.writtenFields)) ?? Data("[]".utf8), as: UTF8.self)
        let other: FixDirection = entry.direction == .apply ? .undo : .apply
        try write { db in
            try db.execute(sql: """
                INSERT OR REPLACE INTO fix_journal (plan_id, customer_id, direction, state, written_fields, detail, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [entry.planID, entry.customerID, entry.direction.rawValue, entry.state.rawValue, fields,
                                 entry.detail, entry.updatedAt])
            if entry.state == .done {
                try db.execute(sql: "DELETE FROM fix_journal WHERE plan_id = ? AND customer_id = ? AND direction = ?",
                               arguments: [entry.planID, entry.customerID, other.rawValue])
            }
        }
    }

    private static func decodeFields(_ text: String?) -> [String] {
        guard let data = text?.data(using: .utf8),
              let list = try? JSONSerialization.jsonObject(with: data) as? [String] else { return [] }
        return list
    }
}
