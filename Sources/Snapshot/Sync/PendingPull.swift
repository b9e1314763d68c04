import CustomerModel
import CycleSoftwareAPI
import Foundation
import GRDB

/// A pull in progress as kept in the store: what it asks for and where it goes on.
public struct PendingPull: Sendable, Hashable {
    public internal(set) var mode: SyncMode
    public internal(set) var modifiedSince: String?
    public internal(set) var startedAt: Date
    /// The offset of the next page to request; nil once the last page is staged.
    public internal(set) var nextOffset: Int?
    /// Pages and records staged so far.
    public internal(set) var pages: Int
    public internal(set) var received: Int
    /// How many times this pull was picked up again after an interruption.
    public internal(set) var interruptions: Int
    /// Customer ids of the last staged page, for the source to check a resumed pull against.
    public internal(set) var anchorIDs: [Int]

    init(row: Row) {
        mode = SyncMode(rawValue: row["mode"]) ?? .full
        modifiedSince = row["modified_since"]
        startedAt = row["started_at"]
        nextOffset = row["next_offset"]
        pages = row["pages"]
        received = row["received"]
        interruptions = row["interruptions"]
        anchorIDs = (row["anchor_ids"] as String? ?? "").split(separator: ",").compactMap { Int($0) }
    }
}

// The staging area: each page and the pull's cursor are written in one transaction, so after a
// crash the staged records and the cursor agree and the pull goes on from the cursor.
extension SnapshotStore {
    /// The pull an interrupted sync left behind, if any (the next sync resumes it).
    public func pendingPull() throws -> PendingPull? {
        try read { try Row.fetchOne($0, sql: "SELECT * FROM pending_pull WHERE id = 1").map(PendingPull.init(row:)) }
    }

    /// Starts a new pull, dropping whatever an abandoned one had staged.
    func beginPull(mode: SyncMode, modifiedSince: String?, startedAt: Date) throws -> PendingPull {
        try write { db in
            try db.execute(sql: "DELETE FROM staged_customer")
            try db.execute(sql: "DELETE FROM pending_pull")
            try db.execute(sql: """
                INSERT INTO pending_pull (id, mode, modified_since, started_at, next_offset, pages, received, interruptions)
                VALUES (1, ?, ?, ?, 0, 0, 0, 0)
                """, arguments: [mode.rawValue, modifiedSince, startedAt])
            return try Row.fetchOne(db, sql: "SELECT * FROM pending_pull WHERE id = 1").map(PendingPull.init(row:))!
        }
    }

    /// Counts an interruption of the pending pull and returns it, to be continued.
    func resumePull() throws -> PendingPull? {
        try write { db in
            try db.execute(sql: "UPDATE pending_pull SET interruptions = interruptions + 1 WHERE id = 1")
            return try Row.fetchOne(db, sql: "SELECT * FROM pending_pull WHERE id = 1").map(PendingPull.init(row:))
        }
    }

    /// Stages one page and moves the cursor past it, atomically. A record sent twice (offset drift,
    /// overlapping pages) keeps its latest text.
    func stage(_ page: CustomerPage, seenAt: Date) throws -> PendingPull {
        try write { db in
            let insert = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO staged_customer (key, customer_id, raw, typed, seen_at) VALUES (?, ?, ?, ?, ?)
                """)
            for customer in page.customers {
                try insert.execute(arguments: [CustomerKey.key(for: customer), customer.customerID, customer.raw,
                                               TypedCustomerCodec.encode(customer), seenAt])
            }
            try db.execute(sql: """
                UPDATE pending_pull SET next_offset = ?, pages = pages + 1, received = received + ?, anchor_ids = ?
                WHERE id = 1
                """, arguments: [page.nextOffset, page.customers.count,
                                 page.customers.compactMap { $0.customerID.map(String.init) }.joined(separator: ",")])
            guard let pull = try Row.fetchOne(db, sql: "SELECT * FROM pending_pull WHERE id = 1").map(PendingPull.init(row:)) else {
                throw SyncError.noPendingPull
            }
            return pull
        }
    }

    /// Makes the staged pull the snapshot in one transaction and records it in the sync history.
    /// A full pull replaces the snapshot (ids it did not see move to `removed_customer`); an
    /// incremental one updates and adds.
    func publish(_ pull: PendingPull, finishedAt: Date) throws -> SyncRecord {
        try write { db in
            let inserted = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM staged_customer s WHERE NOT EXISTS (SELECT 1 FROM customer c WHERE c.key = s.key)
                """) ?? 0
            let updated = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM staged_customer s JOIN customer c ON c.key = s.key WHERE c.raw <> s.raw
                """) ?? 0
            var deleted: Int?
            if pull.mode == .full {
                let unseen = "FROM customer WHERE NOT EXISTS (SELECT 1 FROM staged_customer s WHERE s.key = customer.key)"
                try db.execute(sql: "INSERT OR REPLACE INTO removed_customer (key, customer_id, raw, typed, removed_at) SELECT key, customer_id, raw, typed, ? \(unseen)",
                               arguments: [finishedAt])
                try db.execute(sql: "DELETE \(unseen)")
                deleted = db.changesCount
            }
            // `WHERE true` lets SQLite parse the upsert after a SELECT.
            try db.execute(sql: """
                INSERT INTO customer (key, customer_id, raw, typed, first_seen_at, last_seen_at, modified_at)
                SELECT key, customer_id, raw, typed, seen_at, seen_at, seen_at FROM staged_customer WHERE true
                ON CONFLICT(key) DO UPDATE SET
                    customer_id = excluded.customer_id,
                    last_seen_at = excluded.last_seen_at,
                    modified_at = CASE WHEN customer.raw = excluded.raw THEN customer.modified_at ELSE excluded.modified_at END,
                    raw = excluded.raw,
                    typed = excluded.typed
                """)
            try db.execute(sql: "DELETE FROM removed_customer WHERE key IN (SELECT key FROM staged_customer)")
            try db.execute(sql: "DELETE FROM staged_customer")
            try db.execute(sql: "DELETE FROM pending_pull")
            let customers = try Int.fetchOne(db, sql: "SELECT count(*) FROM customer") ?? 0
            try db.execute(sql: """
                INSERT INTO sync_history (mode, resumed, modified_since, started_at, finished_at, pages, received,
                                          inserted, updated, deleted, customers)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [pull.mode.rawValue, pull.interruptions > 0, pull.modifiedSince, pull.startedAt, finishedAt,
                                 pull.pages, pull.received, inserted, updated, deleted, customers])
            return try SyncRecord.fetchOne(db, sql: "SELECT * FROM sync_history WHERE id = ?", arguments: [db.lastInsertedRowID])!
        }
    }
}
