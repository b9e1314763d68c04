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
    }

    /// Total match weight (log2 odds) of records `a`, `b` whose comparison vector is `code`.
    @inline(__always)
    func weight(code: UInt32, _ a: Int, _ b: Int) -> Double {
        var code = Int(code)
        var total = prior
        for k in stride(from: coder.radices.count - 1, through: 0, by: -1) {
            let level = code % coder.radices[k]
            code /= coder.radices[k]
            total += levelWeight(k, level, a, b)
        }
        return total
    }

    @inline(__always)
    func levelWeight(_ k: Int, _ level: Int, _ a: Int, _ b: Int) -> Double {
        if let adjustment = termFrequencyM[k][level], let frequency = frequencies.frequency(adjustment.field, a, b) {
            return log2(max(adjustment.m, 1e-12) / max(frequency, frequencyFloor))
        }
        return weights[k][level]
    }

    /// Match probability of a total weight.
    @inline(__always)
    public static func probability(_ weight: Double) -> Double { 1 / (1 + exp2(-weight)) }

    /// Scores every candidate pair on both cores; returns probabilities in pair order.
    func probabilities(_ codes: [UInt32], _ pairs: CandidatePairs) -> [Double] {
        let parts = Parallel.map(Parallel.ranges(codes.count, perWorker: 8)) { range -> [Double] in
            range.map { index in
                let pair = pairs.pair(index)
                return FellegiSunter.probability(weight(code: codes[index], pair.a, pair.b))
            }
        }
        return parts.flatMap { $0 }
    }

    /// Scores records `a` and `b` of `table` with full evidence (labels, weights, values).
    func explain(_ a: Int, _ b: Int, _ table: FeatureTable, _ customers: (Int) -> NormalizedCustomer) -> ScoredPair {
        let left = customers(a), right = customers(b)
        var total = prior
        var evidence = [Evidence(field: "prior", outcome: "prior", label: "Prior: two customers picked at random are one customer",
                                 weight: (prior * 100).rounded() / 100)]
        for (k, comparison) in coder.comparisons.enumerated() {
            let level = comparison.level(a, b, table)
            let weight = levelWeight(k, level, a, b)
            total += weight
            let description = comparison.levels[level]
            evidence.append(Evidence(field: comparison.name, outcome: description.id, label: description.label,
                                     weight: (weight * 100).rounded() / 100,
                                     left: comparison.display(left), right: comparison.display(right)))
        }
        let (first, second) = left.id <= right.id ? (left.id, right.id) : (right.id, left.id)
        return ScoredPair(a: first, b: second, score: FellegiSunter.probability(total), weight: total, evidence: evidence)
    }
}
