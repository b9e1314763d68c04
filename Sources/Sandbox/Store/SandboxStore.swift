import AuditSupport
import CustomerGenerator
import CustomerModel
import Foundation

/// The customers a sandbox serves, each with the time it was last modified.
///
/// Tests hold the same store the server reads, so they can look at it and change it while a client
/// pulls. Ids are kept sorted, as `list.json` pages in customer id order. Each record's JSON is
/// rendered once when stored: a record whose `raw` text is set is served as that text, exactly,
/// so planted oddities reach the client as they are; others are rendered with `CustomerJSON.encode`.
public actor SandboxStore {
    /// The clock used for modification times (and, by the server, for rate-limit windows).
    public nonisolated let clock: SandboxClock
    /// What the server has answered; tests read it to see faults and limits at work.
    public nonisolated let traffic = SandboxTraffic()

    struct Entry: Sendable {
        var customer: Customer
        var modified: Date
        var json: String
    }

    private var entries: [Int: Entry] = [:]
    private var sortedIDs: [Int] = []
    private var nextID = 1

    /// Stores `customers`. A record without an id, or with an id already taken, gets the next free id
    /// and is rendered afresh (its `raw` text would show an id the server does not hold).
    /// Each record's modification time is its `datetime_created` when that parses (UTC) and is not
    /// in the future, else `modifiedAt`, else the clock's current time.
    public init(customers: [Customer], clock: SandboxClock = .system, modifiedAt: Date? = nil) {
        self.clock = clock
        let now = clock.now()
        func modified(_ customer: Customer) -> Date {
            let created = customer.datetimeCreated.flatMap(APITimestamp.parse).flatMap { $0 <= now ? $0 : nil }
            return created ?? modifiedAt ?? now
        }
        var entries: [Int: Entry] = [:]
        var pending: [Customer] = []
        for customer in customers {
            guard let id = customer.customerID, id > 0, entries[id] == nil else {
                pending.append(customer)
                continue
            }
            entries[id] = Entry(customer: customer, modified: modified(customer), json: Self.render(customer))
        }
        var sortedIDs = entries.keys.sorted()
        var nextID = (sortedIDs.last ?? 0) + 1
        for var customer in pending {
            customer.raw = ""
            customer = Self.withID(nextID, customer)
            entries[nextID] = Entry(customer: customer, modified: modified(customer), json: Self.render(customer))
            sortedIDs.append(nextID)
            nextID += 1
        }
        self.entries = entries
        self.sortedIDs = sortedIDs
        self.nextID = nextID
    }

    /// Number of customers held.
    public var count: Int { sortedIDs.count }

    /// Every customer, sorted by id.
    public func allCustomers() -> [Customer] {
        sortedIDs.compactMap { entries[$0]?.customer }
    }

    /// The customer with `id`, if held.
    public func customer(id: Int) -> Customer? {
        entries[id]?.customer
    }

    /// When the customer with `id` was last modified.
    public func modificationTime(id: Int) -> Date? {
        entries[id]?.modified
    }

    /// Adds a customer and returns it as stored. It keeps its id when that is set and free; otherwise
    /// it gets the next free id (phone numbers follow) and is rendered afresh. `datetime_created` is
    /// set to now when empty. The modification time is now.
    @discardableResult
    public func insert(_ customer: Customer) -> Customer {
        var stored = customer
        let now = clock.now()
        if let id = stored.customerID, id > 0, entries[id] == nil {
            nextID = max(nextID, id + 1)
        } else {
            stored.raw = ""
            stored = assignID(to: stored)
        }
        if stored.datetimeCreated == nil || stored.datetimeCreated?.isEmpty == true {
            stored.datetimeCreated = APITimestamp.format(now)
            stored.raw = ""
        }
        let id = stored.customerID!
        entries[id] = Entry(customer: stored, modified: now, json: Self.render(stored))
        let position = insertionIndex(of: id)
        sortedIDs.insert(id, at: position)
        return stored
    }

    /// Replaces the customer with the same id and marks it modified now; nil when the id is unknown.
    /// The new value is served as given (its `raw` text when set).
    @discardableResult
    public func update(_ customer: Customer) -> Customer? {
        guard let id = customer.customerID, entries[id] != nil else { return nil }
        entries[id] = Entry(customer: customer, modified: clock.now(), json: Self.render(customer))
        return customer
    }

    /// Changes the customer with `id` in place (as `PUT` does) and marks it modified now.
    /// The record is rendered afresh from its fields. Returns nil when the id is unknown.
    public func modify(id: Int, _ change: @Sendable (inout Customer) -> Void) -> Customer? {
        guard var customer = entries[id]?.customer else { return nil }
        change(&customer)
        customer.customerID = id
        customer.raw = ""
        return update(customer)
    }

    /// Marks the customer modified now without changing it (what an edit in the shop does to `modified_since`).
    @discardableResult
    public func touch(id: Int) -> Bool {
        guard entries[id] != nil else { return false }
        entries[id]!.modified = clock.now()
        return true
    }

    /// Removes the customer with `id`; false when it was not held.
    @discardableResult
    public func delete(id: Int) -> Bool {
        guard entries.removeValue(forKey: id) != nil else { return false }
        let position = insertionIndex(of: id)
        if position < sortedIDs.count, sortedIDs[position] == id { sortedIDs.remove(at: position) }
        return true
    }

    // MARK: - What the endpoints read

    /// One `list.json` page: the JSON of up to `limit` customers from `offset` (in id order, only those
    /// modified at or after `modifiedSince` when given), and whether more follow.
    func page(offset: Int, limit: Int, modifiedSince: Date?) -> (json: [String], ids: [Int], hasMore: Bool) {
        guard let modifiedSince else {
            let start = min(offset, sortedIDs.count)
            let end = min(start + limit, sortedIDs.count)
            let ids = Array(sortedIDs[start..<end])
            return (ids.map { entries[$0]!.json }, ids, end < sortedIDs.count)
        }
        var skipped = 0
        var ids: [Int] = []
        for id in sortedIDs where entries[id]!.modified >= modifiedSince {
            if skipped < offset {
                skipped += 1
                continue
            }
            if ids.count == limit { return (ids.map { entries[$0]!.json }, ids, true) }
            ids.append(id)
        }
        return (ids.map { entries[$0]!.json }, ids, false)
    }

    /// The JSON of the customer with `id`, as served.
    func json(id: Int) -> String? {
        entries[id]?.json
    }

    /// The JSON of the first `limit` customers (in id order) that `search` matches.
    func find(_ search: CustomerSearch, limit: Int) -> [String] {
        var found: [String] = []
        for id in sortedIDs {
            guard let entry = entries[id], search.matches(entry.customer) else { continue }
            found.append(entry.json)
            if found.count == limit { break }
        }
        return found
    }

    /// Drift between pages: deletes `deletes` customers among the first `window` (those a pull has
    /// already passed, so later offsets shift) and inserts `inserts` new ones with the highest ids.
    /// Returns the ids deleted and inserted.
    func drift(inserts: Int, deletes: Int, window: Int, random: inout SplitMix64) -> (deleted: [Int], inserted: [Int]) {
        var deleted: [Int] = []
        for _ in 0..<deletes {
            let reach = min(window, sortedIDs.count)
            guard reach > 0 else { break }
            let id = sortedIDs[Int(random.next() % UInt64(reach))]
            if delete(id: id) { deleted.append(id) }
        }
        var inserted: [Int] = []
        for _ in 0..<inserts {
            let customer = DriftCustomer.make(number: nextID, random: &random)
            inserted.append(insert(customer).customerID!)
        }
        return (deleted, inserted)
    }

    // MARK: - Helpers

    private func assignID(to customer: Customer) -> Customer {
        while entries[nextID] != nil { nextID += 1 }
        defer { nextID += 1 }
        return Self.withID(nextID, customer)
    }

    /// `customer` with `id`, on its phone numbers too.
    private static func withID(_ id: Int, _ customer: Customer) -> Customer {
        var stored = customer
        stored.customerID = id
        for index in stored.phoneNumbers.indices { stored.phoneNumbers[index].customerID = id }
        return stored
    }

    private func insertionIndex(of id: Int) -> Int {
        var low = 0
        var high = sortedIDs.count
        while low < high {
            let middle = (low + high) / 2
            if sortedIDs[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low
    }

    static func render(_ customer: Customer) -> String {
        customer.raw.isEmpty ? CustomerJSON.encode(customer) : customer.raw
    }
}
