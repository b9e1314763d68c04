import AuditSupport
import CustomerModel

/// Generates candidate pairs from blocking rules, near-linear in the number of customers.
///
/// A block larger than `maxBlockSize` (one shop landline, a placeholder e-mail) would explode
/// quadratically; such a block is sorted by name and each customer is paired with its next
/// `window` neighbours instead, so true duplicates inside it still meet.
public struct Blocker: Sendable {
    public var rules: [BlockingRule]
    public var maxBlockSize: Int
    public var window: Int

    /// The index layout packs 28 bits of record index and 4 bits of rule.
    public static let maxRecords = 1 << 28
    public static let maxRules = 16

    public init(rules: [BlockingRule], maxBlockSize: Int, window: Int) {
        self.rules = Array(rules.prefix(Blocker.maxRules))
        self.maxBlockSize = max(2, maxBlockSize)
        self.window = max(1, window)
    }

    /// All candidate pairs, de-duplicated across rules, with per-rule figures. Rules run in parallel.
    public func candidates(_ table: FeatureTable) -> (pairs: CandidatePairs, stats: [BlockingRuleStats]) {
        precondition(table.count < Blocker.maxRecords, "too many customers for one matching run")
        var perRule = ParallelChunks.mapEach(Array(rules.indices)) { ruleIndex in generate(ruleIndex, table) }
        // Each rule's pairs go as soon as they are in `all`, and the de-duplication works inside
        // `all`: at a million customers each copy of the pairs is ~130 MB, and holding every copy
        // at once made blocking the peak of the whole run.
        let generated = perRule.map(\.pairs.count)
        var all: [UInt64] = []
        all.reserveCapacity(generated.reduce(0, +))
        for index in perRule.indices {
            all.append(contentsOf: perRule[index].pairs)
            perRule[index].pairs = []
        }
        let masks = PairDeduplication.unique(&all, recordCount: table.count)
        var firstCounts = [Int](repeating: 0, count: rules.count)
        for key in all { firstCounts[Int(key & 0xF)] += 1 }
        let stats = rules.indices.map { index in
            BlockingRuleStats(rule: rules[index].name, description: rules[index].description,
                              blocks: perRule[index].blocks, largestBlock: perRule[index].largest,
                              cappedBlocks: perRule[index].capped, pairsGenerated: generated[index],
                              pairsAfterDeduplication: firstCounts[index])
        }
        return (CandidatePairs(keys: all, ruleMasks: masks), stats)
    }

    private func generate(_ ruleIndex: Int, _ table: FeatureTable) -> (pairs: [UInt64], blocks: Int, largest: Int, capped: Int) {
        let rule = rules[ruleIndex]
        let maxBlockSize = max(2, rule.maxBlockSize ?? self.maxBlockSize), window = max(1, rule.window ?? self.window)
        var entries: [(block: UInt64, record: Int32)] = []
        entries.reserveCapacity(table.count)
        var scratch: [UInt64] = [], ids: [UInt64] = []
        for record in 0..<table.count {
            rule.blockIDs(record, table, scratch: &scratch, into: &ids)
            for id in ids { entries.append((id, Int32(record))) }
        }
        entries.sort { $0.block != $1.block ? $0.block < $1.block : $0.record < $1.record }
        var pairs: [UInt64] = []
        var blocks = 0, largest = 0, capped = 0
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count && entries[end].block == entries[start].block { end += 1 }
            let size = end - start
            if size >= 2 {
                blocks += 1
                largest = max(largest, size)
                if size <= maxBlockSize {
                    for i in start..<end {
                        for j in (i + 1)..<end {
                            pairs.append(CandidatePairs.pack(Int(entries[i].record), Int(entries[j].record), rule: ruleIndex))
                        }
                    }
                } else {
                    capped += 1
                    let members = entries[start..<end].map { Int($0.record) }
                        .sorted { (table.sortKey[$0], $0) < (table.sortKey[$1], $1) }
                    for i in members.indices {
                        for j in (i + 1)..<min(members.count, i + 1 + window) {
                            pairs.append(CandidatePairs.pack(members[i], members[j], rule: ruleIndex))
                        }
                    }
                }
            }
            start = end
        }
        return (pairs, blocks, largest, capped)
    }
}
