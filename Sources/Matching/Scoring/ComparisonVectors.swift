import AuditSupport
import CustomerModel

/// The level of every comparison for a pair, packed into one mixed-radix code.
///
/// There are only a few thousand distinct vectors among millions of pairs, so estimation works
/// on a histogram of codes and scoring on a table of their weights.
public struct VectorCoder: Sendable {
    public let radices: [Int]
    public let comparisons: [any Comparison]
    let kernels: [ComparisonKernel]
    /// The comparisons that have no kernel of their own, called through the protocol.
    let others: [any Comparison]
    /// Every comparison's levels, built once: a comparison computes them on each call (labels
    /// with formatted thresholds), and every explained pair reads them.
    let levelTables: [[ComparisonLevel]]

    public init(_ comparisons: [any Comparison]) {
        self.comparisons = comparisons
        var others: [any Comparison] = []
        kernels = comparisons.map { comparison in
            let kernel = ComparisonKernel(comparison, otherIndex: others.count)
            if case .other = kernel { others.append(comparison) }
            return kernel
        }
        self.others = others
        levelTables = comparisons.map(\.levels)
        radices = levelTables.map(\.count)
        precondition(radices.reduce(1, *) < Int(UInt32.max), "too many comparison levels")
    }

    public var codeCount: Int { radices.reduce(1, *) }

    /// Pairs whose second rows are read ahead together (see `codes`).
    static let gatherBatch = 16

    @inline(__always)
    public func code(_ a: Int, _ b: Int, _ table: FeatureTable) -> UInt32 {
        code(table.rows[a], table.rows[b], a, b, table)
    }

    @inline(__always)
    func code(_ x: MatchRow, _ y: MatchRow, _ a: Int, _ b: Int, _ table: FeatureTable) -> UInt32 {
        var code = 0
        for index in kernels.indices {
            code = code &* radices[index] &+ kernels[index].level(x, y, a, b, table, others: others)
        }
        return UInt32(truncatingIfNeeded: code)
    }

    /// Level indices of a code, one per comparison.
    public func levels(_ code: UInt32) -> [Int] {
        var code = Int(code)
        var levels = [Int](repeating: 0, count: radices.count)
        for index in radices.indices.reversed() {
            levels[index] = code % radices[index]
            code /= radices[index]
        }
        return levels
    }

    /// Codes of all candidate pairs, computed on both cores. Pairs are sorted by their first
    /// record, whose row is therefore read once per run of pairs.
    public func codes(_ pairs: CandidatePairs, _ table: FeatureTable) -> [UInt32] {
        codes(pairs, table, trainingRules: []).codes
    }

    /// Codes of all candidate pairs and, per pair, bit r set when it agrees on every key of
    /// training rule r (at most eight): both need the pair's two rows, and the second row of a
    /// pair is a cache miss, so they are read once for both.
    func codes(_ pairs: CandidatePairs, _ table: FeatureTable, trainingRules: [BlockingRule]) -> (codes: [UInt32], training: [UInt8]) {
        let rules = Array(trainingRules.prefix(8))
        let ruleKeys = RuleKeys(rules)
        var codes = [UInt32](repeating: 0, count: pairs.count)
        var training = [UInt8](repeating: 0, count: rules.isEmpty ? 0 : pairs.count)
        codes.withUnsafeMutableBufferPointer { buffer in
            training.withUnsafeMutableBufferPointer { trainingBuffer in
                let outputs = (codes: buffer, masks: trainingBuffer)
                table.rows.withUnsafeBufferPointer { rowBuffer in
                    pairs.keys.withUnsafeBufferPointer { keyBuffer in
                        let shared = SharedBuffer((out: outputs.codes, masks: outputs.masks, rows: rowBuffer, keys: keyBuffer))
                        _ = ParallelChunks.map(count: pairs.count, minimumChunk: 1, chunksPerCore: 8) { range -> Int in
                            let (out, masks, rows, keys) = shared.buffer
                            var lastA = -1
                            var x = MatchRow()
                            // The second rows of a batch of pairs are copied out first: their cache
                            // misses, independent loads in a row, overlap instead of stalling one
                            // pair after another.
                            var batch = [MatchRow](repeating: MatchRow(), count: VectorCoder.gatherBatch)
                            batch.withUnsafeMutableBufferPointer { second in
                                var start = range.lowerBound
                                while start < range.upperBound {
                                    let end = min(range.upperBound, start + second.count)
                                    for index in start..<end { second[index - start] = rows[Int((keys[index] >> 4) & 0xFFFF_FFFF)] }
                                    for index in start..<end {
                                        let key = keys[index]
                                        let a = Int(key >> 36), b = Int((key >> 4) & 0xFFFF_FFFF)
                                        if a != lastA { x = rows[a]; lastA = a }
                                        let y = second[index - start]
                                        out[index] = code(x, y, a, b, table)
                                        if !rules.isEmpty {
                                            var mask: UInt8 = 0
                                            for r in 0..<ruleKeys.count where ruleKeys.agrees(r, x, y) { mask |= 1 << UInt8(r) }
                                            masks[index] = mask
                                        }
                                    }
                                    start = end
                                }
                            }
                            return 0
                        }
                    }
                }
            }
        }
        return (codes, training)
    }
}

/// How often each comparison vector occurs, optionally per training rule.
public struct VectorHistogram: Sendable {
    public var counts: [UInt32: Int]

    public init(counts: [UInt32: Int] = [:]) { self.counts = counts }

    /// One histogram per training rule of the candidate pairs that agree on all its keys, then
    /// one of all pairs. Counted in dense arrays (one per core) when the code space is small.
    static func training(_ codes: [UInt32], _ pairs: CandidatePairs, _ table: FeatureTable, rules: [BlockingRule],
                         codeCount: Int, masks: [UInt8] = []) -> [VectorHistogram] {
        let sessions = rules.count + 1
        guard codeCount <= 1 << 21, rules.count <= 8 else { return sparseTraining(codes, pairs, table, rules: rules, masks: masks) }
        let precomputed = masks.count == codes.count
        let parts = ParallelChunks.map(count: codes.count, minimumChunk: 1, chunksPerCore: 1) { range -> [UInt32] in
            var local = [UInt32](repeating: 0, count: sessions * codeCount)
            table.rows.withUnsafeBufferPointer { rows in
                for index in range {
                    let code = Int(codes[index])
                    local[rules.count * codeCount + code] &+= 1
                    if precomputed {
                        var mask = masks[index]
                        while mask != 0 {
                            let r = mask.trailingZeroBitCount
                            local[r * codeCount + code] &+= 1
                            mask &= mask - 1
                        }
                        continue
                    }
                    let pair = pairs.pair(index)
                    let x = rows[pair.a], y = rows[pair.b]
                    for r in rules.indices where rules[r].agrees(x, y) { local[r * codeCount + code] &+= 1 }
                }
            }
            return local
        }
        return (0..<sessions).map { session in
            var merged: [UInt32: Int] = [:]
            for code in 0..<codeCount {
                var count = 0
                for part in parts { count += Int(part[session * codeCount + code]) }
                if count > 0 { merged[UInt32(code)] = count }
            }
            return VectorHistogram(counts: merged)
        }
    }

    /// Per-session dictionaries when the code space is too large for dense arrays. The rules'
    /// agreement comes from `masks` when the comparison pass computed it, so the second row of
    /// every pair (a cache miss) is not read again.
    private static func sparseTraining(_ codes: [UInt32], _ pairs: CandidatePairs, _ table: FeatureTable,
                                       rules: [BlockingRule], masks: [UInt8] = []) -> [VectorHistogram] {
        let precomputed = masks.count == codes.count && rules.count <= 8
        let parts = ParallelChunks.map(count: codes.count, minimumChunk: 1) { range -> [CodeCounts] in
            var local = [CodeCounts](repeating: CodeCounts(), count: rules.count + 1)
            var all = CodeCounts()
            for index in range {
                let code = codes[index]
                all.add(code)
                if precomputed {
                    var mask = masks[index]
                    while mask != 0 {
                        local[mask.trailingZeroBitCount].add(code)
                        mask &= mask - 1
                    }
                    continue
                }
                let pair = pairs.pair(index)
                let x = table.rows[pair.a], y = table.rows[pair.b]
                for (r, rule) in rules.enumerated() where rule.agrees(x, y) { local[r].add(code) }
            }
            local[rules.count] = all
            return local
        }
        return (0...rules.count).map { rule in
            var merged = CodeCounts()
            for part in parts { merged.merge(part[rule]) }
            return VectorHistogram(counts: merged.dictionary)
        }
    }

    public var total: Int { counts.values.reduce(0, +) }
}
