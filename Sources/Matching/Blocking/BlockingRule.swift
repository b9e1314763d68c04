/// Customers whose keys are all equal become candidate pairs. Rules are OR-ed: a pair is
/// scored when any rule puts its two customers in one block.
public struct BlockingRule: Sendable, Hashable {
    public var name: String
    public var keys: [BlockingKey]
    /// This rule's own cap on a block's size (else the blocker's): a key that is shared widely by
    /// strangers (a common surname and initial) can be capped lower than one that is personal.
    public var maxBlockSize: Int?
    /// Neighbours per customer in this rule's capped blocks (else the blocker's).
    public var window: Int?

    public init(name: String, keys: [BlockingKey], maxBlockSize: Int? = nil, window: Int? = nil) {
        self.name = name
        self.keys = keys
        self.maxBlockSize = maxBlockSize
        self.window = window
    }

    /// "postcode + house_number"
    public var description: String { keys.map(\.rawValue).joined(separator: " + ") }

    /// Whether the two records agree on every key (so this rule would put them in one block).
    @inline(__always)
    func agrees(_ x: MatchRow, _ y: MatchRow) -> Bool {
        for key in keys where !key.agrees(x, y) { return false }
        return true
    }

    /// The block ids of record `index`: the combined key hashes (several when a key has several
    /// values, e.g. two phone numbers); none when any key is missing.
    func blockIDs(_ index: Int, _ table: FeatureTable, scratch: inout [UInt64], into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        out.append(0x5bd1_e995)
        for key in keys {
            key.hashes(index, table, into: &scratch)
            if scratch.isEmpty { out.removeAll(); return }
            if scratch.count == 1 {
                for i in out.indices { out[i] = KeyHash.combine(out[i], scratch[0]) }
            } else {
                out = out.flatMap { partial in scratch.map { KeyHash.combine(partial, $0) } }
            }
        }
    }
}

/// What one blocking rule contributed: the numbers `--explain-blocking` prints.
public struct BlockingRuleStats: Sendable, Hashable, Codable {
    public var rule: String
    public var description: String
    /// Blocks with two customers or more.
    public var blocks: Int
    public var largestBlock: Int
    /// Blocks above the cap, paired by sorted neighbourhood instead of all pairs.
    public var cappedBlocks: Int
    /// Pairs this rule generated on its own.
    public var pairsGenerated: Int
    /// Pairs no earlier rule had generated (rules are applied in file order).
    public var pairsAfterDeduplication: Int

    public init(rule: String, description: String, blocks: Int, largestBlock: Int, cappedBlocks: Int,
                pairsGenerated: Int, pairsAfterDeduplication: Int) {
        self.rule = rule
        self.description = description
        self.blocks = blocks
        self.largestBlock = largestBlock
        self.cappedBlocks = cappedBlocks
        self.pairsGenerated = pairsGenerated
        self.pairsAfterDeduplication = pairsAfterDeduplication
    }
}

/// Candidate pairs, de-duplicated, as packed keys: bits 36… the lower record index, bits 4…35 the
/// higher, bits 0…3 the first rule that generated the pair. Sorted ascending.
public struct CandidatePairs: Sendable {
    public var keys: [UInt64]
    /// Bit r set when rule r generated the pair (it may have come from several).
    public var ruleMasks: [UInt16]
    public var count: Int { keys.count }

    @inline(__always) static func pack(_ a: Int, _ b: Int, rule: Int) -> UInt64 {
        let (low, high) = a < b ? (a, b) : (b, a)
        return UInt64(low) << 36 | UInt64(high) << 4 | UInt64(rule)
    }

    @inline(__always) public func pair(_ index: Int) -> (a: Int, b: Int, rule: Int) {
        let key = keys[index]
        return (Int(key >> 36), Int((key >> 4) & 0xFFFF_FFFF), Int(key & 0xF))
    }
}
