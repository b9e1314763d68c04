/// The level of every comparison for a pair, packed into one mixed-radix code.
///
/// There are only a few thousand distinct vectors among millions of pairs, so estimation works
/// on a histogram of codes and scoring on a table of their weights.
public struct VectorCoder: Sendable {
    public let radices: [Int]
    public let comparisons: [any Comparison]

    public init(_ comparisons: [any Comparison]) {
        self.comparisons = comparisons
        radices = comparisons.map { $0.levels.count }
        precondition(radices.reduce(1, *) < Int(UInt32.max), "too many comparison levels")
    }

    public var codeCount: Int { radices.reduce(1, *) }

    @inline(__always)
    public func code(_ a: Int, _ b: Int, _ table: FeatureTable) -> UInt32 {
        var code = 0
        for (index, comparison) in comparisons.enumerated() {
            code = code * radices[index] + comparison.level(a, b, table)
        }
        return UInt32(code)
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

    /// Codes of all candidate pairs, computed on both cores.
    public func codes(_ pairs: CandidatePairs, _ table: FeatureTable) -> [UInt32] {
        let parts = Parallel.map(Parallel.ranges(pairs.count, perWorker: 8)) { range -> [UInt32] in
            range.map { index in
                let pair = pairs.pair(index)
                return code(pair.a, pair.b, table)
            }
        }
        return parts.flatMap { $0 }
    }
}

/// How often each comparison vector occurs, optionally per training rule.
public struct VectorHistogram: Sendable {
    public var counts: [UInt32: Int]

    public init(counts: [UInt32: Int] = [:]) { self.counts = counts }

    /// One histogram per training rule of the candidate pairs that agree on all its keys, then
    /// one of all pairs.
    static func training(_ codes: [UInt32], _ pairs: CandidatePairs, _ table: FeatureTable, rules: [BlockingRule]) -> [VectorHistogram] {
        let parts = Parallel.map(Parallel.ranges(codes.count)) { range -> [[UInt32: Int]] in
            var local = [[UInt32: Int]](repeating: [:], count: rules.count + 1)
            var scratch: [UInt64] = [], other: [UInt64] = []
            for index in range {
                local[rules.count][codes[index], default: 0] += 1
                let pair = pairs.pair(index)
                for (r, rule) in rules.enumerated() where rule.agrees(pair.a, pair.b, table, scratch: &scratch, other: &other) {
                    local[r][codes[index], default: 0] += 1
                }
            }
            return local
        }
        return (0...rules.count).map { rule in
            var merged: [UInt32: Int] = [:]
            for part in parts { merged.merge(part[rule], uniquingKeysWith: +) }
            return VectorHistogram(counts: merged)
        }
    }

    public var total: Int { counts.values.reduce(0, +) }
}
