import AuditSupport
import CustomerModel
import Foundation
import Normalization

/// Scores pairs with a `MatchModel`: total weight = prior + Σ log2(m/u) over comparisons, with the
/// exact levels of term-frequency columns using the value's frequency instead of u.
public struct FellegiSunter: Sendable {
    public let model: MatchModel
    let coder: VectorCoder
    /// weights[comparison][level]
    let weights: [[Double]]
    /// m of levels adjusted by term frequency (nil elsewhere).
    let termFrequencyM: [[(field: TermFrequencyField, m: Double)?]]
    let frequencies: TermFrequencies
    /// Lowest frequency used, so a value seen once cannot claim unlimited weight.
    let frequencyFloor: Double
    let prior: Double
    /// The code's weight without term frequencies is prefix[code / suffixCount] + suffix[code % suffixCount]:
    /// two small tables over the leading and trailing comparisons instead of decoding every level.
    let prefixWeights: [Double]
    let suffixWeights: [Double]
    let suffixCount: Int
    let adjustments: [Adjustment]

    /// A term-frequency level: where it sits in a code and what it replaces.
    struct Adjustment: Sendable {
        var stride: Int
        var radix: Int
        var level: Int
        var field: TermFrequencyField
        var column: [Float]
        var m: Double
        var base: Double
    }

    init(model: MatchModel, coder: VectorCoder, frequencies: TermFrequencies, frequencyFloor: Double) {
        self.model = model
        self.coder = coder
        self.frequencies = frequencies
        self.frequencyFloor = frequencyFloor
        prior = model.priorWeight
        var weights: [[Double]] = []
        var termFrequencyM: [[(field: TermFrequencyField, m: Double)?]] = []
        for comparison in coder.comparisons {
            let parameters = model.parameters(for: comparison.name)
            weights.append(comparison.levels.map { level in
                parameters?.levels.first { $0.id == level.id }?.weight ?? 0
            })
            termFrequencyM.append(comparison.levels.map { level in
                guard let field = level.termFrequency, let m = parameters?.levels.first(where: { $0.id == level.id })?.m else { return nil }
                return frequencies.frequencies[field] == nil ? nil : (field, m)
            })
        }
        self.weights = weights
        self.termFrequencyM = termFrequencyM
        // Trailing comparisons whose level combinations fit a small table form the suffix.
        let radices = coder.radices
        var split = radices.count, suffixCount = 1
        while split > 0 && suffixCount * radices[split - 1] <= 4096 {
            split -= 1
            suffixCount *= radices[split]
        }
        self.suffixCount = suffixCount
        func table(_ range: Range<Int>, start: Double) -> [Double] {
            var table = [start]
            for k in range {
                table = table.flatMap { partial in weights[k].map { partial + $0 } }
            }
            return table
        }
        prefixWeights = table(0..<split, start: prior)
        suffixWeights = table(split..<radices.count, start: 0)
        var adjustments: [Adjustment] = []
        var stride = 1
        for k in radices.indices.reversed() {
            for (level, entry) in termFrequencyM[k].enumerated() {
                guard let entry, let column = frequencies.column(entry.field) else { continue }
                adjustments.append(Adjustment(stride: stride, radix: radices[k], level: level, field: entry.field, column: column,
                                              m: entry.m, base: weights[k][level]))
            }
            stride *= radices[k]
        }
        self.adjustments = adjustments
    }

    /// Total match weight (log2 odds) of two records with rows `x`, `y` whose comparison vector is `code`.
    @inline(__always)
    func weight(code: UInt32, _ x: MatchRow, _ y: MatchRow) -> Double {
        let code = Int(code)
        var total = prefixWeights[code / suffixCount] + suffixWeights[code % suffixCount]
        for adjustment in adjustments where (code / adjustment.stride) % adjustment.radix == adjustment.level {
            if let frequency = FellegiSunter.frequency(adjustment.column, adjustment.field, x, y) {
                total += log2(max(adjustment.m, 1e-12) / max(frequency, frequencyFloor)) - adjustment.base
            }
        }
        return total
    }

    /// Total match weight of records `a` and `b` of `table`.
    func weight(_ a: Int, _ b: Int, _ table: FeatureTable) -> Double {
        let x = table.rows[a], y = table.rows[b]
        return weight(code: coder.code(x, y, a, b, table), x, y)
    }

    /// The larger frequency of the two records' values; nil when neither has one.
    @inline(__always)
    static func frequency(_ column: [Float], _ field: TermFrequencyField, _ x: MatchRow, _ y: MatchRow) -> Double? {
        let left = Int(field.id(x)), right = Int(field.id(y))
        let value = max(left < column.count ? column[left] : 0, right < column.count ? column[right] : 0)
        return value > 0 ? Double(value) : nil
    }

    func levelWeight(_ k: Int, _ level: Int, _ x: MatchRow, _ y: MatchRow) -> Double {
        if let adjustment = termFrequencyM[k][level], let column = frequencies.column(adjustment.field),
           let frequency = FellegiSunter.frequency(column, adjustment.field, x, y) {
            return log2(max(adjustment.m, 1e-12) / max(frequency, frequencyFloor))
        }
        return weights[k][level]
    }

    /// Match probability of a total weight.
    @inline(__always)
    public static func probability(_ weight: Double) -> Double { 1 / (1 + exp2(-weight)) }

    /// Scores every candidate pair on both cores; returns probabilities in pair order.
    ///
    /// A term-frequency level is an exact match on its field, so both records carry the value and
    /// the first record's row says how common it is: the second row (a cache miss, pairs being
    /// sorted by their first record) is not read again.
    func probabilities(_ codes: [UInt32], _ pairs: CandidatePairs, _ table: FeatureTable) -> [Double] {
        var scores = [Double](repeating: 0, count: codes.count)
        scores.withUnsafeMutableBufferPointer { buffer in
            table.rows.withUnsafeBufferPointer { rowBuffer in
                pairs.keys.withUnsafeBufferPointer { keyBuffer in
                    let shared = SharedBuffer((out: buffer, rows: rowBuffer, keys: keyBuffer))
                    _ = ParallelChunks.map(count: codes.count, minimumChunk: 1, chunksPerCore: 8) { range -> Int in
                        let (out, rows, keys) = shared.buffer
                        var lastA = -1
                        var x = MatchRow()
                        for index in range {
                            let a = Int(keys[index] >> 36)
                            if a != lastA { x = rows[a]; lastA = a }
                            out[index] = FellegiSunter.probability(weight(code: codes[index], x, x))
                        }
                        return 0
                    }
                }
            }
        }
        return scores
    }

    /// Scores records `a` and `b` of `table` with full evidence (labels, weights, values).
    func explain(_ a: Int, _ b: Int, _ table: FeatureTable, _ customers: (Int) -> NormalizedCustomer) -> ScoredPair {
        let left = customers(a), right = customers(b)
        var total = prior
        var evidence = [Evidence(field: "prior", outcome: "prior", label: "Prior: two customers picked at random are one customer",
                                 weight: (prior * 100).rounded() / 100)]
        let x = table.rows[a], y = table.rows[b]
        for (k, comparison) in coder.comparisons.enumerated() {
            let level = comparison.level(x, y, a, b, table)
            let weight = levelWeight(k, level, x, y)
            total += weight
            let description = level == 0 ? comparison.outcome(level, x, y) : coder.levelTables[k][level]
            evidence.append(Evidence(field: comparison.name, outcome: description.id, label: description.label,
                                     weight: (weight * 100).rounded() / 100,
                                     left: comparison.display(left), right: comparison.display(right)))
        }
        let (first, second) = left.id <= right.id ? (left.id, right.id) : (right.id, left.id)
        return ScoredPair(a: first, b: second, score: FellegiSunter.probability(total), weight: total, evidence: evidence)
    }
}
