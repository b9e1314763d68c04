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
    ///
    /// With `everyRule` false (what a matching run needs), a rule does not generate again a pair
    /// that an earlier rule certainly generated: both records agree on that rule's keys and
    /// neither sits in one of its capped blocks, so they shared an uncapped block, which pairs
    /// everyone. The pairs and the first rule of each are the same either way; only `ruleMasks`
    /// then lack the later rules, and some nine million repeats at a million customers are
    /// never written, sorted and dropped.
    public func candidates(_ table: FeatureTable, everyRule: Bool = true) -> (pairs: CandidatePairs, stats: [BlockingRuleStats]) {
        precondition(table.count < Blocker.maxRecords, "too many customers for one matching run")
        let grouped = ParallelChunks.mapEach(Array(rules.indices)) { ruleIndex in blocks(ruleIndex, table) }
        // Bit r of a record: it sits in a capped block of rule r, whose pairs are not all made.
        var inCappedBlock = [UInt16](repeating: 0, count: everyRule ? 0 : table.count)
        if !everyRule {
            for (ruleIndex, rule) in grouped.enumerated() {
                for record in rule.cappedRecords { inCappedBlock[Int(record)] |= UInt16(1) << UInt16(ruleIndex) }
            }
        }
        let capped = inCappedBlock
        var perRule = ParallelChunks.mapEach(Array(rules.indices)) { ruleIndex in
            pairs(ruleIndex, grouped[ruleIndex], table, inCappedBlock: capped)
        }
        // Each rule's pairs go as soon as they are in `all`, and the de-duplication works inside
        // `all`: at a million customers each copy of the pairs is ~130 MB, and holding every copy
        // at once made blocking the peak of the whole run.
        var all: [UInt64] = []
        all.reserveCapacity(perRule.reduce(0) { $0 + $1.pairs.count })
        for index in perRule.indices {
            all.append(contentsOf: perRule[index].pairs)
            perRule[index].pairs = []
        }
        let masks = PairDeduplication.unique(&all, recordCount: table.count)
        var firstCounts = [Int](repeating: 0, count: rules.count)
        for key in all { firstCounts[Int(key & 0xF)] += 1 }
        let stats = rules.indices.map { index in
            BlockingRuleStats(rule: rules[index].name, description: rules[index].description,
                              blocks: grouped[index].blockCount, largestBlock: grouped[index].largest,
                              cappedBlocks: grouped[index].capped, pairsGenerated: perRule[index].generated,
                              pairsAfterDeduplication: firstCounts[index])
        }
        return (CandidatePairs(keys: all, ruleMasks: masks), stats)
    }

    /// One rule's blocks of two or more records: `records` holds them block after block (each
    /// block's records ascending), `ends[i]` where block i ends.
    struct RuleBlocks: Sendable {
        var records: [Int32] = []
        var ends: [Int32] = []
        var blockCount = 0, largest = 0, capped = 0
        /// Every record of a capped block, once per such block.
        var cappedRecords: [Int32] = []
    }

    private func limits(_ rule: BlockingRule) -> (maxBlockSize: Int, window: Int) {
        (max(2, rule.maxBlockSize ?? maxBlockSize), max(1, rule.window ?? window))
    }

    private func blocks(_ ruleIndex: Int, _ table: FeatureTable) -> RuleBlocks {
        let rule = rules[ruleIndex]
        let maxBlockSize = limits(rule).maxBlockSize
        var keys: [UInt64] = [], records: [Int32] = []
        keys.reserveCapacity(table.count)
        records.reserveCapacity(table.count)
        var scratch: [UInt64] = [], ids: [UInt64] = []
        for record in 0..<table.count {
            rule.blockIDs(record, table, scratch: &scratch, into: &ids)
            for id in ids {
                keys.append(id)
                records.append(Int32(record))
            }
        }
        // Stable: records were written ascending, so each block's stay ascending.
        RadixSort.sort(&keys, payload: &records)
        var result = RuleBlocks()
        var start = 0
        while start < keys.count {
            var end = start + 1
            while end < keys.count && keys[end] == keys[start] { end += 1 }
            let size = end - start
            if size >= 2 {
                result.blockCount += 1
                result.largest = max(result.largest, size)
                result.records.append(contentsOf: records[start..<end])
                result.ends.append(Int32(result.records.count))
                if size > maxBlockSize {
                    result.capped += 1
                    result.cappedRecords.append(contentsOf: records[start..<end])
                }
            }
            start = end
        }
        return result
    }

    private func pairs(_ ruleIndex: Int, _ blocks: RuleBlocks, _ table: FeatureTable,
                       inCappedBlock: [UInt16]) -> (pairs: [UInt64], generated: Int) {
        let (maxBlockSize, window) = limits(rules[ruleIndex])
        let earlier = inCappedBlock.isEmpty ? 0 : UInt16((1 << ruleIndex) - 1)
        let ruleKeys = RuleKeys(rules)
        var pairs: [UInt64] = []
        var generated = 0
        table.rows.withUnsafeBufferPointer { rows in
            /// Whether an earlier rule certainly generated the pair (see `candidates`).
            @inline(__always) func madeEarlier(_ a: Int, _ b: Int) -> Bool {
                var candidates = earlier & ~(inCappedBlock[a] | inCappedBlock[b])
                guard candidates != 0 else { return false }
                let x = rows[a], y = rows[b]
                while candidates != 0 {
                    if ruleKeys.agrees(candidates.trailingZeroBitCount, x, y) { return true }
                    candidates &= candidates - 1
                }
                return false
            }
            @inline(__always) func add(_ a: Int, _ b: Int) {
                generated += 1
                if earlier != 0 && madeEarlier(a, b) { return }
                pairs.append(CandidatePairs.pack(a, b, rule: ruleIndex))
            }
            var start = 0
            for endIndex in blocks.ends {
                let end = Int(endIndex)
                if end - start <= maxBlockSize {
                    for i in start..<end {
                        for j in (i + 1)..<end { add(Int(blocks.records[i]), Int(blocks.records[j])) }
                    }
                } else {
                    let members = blocks.records[start..<end].map(Int.init)
                        .sorted { (table.sortKey[$0], $0) < (table.sortKey[$1], $1) }
                    for i in members.indices {
                        for j in (i + 1)..<min(members.count, i + 1 + window) { add(members[i], members[j]) }
                    }
                }
                start = end
            }
        }
        return (pairs, generated)
    }
}
