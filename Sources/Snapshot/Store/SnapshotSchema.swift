import GRDB

/// The store's tables, created and upgraded by GRDB migrations.
///
/// `customer` is the published snapshot: only the publish step of a completed pull writes it, in
/// one transaction, so readers never see half a pull. A pull in progress lives in `staged_customer`
/// plus the single `pending_pull` row holding its cursor; both are written in the same transaction
/// as each page, which is what makes an interrupted pull resumable.
enum SnapshotSchema {
    /// `PRAGMA application_id` of a snapshot ("CAUD"), so a foreign SQLite file is refused
    /// instead of being filled with our tables.
    static let applicationID: Int32 = 0x4341_5544

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: snapshot, staging, history") { db in
            // key = customer_id, or for a record without one a negative hash of its raw text
            // (see CustomerKey), so every record the API sends has a row.
            try db.execute(sql: """
                CREATE TABLE customer (
                    key INTEGER PRIMARY KEY,
                    customer_id INTEGER,
                    raw TEXT NOT NULL,
                    first_seen_at DATETIME NOT NULL,
                    last_seen_at DATETIME NOT NULL,
                    -- The API sends no modification time: this is the start of the pull in which
                    -- the raw record last changed.
                    modified_at DATETIME NOT NULL
                );
                CREATE INDEX customer_by_id ON customer(customer_id);
                CREATE TABLE removed_customer (
                    key INTEGER PRIMARY KEY,
                    customer_id INTEGER,
                    raw TEXT NOT NULL,
                    removed_at DATETIME NOT NULL
                );
                CREATE TABLE staged_customer (
                    key INTEGER PRIMARY KEY,
                    customer_id INTEGER,
                    raw TEXT NOT NULL,
                    seen_at DATETIME NOT NULL
                );
                CREATE TABLE pending_pull (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    mode TEXT NOT NULL,
                    modified_since TEXT,
                    started_at DATETIME NOT NULL,
                    -- Where the pull goes on; NULL once the last page is staged (only publishing is left).
                    next_offset INTEGER,
                    pages INTEGER NOT NULL,
                    received INTEGER NOT NULL,
                    interruptions INTEGER NOT NULL DEFAULT 0
                );
                CREATE TABLE sync_history (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    mode TEXT NOT NULL,
                    resumed BOOLEAN NOT NULL,
                    modified_since TEXT,
                    started_at DATETIME NOT NULL,
                    finished_at DATETIME NOT NULL,
                    pages INTEGER NOT NULL,
                    received INTEGER NOT NULL,
                    inserted INTEGER NOT NULL,
                    updated INTEGER NOT NULL,
                    deleted INTEGER,
                    customers INTEGER NOT NULL
                );
                CREATE TABLE run_history (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL,
                    started_at DATETIME NOT NULL,
                    customers INTEGER NOT NULL,
                    errors INTEGER NOT NULL,
                    warnings INTEGER NOT NULL,
                    infos INTEGER NOT NULL,
                    clusters INTEGER NOT NULL,
                    customers_in_clusters INTEGER NOT NULL,
                    report_path TEXT,
                    gate_passed BOOLEAN
                );
                """)
        }
        migrator.registerMigration("v2: typed view beside the raw text") { db in
            // TypedCustomerCodec blobs; NULL (rows of v1) means "parse the raw text".
            try db.execute(sql: """
                ALTER TABLE customer ADD COLUMN typed BLOB;
                ALTER TABLE staged_customer ADD COLUMN typed BLOB;
                ALTER TABLE removed_customer ADD COLUMN typed BLOB;
                """)
        }
        migrator.registerMigration("v3: resume anchors") { db in
            // Ids of the last staged page, so a resumed pull can check that the list did not move.
            try db.execute(sql: "ALTER TABLE pending_pull ADD COLUMN anchor_ids TEXT NOT NULL DEFAULT ''")
        }
        migrator.registerMigration("v4: fix journal") { db in
            // One row per plan, customer and direction (apply or undo); see FixJournal.
            try db.execute(sql: """
                CREATE TABLE fix_journal (
                    plan_id TEXT NOT NULL,
                    customer_id INTEGER NOT NULL,
                    direction TEXT NOT NULL,
                    state TEXT NOT NULL,
                    -- JSON list of the fields this run wrote (or may have written, while started).
                    written_fields TEXT NOT NULL DEFAULT '[]',
                    detail TEXT,
                    updated_at DATETIME NOT NULL,
                    PRIMARY KEY (plan_id, customer_id, direction)
                );
                """)
        }
        return migrator
    }

    /// Refuses files that are not (and cannot become) a snapshot. Runs read-only, before the store
    /// is opened for writing, so a foreign database is never touched.
    static func validate(_ db: Database) throws -> String? {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if applicationID == Self.applicationID {
            if try migrator.hasBeenSuperseded(db) {
                return "it was written by a newer version of customer-audit"
            }
            return nil
        }
        let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
        if tables > 0 || applicationID != 0 {
            return "it is an SQLite database of another program, not a customer-audit snapshot"
        }
        return nil
    }
}
