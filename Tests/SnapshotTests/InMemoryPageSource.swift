import CustomerModel
import CycleSoftwareAPI
import Foundation
import Snapshot

/// A `CustomerPageSource` over customers held in memory, paged like `list.json` and honouring
/// `modified_since` against per-customer modification times. It can fail after a number of pages
/// (a lost connection) and logs every request.
final class InMemoryPageSource: CustomerPageSource, @unchecked Sendable {
    struct Failure: Error {}

    private let lock = NSLock()
    private var records: [(customer: Customer, modified: Date)]
    private var requestLog: [(modifiedSince: String?, offset: Int)] = []
    private var failAfter: Int?
    let pageSize: Int

    init(_ customers: [Customer], modified: Date, pageSize: Int = 3) {
        records = customers.map { ($0, modified) }
        self.pageSize = pageSize
    }

    /// The next `pages` call delivers this many pages, then fails like a dropped connection.
    func failAfterPages(_ pages: Int?) { lock.withLock { failAfter = pages } }

    /// Replaces or adds a customer (by id) with a new modification time.
    func upsert(_ customer: Customer, modified: Date) {
        lock.withLock {
            records.removeAll { $0.customer.customerID == customer.customerID }
            records.append((customer, modified))
            records.sort { ($0.customer.customerID ?? .max) < ($1.customer.customerID ?? .max) }
        }
    }

    func remove(id: Int) { lock.withLock { records.removeAll { $0.customer.customerID == id } } }

    var requests: [(modifiedSince: String?, offset: Int)] { lock.withLock { requestLog } }

    func pages(modifiedSince: String?, from offset: Int) -> AsyncThrowingStream<CustomerPage, Error> {
        let since = modifiedSince.flatMap(APITimestamp.parse)
        let (selected, failAfter) = lock.withLock {
            (records.filter { since == nil || $0.modified >= since! }.map(\.customer), self.failAfter)
        }
        lock.withLock { self.failAfter = nil }
        return AsyncThrowingStream { continuation in
            var offset = offset
            var delivered = 0
            while true {
                if let failAfter, delivered == failAfter {
                    continuation.finish(throwing: Failure())
                    return
                }
                lock.withLock { requestLog.append((modifiedSince, offset)) }
                let end = min(offset + pageSize, selected.count)
                let page = Array(selected[min(offset, end)..<end])
                let next = end < selected.count ? end : nil
                continuation.yield(CustomerPage(offset: offset, customers: page, nextOffset: next,
                                                rateLimit: RateLimitStatus(minutelyLimit: 360, minutelyRemaining: 300)))
                delivered += 1
                guard let next else { break }
                offset = next
            }
            continuation.finish()
        }
    }
}

/// Customers built from JSON text, as the client builds them (raw kept as sent).
enum Fixtures {
    static func customer(_ json: String) -> Customer {
        try! CustomerJSON.decodeCustomer(Data(json.utf8))
    }

    static func customer(id: Int, name: String, extra: String = "") -> Customer {
        customer(#"{"customer_id": \#(id), "name": "\#(name)", "postcode": "5388GM"\#(extra)}"#)
    }

    static func customers(_ ids: ClosedRange<Int>, name: String = "Jansen") -> [Customer] {
        ids.map { customer(id: $0, name: "\(name) \($0)") }
    }

    static func temporaryStorePath() -> String {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("snapshot-tests-\(UUID().uuidString)")
            .appendingPathComponent("store.sqlite").path
    }
}
