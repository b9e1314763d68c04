import Foundation
import GRDB

/// Whether a pull asked for every customer or only those modified since a watermark.
public enum SyncMode: String, Sendable, Codable, Hashable {
    case full
    case incremental
}

/// One completed sync, as kept in the store's sync history.
public struct SyncRecord: Sendable, Hashable, Codable, FetchableRecord {
    public var id: Int64
    public var mode: SyncMode
    /// True when the pull was interrupted and finished by a later `sync`.
    public var resumed: Bool
    /// The `modified_since` sent to the API (incremental pulls), in the API's text format.
    public var modifiedSince: String?
    /// When the pull started; the next incremental pull asks for changes since this (minus a margin).
    public var startedAt: Date
    public var finishedAt: Date
    public var pages: Int
    /// Records received (a record sent twice counts twice).
    public var received: Int
    /// Customers new to the snapshot.
    public var inserted: Int
    /// Customers whose raw record changed.
    public var updated: Int
    /// Customers whose ids disappeared (full pulls only; nil for incremental ones).
    public var deleted: Int?
    /// Customers in the snapshot after publishing.
    public var customers: Int

    public init(row: Row) throws {
        id = row["id"]
        mode = SyncMode(rawValue: row["mode"]) ?? .full
        resumed = row["resumed"]
        modifiedSince = row["modified_since"]
        startedAt = row["started_at"]
        finishedAt = row["finished_at"]
        pages = row["pages"]
        received = row["received"]
        inserted = row["inserted"]
        updated = row["updated"]
        deleted = row["deleted"]
        customers = row["customers"]
    }
}
