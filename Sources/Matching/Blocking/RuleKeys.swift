/// The keys of several blocking rules in one flat buffer, for loops over millions of pairs.
///
/// Asking `BlockingRule.agrees` there copied the rule (its name and its array of keys) per pair
/// and rule, retains and releases that cost more than comparing the keys. Immutable once built.
final class RuleKeys: @unchecked Sendable {
    private let keys: UnsafeMutableBufferPointer<BlockingKey>
    /// Rule r's keys are `keys[ends[r - 1] ..< ends[r]]` (from 0 for the first).
    private let ends: UnsafeMutableBufferPointer<Int>
    let count: Int

    init(_ rules: [BlockingRule]) {
        count = rules.count
        let flat = rules.flatMap(\.keys)
        keys = .allocate(capacity: max(1, flat.count))
        _ = keys.initialize(from: flat)
        ends = .allocate(capacity: max(1, rules.count))
        var end = 0
        for (index, rule) in rules.enumerated() {
            end += rule.keys.count
            ends[index] = end
        }
    }

    deinit {
        keys.deallocate()
        ends.deallocate()
    }

    /// Whether rows `x` and `y` agree on every key of rule `rule` (see `BlockingRule.agrees`).
    @inline(__always)
    func agrees(_ rule: Int, _ x: MatchRow, _ y: MatchRow) -> Bool {
        var index = rule == 0 ? 0 : ends[rule - 1]
        let end = ends[rule]
        while index < end {
            if !keys[index].agrees(x, y) { return false }
            index += 1
        }
        return true
    }
}
