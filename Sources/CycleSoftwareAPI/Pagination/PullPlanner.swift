import CustomerModel

/// The decisions of a drift-safe pull through `list.json`, as a value: which offset to ask for next,
/// which records of an answer are new, and what cursor to hand on. `CustomersClient.pages` feeds it
/// answers; tests feed it pages of a list they change in between.
///
/// ## Why plain offset paging is not enough
/// Pages are cut by position. A customer deleted before the current position shifts every later one
/// down, so the first record of the next page is skipped; an insert before it shifts them up, so one is
/// repeated.
///
/// ## How a pass works
/// Each next page is asked for `overlap` records early (at most a fifth of the page, see `stepBack`), so
/// it should start with the tail of the previous page. A page is *anchored* when it holds at least one record already fetched in this pass (or it
/// starts at offset 0). Because the list keeps its order, an anchored page covers without gaps
/// everything between the anchor and its end, so every record present throughout the pass and placed
/// up to that end has been fetched. A page without an anchor means the list shifted by more than the
/// overlap: the planner steps back (one page, then doubling) until a page is anchored again — offset 0
/// always is — and walks forward from there. Records are passed on once per pull, keyed by
/// `customer_id` (records without an id by their raw text).
///
/// ## The closing pass
/// When the main pass is done, a second pass asks for `modified_since` = the pull's start (the server's
/// clock, less `PullOptions.closingPassMargin`) and, with the same checks, passes on what it has not
/// yet passed on: customers inserted behind the position of the main pass.
///
/// ## Cursors
/// Every page carries a cursor (`CustomerPage.nextOffset`): where the pull would continue. It only
/// moves forward past anchored pages; during the closing pass it stays at the end of the main pass, so
/// resuming there repeats only the closing pass. It is nil exactly once, on the last page.
public struct PullPlanner: Sendable {
    public enum Phase: Sendable, Hashable {
        case main
        case closing
        case done
    }

    /// What to do with one answer.
    public struct Step: Sendable {
        /// Records not yet passed on in this pull.
        public var newCustomers: [Customer]
        /// Where the pull would continue (see "Cursors"); nil once it is complete.
        public var cursor: Int?
        /// Whether the answer was anchored; false means the planner steps back.
        public var anchored: Bool
        /// Whether this answer finished the pass it belonged to.
        public var finishedPass: Bool
    }

    public let overlap: Int
    public let closingPass: Bool
    public private(set) var phase: Phase = .main
    /// The offset to ask for next (meaningless once `phase` is `.done`).
    public private(set) var requestOffset: Int
    /// Pages that had to be fetched again because the list moved.
    public private(set) var realignments = 0

    private var cursor: Int
    private var mainEnd: Int?
    private var requireAnchor: Bool
    private var passFetched: Set<Int> = []
    private var deliveredIDs: Set<Int> = []
    private var deliveredWithoutID: Set<String> = []
    private var stepBack: Int?
    private var lastPageCount = 0

    /// A pull starting at `offset`. `anchorIDs` are ids known to be delivered up to that offset by an
    /// earlier, interrupted pull (e.g. its last page): then the first page is checked like any other.
    public init(from offset: Int = 0, options: PullOptions = PullOptions(), anchorIDs: Set<Int> = []) {
        overlap = options.overlap
        closingPass = options.closingPass
        cursor = max(0, offset)
        let resumeCheck = cursor > 0 && overlap > 0 && !anchorIDs.isEmpty
        requestOffset = resumeCheck ? max(0, cursor - overlap) : cursor
        requireAnchor = resumeCheck
        deliveredIDs = anchorIDs
    }

    /// Takes the answer to the request at `requestOffset`.
    public mutating func accept(customers: [Customer], nextOffset: Int?) -> Step {
        precondition(phase != .done, "the pull is complete")
        let offset = requestOffset
        let ids = customers.compactMap(\.customerID)
        // In the main pass what was fetched is what was delivered; only the closing pass keeps its own set.
        let known = phase == .main ? deliveredIDs : passFetched
        let anchored = offset == 0 || !requireAnchor || ids.contains(where: known.contains)
        if phase == .closing { passFetched.formUnion(ids) }
        var fresh: [Customer] = []
        for customer in customers {
            if let id = customer.customerID {
                if deliveredIDs.insert(id).inserted { fresh.append(customer) }
            } else if deliveredWithoutID.insert(customer.raw).inserted {
                fresh.append(customer)
            }
        }

        guard anchored else {
            // The list moved by more than the overlap: step back until a page is anchored again.
            realignments += 1
            let step = stepBack.map { $0 * 2 } ?? max(lastPageCount, customers.count, overlap * 2, 1)
            stepBack = step
            requestOffset = max(0, offset - step)
            return Step(newCustomers: fresh, cursor: currentCursor, anchored: false, finishedPass: false)
        }
        stepBack = nil
        lastPageCount = customers.count
        guard var next = nextOffset, !customers.isEmpty else {
            return finishPass(fresh: fresh, endOffset: offset + customers.count)
        }
        // A server that does not move forward would keep the pull going round.
        if next <= offset { next = offset + customers.count }
        cursor = next
        let back = Self.stepBack(overlap: overlap, pageLength: customers.count)
        requestOffset = max(0, next - back)
        requireAnchor = back > 0
        return Step(newCustomers: fresh, cursor: currentCursor, anchored: true, finishedPass: false)
    }

    /// How far the next request reaches back into this page: the configured overlap, but at most a
    /// fifth of the page the server sent (at least one record). A fixed overlap on small pages would
    /// spend most of every request re-reading: five of five records on a page of five, so the pull
    /// would advance one customer per request.
    static func stepBack(overlap: Int, pageLength: Int) -> Int {
        guard overlap > 0, pageLength > 1 else { return 0 }
        return min(overlap, max(1, pageLength / 5), pageLength - 1)
    }

    private var currentCursor: Int? {
        switch phase {
        case .main: return cursor
        case .closing: return mainEnd ?? cursor
        case .done: return nil
        }
    }

    private mutating func finishPass(fresh: [Customer], endOffset: Int) -> Step {
        switch phase {
        case .main where closingPass:
            mainEnd = max(endOffset, cursor)
            phase = .closing
            passFetched = []
            requestOffset = 0
            requireAnchor = false
        default:
            phase = .done
        }
        return Step(newCustomers: fresh, cursor: currentCursor, anchored: true, finishedPass: true)
    }
}
