import AuditSupport
import CustomerModel

/// Estimates u = P(level | non-match) from random pairs: almost every random pair is two
/// different customers, so level frequencies among them are what chance agreement looks like.
/// A comparison conditioned on a key (house number on postcode) is sampled among random pairs
/// that share that key.
struct UEstimator: Sendable {
    var coder: VectorCoder
    var samples: Int
    var seed: UInt64

    /// u per comparison and level (the null level keeps 1), and the number of pairs sampled.
    func estimate(_ table: FeatureTable) -> (u: [[Double]], pairs: Int) {
        let n = table.count
        let allPairs = n * (n - 1) / 2
        let exhaustive = allPairs <= samples
        let total = exhaustive ? allPairs : samples
        let plain = coder.comparisons.indices.filter { coder.comparisons[$0].conditionedOn.isEmpty }
        let counts = ParallelChunks.map(count: total, minimumChunk: 1) { range -> [[Int]] in
            var counts = coder.radices.map { [Int](repeating: 0, count: $0) }
            var random = SplitMix64(seed: seed &+ UInt64(range.lowerBound))
            var a = 0, b = 0
            if exhaustive { (a, b) = UEstimator.pair(at: range.lowerBound, n: n) }
            // Both rows of a random pair are cache misses; a batch of pairs is read first so that
            // the misses overlap, then compared.
            let batch = 16
            var records = [(a: Int, b: Int)](repeating: (0, 0), count: batch)
            var rows = [(x: MatchRow, y: MatchRow)](repeating: (MatchRow(), MatchRow()), count: batch)
            var pending = 0
            func compare() {
                for index in 0..<pending {
                    let (a, b) = records[index], (x, y) = rows[index]
                    for k in plain { counts[k][coder.kernels[k].level(x, y, a, b, table, others: coder.others)] += 1 }
                }
                pending = 0
            }
            for _ in range {
                if exhaustive {
                    b += 1
                    if b >= n { a += 1; b = a + 1 }
                    if b >= n { break }
                } else {
                    a = Int(random.next() % UInt64(n))
                    b = Int(random.next() % UInt64(n - 1))
                    if b >= a { b += 1 }
                }
                records[pending] = (a, b)
                rows[pending] = (table.rows[a], table.rows[b])
                pending += 1
                if pending == batch { compare() }
            }
            compare()
            return counts
        }
        var levelCounts = coder.radices.map { [Int](repeating: 0, count: $0) }
        for part in counts { for k in plain { for level in part[k].indices { levelCounts[k][level] += part[k][level] } } }
        // Comparisons conditioned on the same keys (house number and street on the postcode)
        // share one pass over the blocks and one sample of pairs.
        var groups: [[BlockingKey]: [Int]] = [:]
        var order: [[BlockingKey]] = []
        for k in coder.comparisons.indices where !coder.comparisons[k].conditionedOn.isEmpty {
            let keys = coder.comparisons[k].conditionedOn
            if groups[keys] == nil { order.append(keys) }
            groups[keys, default: []].append(k)
        }
        for keys in order {
            let members = groups[keys]!
            let counts = conditioned(members, on: BlockingRule(name: "condition", keys: keys), table)
            for (index, k) in members.enumerated() { levelCounts[k] = counts[index] }
        }
        let u = levelCounts.map { counts -> [Double] in
            let observed = counts.dropFirst().reduce(0, +)
            // Add-half smoothing: a level never seen among random pairs is rare, not impossible.
            let denominator = Double(observed) + 0.5 * Double(counts.count - 1)
            return counts.indices.map { $0 == 0 ? 1 : (Double(counts[$0]) + 0.5) / denominator }
        }
        return (u, total)
    }

    /// Level counts of comparisons `ks` over random pairs of records that share the keys of `rule`.
    private func conditioned(_ ks: [Int], on rule: BlockingRule, _ table: FeatureTable) -> [[Int]] {
        var keys: [UInt64] = [], records: [Int32] = []
        var scratch: [UInt64] = [], blocks: [UInt64] = []
        for record in 0..<table.count {
            rule.blockIDs(record, table, scratch: &scratch, into: &blocks)
            for block in blocks {
                keys.append(block)
                records.append(Int32(record))
            }
        }
        // By block, then record: records were written ascending and the sort is stable.
        RadixSort.sort(&keys, payload: &records)
        // Start and size of the block of every entry; only blocks of two or more can be sampled.
        var starts = [Int](repeating: 0, count: keys.count), sizes = [Int](repeating: 0, count: keys.count)
        var shared: [Int] = []
        var start = 0
        while start < keys.count {
            var end = start + 1
            while end < keys.count && keys[end] == keys[start] { end += 1 }
            for i in start..<end { starts[i] = start; sizes[i] = end - start }
            if end - start >= 2 { shared.append(contentsOf: start..<end) }
            start = end
        }
        var counts = ks.map { [Int](repeating: 0, count: coder.radices[$0]) }
        guard !shared.isEmpty else { return counts }
        var random = SplitMix64(seed: seed ^ 0x5eed)
        let comparisons = ks.map { coder.comparisons[$0] }
        for _ in 0..<min(samples / 4, shared.count * 8) {
            let position = shared[Int(random.next() % UInt64(shared.count))]
            var other = starts[position] + Int(random.next() % UInt64(sizes[position] - 1))
            if other >= position { other += 1 }
            let a = Int(records[position]), b = Int(records[other])
            if UEstimator.likelyOnePerson(table.rows[a], table.rows[b]) { continue }
            for (index, comparison) in comparisons.enumerated() {
                counts[index][comparison.level(a, b, table)] += 1
            }
        }
        return counts
    }

    /// Pairs sharing a key are no longer almost all different customers: where a surname or a
    /// postcode is rare, most pairs sharing it are one customer twice, and their agreement would
    /// pass for chance. A pair with the same full name (either order), customer reference or
    /// mobile is therefore left out of the sample; relatives and neighbours, who differ there, stay.
    @inline(__always)
    static func likelyOnePerson(_ x: MatchRow, _ y: MatchRow) -> Bool {
        (x.nameSet != 0 && x.nameSet == y.nameSet) || (x.reference != 0 && x.reference == y.reference) || BlockingKey.mobile.agrees(x, y)
    }

    /// The pair just before linear position `index` in the enumeration (0,1), (0,2), …, so that the
    /// exhaustive walk's first step lands on it.
    static func pair(at index: Int, n: Int) -> (Int, Int) {
        var remaining = index, a = 0
        while remaining >= n - 1 - a && a < n - 1 {
            remaining -= n - 1 - a
            a += 1
        }
        return (a, a + remaining)
    }
}
