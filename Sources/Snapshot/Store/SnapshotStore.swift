import CustomerModel
import Foundation
import GRDB

/// The local SQLite snapshot written by `sync`: every customer's raw record as the API sent it,
/// when it was first and last seen, the state of a pull in progress, and the sync and run history.
///
/// Readers only ever see the customers of the last completed pull: a pull is staged page by page
/// and published in one transaction when it completes (see `Synchronizer`).
public final class SnapshotStore: Sendable {
    /// Where `sync`, `analyze`, `gate` and `export` look when no `--store` is given.
    public static let defaultPath = ".customer-audit/store.sqlite"

    /// The path the store was opened at.
    public let path: String
    let database: DatabasePool
    /// What this open created; see `discardIfUnused`.
    private let created: OwnerOnlyFiles.Created

    private init(path: String, database: DatabasePool, created: OwnerOnlyFiles.Created) {
        self.path = path
        self.database = database
        self.created = created
    }

    /// Opens or creates the store (parent folders created; migrations run). The store is readable by
    /// its owner only (see `OwnerOnlyFiles`).
    ///
    /// Throws `SnapshotError.unreadable(path:reason:)` when the path cannot be opened, is not an
    /// SQLite database, is another program's database, or was written by a newer version.
    public static func open(path: String) throws -> SnapshotStore {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
        if exists, isDirectory.boolValue {
            throw SnapshotError.unreadable(path: path, reason: "it is a folder, not a file")
        }
        let created: OwnerOnlyFiles.Created
        do {
            created = try OwnerOnlyFiles.prepare(store: url)
        } catch {
            throw SnapshotError.unreadable(path: path, reason: "its folder cannot be created (\(error.localizedDescription))")
        }
        if exists {
            // Check before opening for writing: a foreign database must not be switched to WAL
            // or given our tables.
            var readOnly = Configuration()
            readOnly.readonly = true
            let problem: String?
            do {
                let probe = try DatabaseQueue(path: url.path, configuration: readOnly)
                problem = try probe.read { try SnapshotSchema.validate($0) }
                try probe.close()
            } catch {
                throw SnapshotError.unreadable(path: path, reason: describe(error))
            }
            if let problem { throw SnapshotError.unreadable(path: path, reason: problem) }
        }
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            configuration.prepareDatabase { db in
                // WAL keeps each committed page across a crash or kill -9; NORMAL sync is durable
                // against process death, which is the interruption that matters here.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            let database = try DatabasePool(path: url.path, configuration: configuration)
            try database.write { db in
                if try Int32.fetchOne(db, sql: "PRAGMA application_id") == 0 {
                    try db.execute(sql: "PRAGMA application_id = \(SnapshotSchema.applicationID)")
                }
            }
            try SnapshotSchema.migrator.migrate(database)
            return SnapshotStore(path: path, database: database, created: created)
        } catch let error as SnapshotError {
            throw error
        } catch {
            throw SnapshotError.unreadable(path: path, reason: describe(error))
        }
    }

    /// Removes the store again when this open created it and nothing was kept in it: no completed
    /// sync, no staged page. A sync refused at its first request (a wrong password, an unreachable
    /// server) then leaves no empty store behind that later commands would take for a snapshot.
    /// The store must not be used afterwards; returns whether it was removed.
    @discardableResult
    public func discardIfUnused() -> Bool {
        guard created.file else { return false }
        do {
            guard try lastCompletedSync() == nil, try (pendingPull()?.pages ?? 0) == 0, try customerCount() == 0 else { return false }
        } catch {
            return false
        }
        try? database.close()
        OwnerOnlyFiles.remove(store: URL(fileURLWithPath: path), created: created)
        return true
    }

    /// Customers of the last completed sync (never a half-written pull), ordered by id; records
    /// that came without an id follow the others.
    public func customers(keepRaw: Bool = true) throws -> [Customer] {
        let records = try read { db -> [StoredCustomerDecoder.Record] in
            var records: [StoredCustomerDecoder.Record] = []
            records.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM customer") ?? 0)
            for sql in Self.orderedQueries {
                let cursor = try Row.fetchCursor(db, sql: sql)
                while let row = try cursor.next() {
                    records.append(StoredCustomerDecoder.Record(key: row[0], raw: row[1], typed: row[2]))
                }
            }
            return records
        }
        return StoredCustomerDecoder.decode(records, keepRaw: keepRaw)
    }

    /// Calls `body` with each stored record's key and raw JSON text, in `customers()` order,
    /// without decoding or holding the whole snapshot in memory (for `export`).
    public func forEachRawCustomer(_ body: (_ key: Int64, _ raw: String) throws -> Void) throws {
        try read { db in
            for sql in Self.orderedRawQueries {
                let cursor = try Row.fetchCursor(db, sql: sql)
                while let row = try cursor.next() {
                    try body(row[0], row[1])
                }
            }
        }
    }

    /// Calls `body` with the customers of `customers()` in batches of `batchSize` (the last one
    /// shorter), decoding each batch on every core, so the whole snapshot need not be in memory.
    public func forEachCustomerBatch(size batchSize: Int = 8_192, _ body: ([Customer]) throws -> Void) throws {
        let size = max(1, batchSize)
        var batch: [StoredCustomerDecoder.Record] = []
        batch.reserveCapacity(size)
        try read { db in
            for sql in Self.orderedQueries {
                let cursor = try Row.fetchCursor(db, sql: sql)
                while let row = try cursor.next() {
                    batch.append(StoredCustomerDecoder.Record(key: row[0], raw: row[1], typed: row[2]))
                    if batch.count == size {
                        try body(StoredCustomerDecoder.decode(batch))
                        batch.removeAll(keepingCapacity: true)
                    }
                }
            }
        }
        if !batch.isEmpty { try body(StoredCustomerDecoder.decode(batch)) }
    }

    /// Number of customers in the published snapshot.
    public func customerCount() throws -> Int {
        try read { try Int.fetchOne($0, sql: "SELECT count(*) FROM customer") ?? 0 }
    }

    /// The most recent completed sync, nil before the first one.
    public func lastCompletedSync() throws -> SyncRecord? {
        try read { try SyncRecord.fetchOne($0, sql: "SELECT * FROM sync_history ORDER BY id DESC LIMIT 1") }
    }

    /// Completed syncs, newest first.
    public func syncHistory(limit: Int) throws -> [SyncRecord] {
        try read { try SyncRecord.fetchAll($0, sql: "SELECT * FROM sync_history ORDER BY id DESC LIMIT ?", arguments: [limit]) }
    }

    /// Records whose ids disappeared in a full pull, with their last raw text, ordered by key.
    public func removedCustomers() throws -> [Customer] {
        let records = try read { db in
            try Row.fetchAll(db, sql: "SELECT key, raw, typed FROM removed_customer ORDER BY key").map {
                StoredCustomerDecoder.Record(key: $0[0], raw: $0[1], typed: $0[2])
            }
        }
        return StoredCustomerDecoder.decode(records)
    }

    // Ids first in ascending order, then the id-less records (negative keys).
    private static let orderedRawQueries = [
        "SELECT key, raw FROM customer WHERE key >= 0 ORDER BY key",
        "SELECT key, raw FROM customer WHERE key < 0 ORDER BY key",
    ]
    private static let orderedQueries = [
        "SELECT key, raw, typed FROM customer WHERE key >= 0 ORDER BY key",
        "SELECT key, raw, typed FROM customer WHERE key < 0 ORDER BY key",
    ]

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try database.read(body) } catch let error as DatabaseError {
            throw SnapshotError.unreadable(path: path, reason: Self.describe(error))
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try database.write(body) } catch let error as DatabaseError {
            throw SnapshotError.unreadable(path: path, reason: Self.describe(error))
        }
    }

    static func describe(_ error: Error) -> String {
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB: return "it is not an SQLite database"
            case .SQLITE_CANTOPEN: return "it cannot be opened (check the path and permissions)"
            case .SQLITE_CORRUPT: return "the database is corrupt"
            case .SQLITE_READONLY: return "it is read-only"
            case .SQLITE_FULL: return "the disk is full"
            default: return error.message ?? "\(error.resultCode)"
            }
        }
        return "\(error)"
    }
}
