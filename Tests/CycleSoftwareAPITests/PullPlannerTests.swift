import AuditSupport
import CustomerModel
import Testing
@testable import CycleSoftwareAPI

/// A customer list served by offset, ordered by id, that changes between pages like a busy shop's.
struct DriftingList {
    var ids: [Int]
    var modifiedAt: [Int: Int] = [:]
    var nextID: Int
    var clock = 0
    var random: SplitMix64
    var deleted: Set<Int> = []
    var inserted: Set<Int> = []

    init(count: Int, seed: UInt64) {
        ids = Array(1...count)
        nextID = count + 1
        random = SplitMix64(seed: seed)
    }

    /// One `list.json` page: ids and `next_offset`.
    func page(offset: Int, size: Int, modifiedSince: Int?) -> (ids: [Int], next: Int?) {
        let visible = modifiedSince.map { since in ids.filter { modifiedAt[$0, default: -1] >= since } } ?? ids
        guard offset < visible.count else { return ([], nil) }
        let end = min(offset + size, visible.count)
        return (Array(visible[offset..<end]), end < visible.count ? end : nil)
    }

    /// Deletes among the first `position` records (so later offsets shift) and appends new ones.
    mutating func drift(inserts: Int, deletes: Int, before position: Int) {
        clock += 1
        for _ in 0..<deletes where !ids.isEmpty {
            let index = Int(random.next() % UInt64(max(1, min(position, ids.count))))
            deleted.insert(ids.remove(at: index))
        }
        for _ in 0..<inserts {
            ids.append(nextID)
            modifiedAt[nextID] = clock
            inserted.insert(nextID)
            nextID += 1
        }
    }
}

@Suite struct PullPlannerTests {
    struct Outcome {
        var delivered: [Int] = []
        var cursors: [Int?] = []
        var requests = 0
        var realignments = 0
    }

    /// Pulls `list` to the end with `planner`, letting it drift after every page.
    static func pull(_ list: inout DriftingList, planner: PullPlanner, pageSize: Int, inserts: Int, deletes: Int,
                     stopAfter: Int = .max) -> (Outcome, PullPlanner) {
        var planner = planner
        var outcome = Outcome()
        let start = list.clock + 1
        while planner.phase != .done, outcome.requests < stopAfter {
            outcome.requests += 1
            precondition(outcome.requests < 10_000, "the pull does not end")
            let offset = planner.requestOffset
            let answer = list.page(offset: offset, size: pageSize, modifiedSince: planner.phase == .closing ? start : nil)
            let step = planner.accept(customers: answer.ids.map { Customer(customerID: $0) }, nextOffset: answer.next)
            outcome.delivered += step.newCustomers.compactMap(\.customerID)
            outcome.cursors.append(step.cursor)
            if planner.phase != .done {
                list.drift(inserts: inserts, deletes: deletes, before: offset + answer.ids.count)
            }
        }
        outcome.realignments = planner.realignments
        return (outcome, planner)
    }

    @Test(arguments: [
        // customers, page size, inserts and deletes per page, overlap, seed
        (1_000, 50, 0, 0, 5, 1 as UInt64),
        (1_000, 50, 3, 3, 5, 2),
        (1_000, 50, 0, 4, 5, 3),
        (1_000, 50, 0, 12, 5, 4),      // more deletes than the overlap: re-alignment
        (2_000, 100, 10, 40, 3, 5),
        (500, 7, 2, 2, 2, 6),
        (300, 10, 5, 25, 5, 7),        // a page's worth of deletes between pages
    ])
    func everyCustomerPresentThroughoutArrivesExactlyOnce(
        _ count: Int, _ pageSize: Int, _ inserts: Int, _ deletes: Int, _ overlap: Int, _ seed: UInt64
    ) {
        var list = DriftingList(count: count, seed: seed)
        let initial = Set(list.ids)
        let (outcome, _) = Self.pull(&list, planner: PullPlanner(options: PullOptions(overlap: overlap)),
                                     pageSize: pageSize, inserts: inserts, deletes: deletes)
        let delivered = Set(outcome.delivered)
        #expect(delivered.count == outcome.delivered.count, "a customer arrived twice")
        let presentThroughout = initial.subtracting(list.deleted)
        #expect(presentThroughout.subtracting(delivered).isEmpty,
                "missed \(presentThroughout.subtracting(delivered).sorted().prefix(10))")
        #expect(delivered.isSubset(of: initial.union(list.inserted)))
        // Customers inserted during the pull and still there arrive through the closing pass.
        #expect(list.inserted.subtracting(list.deleted).isSubset(of: delivered))
        // The cursor is nil exactly once, on the last page.
        #expect(outcome.cursors.last == .some(nil))
        #expect(outcome.cursors.dropLast().allSatisfy { $0 != nil })
    }

    @Test func plainOffsetPagingLosesCustomersUnderTheSameDrift() {
        // The control: without overlap and closing pass the drift above does make records go missing.
        var list = DriftingList(count: 1_000, seed: 4)
        let initial = Set(list.ids)
        let plain = PullPlanner(options: PullOptions(overlap: 0, closingPass: false))
        let (outcome, _) = Self.pull(&list, planner: plain, pageSize: 50, inserts: 0, deletes: 12)
        let missed = initial.subtracting(list.deleted).subtracting(outcome.delivered)
        #expect(!missed.isEmpty)
    }

    @Test func withoutDriftTheOverlapCostsFewRequests() {
        var list = DriftingList(count: 1_000, seed: 1)
        let (outcome, planner) = Self.pull(&list, planner: PullPlanner(), pageSize: 100, inserts: 0, deletes: 0)
        #expect(outcome.delivered == Array(1...1_000))
        #expect(planner.realignments == 0)
        // 1,000 records at 95 new ones a page is 11 pages, plus one closing-pass page.
        #expect(outcome.requests == 12)
    }

    @Test func requestsOverlapThePreviousPage() {
        var planner = PullPlanner(options: PullOptions(overlap: 5, closingPass: false))
        #expect(planner.requestOffset == 0)
        let first = planner.accept(customers: (1...50).map { Customer(customerID: $0) }, nextOffset: 50)
        #expect(first.cursor == 50)
        #expect(planner.requestOffset == 45)
        let second = planner.accept(customers: (46...95).map { Customer(customerID: $0) }, nextOffset: 95)
        #expect(second.anchored)
        #expect(second.newCustomers.map(\.customerID) == (51...95).map { $0 })
        // A page that shares nothing with what came before: the planner steps back one page.
        _ = planner.accept(customers: (200...249).map { Customer(customerID: $0) }, nextOffset: 140)
        #expect(planner.requestOffset == 40)
        #expect(planner.realignments == 1)
    }

    @Test func aResumedPullChecksItsFirstPageAgainstTheAnchors() {
        var list = DriftingList(count: 1_000, seed: 9)
        let initial = Set(list.ids)
        // A first pull stops after four pages, as if the process was killed.
        let (first, stopped) = Self.pull(&list, planner: PullPlanner(), pageSize: 50, inserts: 1, deletes: 8, stopAfter: 4)
        let cursor = first.cursors.last!!
        // Meanwhile, many customers before the cursor disappear.
        list.drift(inserts: 0, deletes: 30, before: cursor)
        let lastPage = Set(first.delivered.suffix(20))
        let resumed = PullPlanner(from: cursor, anchorIDs: lastPage)
        #expect(stopped.phase == .main)
        let (second, _) = Self.pull(&list, planner: resumed, pageSize: 50, inserts: 1, deletes: 8)
        #expect(second.realignments > 0)
        let delivered = first.delivered + second.delivered
        #expect(lastPage.isDisjoint(with: second.delivered))
        let presentThroughout = initial.subtracting(list.deleted)
        #expect(presentThroughout.subtracting(delivered).isEmpty)
    }

    @Test func customersWithoutIdArriveOnceByTheirText() {
        var planner = PullPlanner(options: PullOptions(overlap: 1, closingPass: false))
        let odd = Customer(name: "no id", raw: #"{"name":"no id"}"#)
        let first = planner.accept(customers: [Customer(customerID: 1), odd, Customer(customerID: 2)], nextOffset: 3)
        let second = planner.accept(customers: [Customer(customerID: 2), odd, Customer(customerID: 3)], nextOffset: nil)
        #expect(first.newCustomers.count == 3)
        #expect(second.newCustomers.map(\.customerID) == [3])
        #expect(planner.phase == .done)
    }

    @Test func aServerThatDoesNotMoveOnCannotLoopForever() {
        var planner = PullPlanner(options: PullOptions(overlap: 2, closingPass: false))
        _ = planner.accept(customers: (1...10).map { Customer(customerID: $0) }, nextOffset: 0)
        #expect(planner.requestOffset == 8)
    }
}
