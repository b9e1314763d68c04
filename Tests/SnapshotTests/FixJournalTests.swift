import Foundation
import Testing
@testable import Snapshot

/// The fix journal: one row per plan, customer and direction, replaced step by step, kept across opens.
@Suite struct FixJournalTests {
    @Test func entriesAreReplacedPerStepAndSurviveReopening() throws {
        let path = Fixtures.temporaryStorePath()
        let store = try SnapshotStore.open(path: path)
        try store.recordJournal(FixJournalEntry(planID: "p", customerID: 6, direction: .apply, state: .started, writtenFields: ["city"]))
        try store.recordJournal(FixJournalEntry(planID: "p", customerID: 6, direction: .apply, state: .done, writtenFields: ["city", "postcode"]))
        try store.recordJournal(FixJournalEntry(planID: "p", customerID: 7, direction: .apply, state: .skipped, detail: "city changed"))
        try store.recordJournal(FixJournalEntry(planID: "other", customerID: 6, direction: .apply, state: .failed))

        let reopened = try SnapshotStore.open(path: path)
        let entries = try reopened.journalEntries(planID: "p", direction: .apply)
        #expect(entries.count == 2)
        #expect(entries[6]?.state == .done && entries[6]?.writtenFields == ["city", "postcode"])
        #expect(entries[7]?.state == .skipped && entries[7]?.detail == "city changed")
        #expect(try reopened.journalEntries(planID: "p", direction: .undo).isEmpty)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}
