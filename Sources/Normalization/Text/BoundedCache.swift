/// A per-worker memo from raw input to a derived value (surnames, streets, cities and mail domains
/// repeat across a customer file). Not thread-safe by design: each worker owns its caches, so there
/// is nothing to lock. Emptied when full, which bounds memory on inputs with few repeats.
///
/// Keys are usually the raw text; a struct of the raw fields works as well and saves joining them
/// into one string per lookup.
final class BoundedCache<Key: Hashable, Value> {
    private var entries: [Key: Value] = [:]
    private let limit: Int

    init(limit: Int = 100_000) {
        self.limit = limit
    }

    func value(for key: Key, _ compute: () -> Value) -> Value {
        if let known = entries[key] { return known }
        let value = compute()
        if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
        entries[key] = value
        return value
    }
}
