import CustomerModel
import Foundation
import Normalization
import Snapshot

/// `export`: the snapshot as JSON Lines, one customer a line.
///
/// Each line is the raw record exactly as the API sent it (every field and value, unknown fields
/// included; only line breaks between JSON tokens become spaces, so a pretty-printed record still
/// fits on one line). With `normalized` each line is `{"customer": <raw>, "normalized": {...}}`.
public enum SnapshotExport {
    /// Streams the snapshot at `path` to `line`, batch by batch, never holding it all in memory.
    /// `note` hears about a snapshot without a completed sync (exported all the same).
    public static func run(path: String, normalized: Bool, note: (String) -> Void, line: (String) -> Void) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputError(description: "there is no snapshot at \(path); run `customer-audit sync` first (or pass --store PATH)")
        }
        let snapshot = try SnapshotStore.open(path: path)
        if try snapshot.lastCompletedSync() == nil {
            note("note: the snapshot at \(path) holds no completed sync yet")
        }
        guard normalized else {
            return try snapshot.forEachRawCustomer { _, raw in line(oneLine(raw)) }
        }
        let normalizer = Normalizer()
        var position = 0
        try snapshot.forEachCustomerBatch { batch in
            for var record in normalizer.normalize(batch) {
                position += 1
                // The batch numbered its id-less records from 1; number them across the snapshot.
                if record.customer.customerID == nil { record.id = -position }
                line("{\"customer\":\(oneLine(record.customer.raw)),\"normalized\":\(NormalizedJSON.encode(record))}")
            }
        }
    }

    /// Literal line breaks cannot occur inside JSON strings, so in valid JSON they separate tokens
    /// and a space does the same job.
    static func oneLine(_ raw: String) -> String {
        guard raw.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return raw }
        return String(String.UnicodeScalarView(raw.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}
