import CustomerModel
import CycleSoftwareAPI
import Foundation
import Snapshot
import Testing
@testable import Cleanup

/// The moment a kill is hardest on: the PUT went through, the journal never heard back.
@Suite struct FixApplierResumeTests {
    /// An API in memory whose PUT can write and then lose the answer, the way a run killed (or a
    /// connection dropped for good) right after the server applied it looks to the next run.
    final class MemoryAPI: CustomerAccess, @unchecked Sendable {
        private let lock = NSLock()
        private var customers: [Int: Customer]
        private(set) var updates: [Int] = []
        var loseAnswerAfterWriting: Set<Int> = []

        init(_ customers: [Customer]) {
            self.customers = Dictionary(uniqueKeysWithValues: customers.map { ($0.customerID!, $0) })
        }

        func customer(id: Int) async throws -> Customer {
            try lock.withLock {
                guard let customer = customers[id] else { throw APIError.notFound(id) }
                return customer
            }
        }

        func update(_ customer: Customer) async throws -> Customer {
            try lock.withLock {
                customers[customer.customerID!] = customer
                updates.append(customer.customerID!)
                if loseAnswerAfterWriting.remove(customer.customerID!) != nil {
                    throw APIError.transport("the connection dropped", attempts: 5)
                }
                return customer
            }
        }

        subscript(id: Int) -> Customer? { lock.withLock { customers[id] } }
    }

    static let plan = FixPlan(id: "resume", createdAt: "2026-12-06T10:00:00Z", customers: [1, 2, 3].map { id in
        CustomerChanges(customerID: id, changes: [FieldChange(field: "city", before: "NISTELRODE", after: "Nistelrode",
                                                              kind: .normalization, reason: "text.casing")])
    })

    @Test func aWriteWhoseAnswerWasLostIsNotSentAgainAndCanStillBeUndone() async throws {
        let api = MemoryAPI([1, 2, 3].map { Customer(customerID: $0, city: "NISTELRODE") })
        let journal = try SnapshotStore.open(path: FileManager.default.temporaryDirectory
            .appendingPathComponent("resume-\(UUID().uuidString)/store.sqlite").path)
        api.loseAnswerAfterWriting = [2]

        await #expect(throws: APIError.self) { try await FixApplier(api: api, journal: journal, direction: .apply).run(Self.plan) }
        #expect(api.updates == [1, 2] && api[2]?.city == "Nistelrode")
        #expect(try journal.journalEntries(planID: "resume", direction: .apply)[2]?.state == .started)

        let resumed = try await FixApplier(api: api, journal: journal, direction: .apply).run(Self.plan)
        #expect(resumed.alreadyDone == [1, 2] && resumed.applied == [3])
        #expect(api.updates == [1, 2, 3], "customer 2 is not written twice")

        // The journal counts customer 2 as written by this plan, so undo restores it too.
        let undo = try await FixApplier(api: api, journal: journal, direction: .undo).run(Self.plan)
        #expect(undo.applied == [1, 2, 3])
        #expect([1, 2, 3].allSatisfy { api[$0]?.city == "NISTELRODE" })
    }

    @Test func anUndonePlanCanBeAppliedAgainAndUndoneAgain() async throws {
        let api = MemoryAPI([1, 2, 3].map { Customer(customerID: $0, city: "NISTELRODE") })
        let journal = try SnapshotStore.open(path: FileManager.default.temporaryDirectory
            .appendingPathComponent("again-\(UUID().uuidString)/store.sqlite").path)
        func run(_ direction: FixDirection) async throws -> FixRunSummary {
            try await FixApplier(api: api, journal: journal, direction: direction).run(Self.plan)
        }

        #expect(try await run(.apply).applied == [1, 2, 3])
        #expect(try await run(.undo).applied == [1, 2, 3])
        #expect(try await run(.undo).total == 0, "a second undo has nothing left to restore")
        let again = try await run(.apply)
        #expect(again.applied == [1, 2, 3] && again.alreadyDone.isEmpty)
        #expect([1, 2, 3].allSatisfy { api[$0]?.city == "Nistelrode" })
        #expect(try await run(.apply).applied.isEmpty, "a second apply still writes nothing")
        #expect(try await run(.undo).applied == [1, 2, 3])
        #expect([1, 2, 3].allSatisfy { api[$0]?.city == "NISTELRODE" })
        #expect(api.updates.count == 12, "every write exactly once: apply, undo, apply, undo of three customers")
    }
}
