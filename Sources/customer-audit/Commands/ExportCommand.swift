import ArgumentParser
import Audit
import AuditSupport
import Snapshot

/// `customer-audit export`: the snapshot as JSON Lines on standard output (see `SnapshotExport`).
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Writes the snapshot to standard output as JSON Lines, one customer a line.",
        discussion: """
            Reads the snapshot of the last completed sync. Without --normalized each line is the raw \
            record as the API sent it; with it, {"customer": <raw record>, "normalized": {...}} where \
            "normalized" holds the canonical values, match keys and a parse outcome per field.
            """)

    @Option(help: "The snapshot written by sync.")
    var store: String = SnapshotStore.defaultPath

    @Flag(help: "Add each record's normalized values and match keys.")
    var normalized = false

    func run() async throws {
        var output = BufferedLines()
        try SnapshotExport.run(path: store, normalized: normalized, note: Console.shared.note) { output.write($0) }
        output.flush()
    }
}
