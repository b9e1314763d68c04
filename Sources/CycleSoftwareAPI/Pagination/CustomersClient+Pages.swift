import CustomerModel
import Foundation

extension CustomersClient {
    /// Every customer (or, with `modifiedSince`, every customer changed since then), page by page from
    /// `offset`, following `pagination.next_offset`.
    ///
    /// **What a pull guarantees.** Every customer that exists for the whole pull arrives exactly once,
    /// even when customers are inserted or deleted while it runs: pages overlap by a few records and are
    /// checked by id, the pull steps back and re-aligns when the list moved, records are de-duplicated
    /// by `customer_id`, and a closing `modified_since` pass from the pull's start (by the server's
    /// clock) brings customers inserted during the pull. A customer deleted during the pull may or may
    /// not arrive; one changed during the pull arrives once, in the version seen first (the next
    /// incremental sync from this pull's start brings the newer one). See `PullPlanner` for the details.
    ///
    /// Each page's `nextOffset` is a cursor to resume from (`pages(modifiedSince:from:)` with the same
    /// `modifiedSince`); nil marks the last page. A resumed pull re-checks its first page against
    /// `anchorIDs` when given (`pages(modifiedSince:from:anchorIDs:)`). Pages are fetched when the
    /// consumer asks for them, so a slow consumer holds at most one page in memory.
    public func pages(modifiedSince: String?, from offset: Int) -> AsyncThrowingStream<CustomerPage, Error> {
        pages(modifiedSince: modifiedSince, from: offset, anchorIDs: [])
    }

    /// `pages(modifiedSince:from:)`, resuming after an interrupted pull whose last delivered page held
    /// the customers `anchorIDs`: the first page is then checked against them like any other.
    public func pages(modifiedSince: String?, from offset: Int, anchorIDs: Set<Int>) -> AsyncThrowingStream<CustomerPage, Error> {
        let pull = Pull(client: self, modifiedSince: modifiedSince,
                        planner: PullPlanner(from: offset, options: configuration.pull, anchorIDs: anchorIDs))
        return AsyncThrowingStream(unfolding: { try await pull.next() })
    }

    /// One `list.json` request, decoded.
    func listPage(offset: Int, modifiedSince: String?) async throws -> (page: ListPage, rateLimit: RateLimitStatus?) {
        var query: [(name: String, value: String)] = []
        if let modifiedSince { query.append(("modified_since", modifiedSince)) }
        if offset > 0 { query.append(("offset", String(offset))) }
        let request = APIRequest(method: .get, path: "/api/v1/customers/list.json", query: query)
        let page = try await executor.perform(request) { response -> ListPage in
            let page: ListPage
            do {
                page = try CustomerJSON.decodeListPage(response.body)
            } catch {
                throw ResponseProblem.malformed("list.json: \(error) (\(response.body.count) bytes; cut short?)")
            }
            if page.error {
                throw ResponseProblem.apiError(page.errorMessage ?? "list.json answered \"error\": true without a message")
            }
            return page
        }
        return (page, lastRateLimit)
    }

    /// The server's present time as the API's `YYYY-MM-DD HH:MM:SS` (UTC), less `margin`; our own clock
    /// when no answer carried a `Date` header yet.
    func serverTime(lessBy margin: Duration) -> String {
        let now: Date = executor.state.withLock { state in
            guard let clock = state.serverClock else { return Date() }
            return clock.server.addingTimeInterval(Date().timeIntervalSince(clock.local))
        }
        return APITimestamp.format(now.addingTimeInterval(-RequestExecutor.seconds(margin)))
    }
}

/// The state of one running pull, advanced one page per `next()`.
private final class Pull: @unchecked Sendable {
    // Only touched from `next()`, which the stream never runs concurrently with itself.
    private let client: CustomersClient
    private let modifiedSince: String?
    private var planner: PullPlanner
    private var closingSince: String?

    init(client: CustomersClient, modifiedSince: String?, planner: PullPlanner) {
        self.client = client
        self.modifiedSince = modifiedSince
        self.planner = planner
    }

    func next() async throws -> CustomerPage? {
        guard planner.phase != .done else { return nil }
        if closingSince == nil, planner.phase == .main {
            // Fixed before the first request, so the closing pass covers everything after the pull began.
            closingSince = client.serverTime(lessBy: client.configuration.pull.closingPassMargin)
        }
        let since = planner.phase == .closing ? closingSince : modifiedSince
        let offset = planner.requestOffset
        let (page, rateLimit) = try await client.listPage(offset: offset, modifiedSince: since)
        let before = planner.realignments
        let step = planner.accept(customers: page.customers, nextOffset: page.nextOffset)
        if planner.realignments > before {
            client.executor.state.withLock { $0.statistics.realignments += 1 }
        }
        return CustomerPage(offset: offset, customers: step.newCustomers, nextOffset: step.cursor, rateLimit: rateLimit)
    }
}
