import CustomerModel
import Foundation
import GRDB
import Testing
@testable import Snapshot

@Suite struct SnapshotStoreTests {
    @Test func keepsRawRecordsByteForByteIncludingUnknownFields() async throws {
        let store = try SnapshotStore.open(path: Fixtures.temporaryStorePath())
        let texts = [
            #"{"customer_id": 8, "name": "Name 235238848",  "loyalty": {"tier": "gold", "points": [1, 2.50]}, "coc_number": "",   "x": null}"#,
            #"{"customer_id":"11","first_name":"Zoë","name":"O\u2019Brien <b>bold</b>","city":"Zürich 🚲","discount_percentage":"10,5"}"#,
            #"{"name": "no id at all", "phone_numbers": null}"#,
            #"{"customer_id": 3, "phone_numbers": [{"phone_number_id": "mob", "phone_number": 612345678}], "name": "Ĳsselmeer 李"}"#,
        ]
        let source = InMemoryPageSource(texts.map(Fixtures.customer), modified: Date(), pageSize: 2)
        _ = try await Synchronizer(store: store, source: source).run(full: false)

        let stored = try store.customers()
        #expect(stored.map(\.customerID) == [3, 8, 11, nil])
        let expectedRaw = [texts[3], texts[0], texts[1], texts[2]]
        #expect(stored.map { Array($0.raw.utf8) } == expectedRaw.map { Array($0.utf8) })
        // The typed view is rebuilt from the raw text exactly as the client decoded it.
        #expect(stored == expectedRaw.map(Fixtures.customer))
        var exported: [String] = []
        try store.forEachRawCustomer { _, raw in exported.append(raw) }
        #expect(exported == expectedRaw)
        #expect(try store.customerCount() == 4)
    }

    @Test func refusesWhatIsNotASnapshot() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let garbage = folder.appendingPathComponent("garbage.sqlite")
        try Data("this is a text file, not a database\n".utf8 + [UInt8](repeating: 7, count: 5000)).write(to: garbage)
        let foreign = folder.appendingPathComponent("foreign.sqlite")
        try DatabaseQueue(path: foreign.path).write { try $0.execute(sql: "CREATE TABLE invoices (id INTEGER)") }

        let cases: [(path: String, reason: String)] = [
            (garbage.path, "not an SQLite database"),
            (foreign.path, "another program"),
            (folder.path, "folder"),
        ]
        for (path, reason) in cases {
            let error = #expect(throws: SnapshotError.self) { try SnapshotStore.open(path: path) }
            #expect(error?.description.contains(path) == true)
            #expect(error?.description.contains(reason) == true, "\(String(describing: error))")
        }
        // The foreign database was left as it was.
        let tables = try DatabaseQueue(path: foreign.path).read {
            try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        #expect(tables == ["invoices"])
    }

    @Test func createsParentFoldersAndReopens() throws {
        let path = Fixtures.temporaryStorePath()
        do {
            let store = try SnapshotStore.open(path: path)
            #expect(try store.customers().isEmpty)
            #expect(try store.lastCompletedSync() == nil)
        }
        let reopened = try SnapshotStore.open(path: path)
        #expect(try reopened.customerCount() == 0)
    }

    @Test func keepsRunHistoryNewestFirst() throws {
        let store = try SnapshotStore.open(path: Fixtures.temporaryStorePath())
        let base = Date(timeIntervalSince1970: 1_796_000_000)
        let runs = [
            RunRecord(kind: "analyze", startedAt: base, customers: 100, errors: 3, warnings: 20, infos: 1,
                      clusters: 4, customersInClusters: 9, reportPath: "reports/a/report.json"),
            RunRecord(kind: "gate", startedAt: base.addingTimeInterval(86_400), customers: 101, errors: 0, warnings: 18,
                      infos: 1, clusters: 2, customersInClusters: 4, reportPath: nil, gatePassed: true),
            RunRecord(kind: "gate", startedAt: base.addingTimeInterval(3_600), customers: 100, errors: 2, warnings: 20,
                      infos: 0, clusters: 3, customersInClusters: 6, gatePassed: false),
        ]
        for run in runs { try store.recordRun(run) }
        #expect(try store.recentRuns(limit: 10) == [runs[1], runs[2], runs[0]])
        #expect(try store.recentRuns(limit: 1) == [runs[1]])
        #expect(try store.recentRuns(limit: 0).isEmpty)
    }
}
