/// A per-worker memo from raw text to a derived value (surnames, streets, cities and mail domains
/// repeat across a customer file). Not thread-safe by design: each worker owns its caches, so there
/// is nothing to lock. Emptied when full, which bounds memory on inputs with few repeats.
final class BoundedCache<Value> {
    private var entries: [String: Value] = [:]
    private let limit: Int

    init(limit: Int = 100_000) {
        self.limit = limit
    }

    func value(for key: String, _ compute: () -> Value) -> Value {
        if let known = entries[key] { return known }
        let value = compute()
        if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
        entries[key] = value
        return value
    }
}
