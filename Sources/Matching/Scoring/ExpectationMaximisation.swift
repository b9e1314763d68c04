import Foundation

/// Estimates m = P(level | match) without labels, from the blocked pairs (Fellegi–Sunter EM with
/// u held fixed at its random-pair estimate, as Splink does).
///
/// Each training rule is one session over the candidate pairs that agree on its keys; the
/// comparisons that rule fixes always agree there, so a session does not learn them. Sessions are
/// combined weighted by how many matches each expected for the comparison. A fill-in session
/// (names alone hold namesakes and fathers and sons) learns only comparisons no earlier session
/// taught, and scores its pairs with what those taught.
struct ExpectationMaximisation: Sendable {
    var coder: VectorCoder
    var maxIterations: Int
    var tolerance: Double

    static let pseudoCount = 1.0

    struct Session {
        var name: String
        var histogram: VectorHistogram
        /// Comparison indices this session must not learn.
        var excluded: Set<Int>

        init(name: String, histogram: VectorHistogram, fillsIn: Bool = false, excluded: Set<Int>) {
            self.name = name
            self.histogram = histogram
            self.fillsIn = fillsIn
            self.excluded = excluded
        }

        /// A fill-in session teaches only comparisons no other session taught.
        var fillsIn: Bool
    }

    struct Result {
        var m: [[Double]]
        /// Comparison indices whose m came from data.
        var estimated: Set<Int>
        /// Per comparison and level, the expected number of matching training pairs at that level,
        /// summed over the sessions that learned the comparison: how many pairs taught its m.
        var taughtBy: [[Double]]
        /// Per comparison and level, the training pairs at that level (matches or not) in those sessions.
        var seen: [[Int]]
        var iterations: [String: Int]
        var converged: Bool
    }

    /// `m` holds the starting values (and stays for comparisons no session can learn).
    func run(_ sessions: [Session], startM: [[Double]], u: [[Double]]) -> Result {
        var sums = coder.radices.map { [Double](repeating: 0, count: $0) }
        var taught = coder.radices.map { [Double](repeating: 0, count: $0) }
        var seen = coder.radices.map { [Int](repeating: 0, count: $0) }
        var weights = [Double](repeating: 0, count: coder.radices.count)
        var iterations: [String: Int] = [:]
        var converged = true
        for session in sessions where session.histogram.total >= 50 {
            let excluded = session.excluded
            // What earlier sessions taught (they run in order) a fill-in session uses as evidence
            // but does not learn again.
            var frozen: Set<Int> = []
            if session.fillsIn {
                for k in weights.indices where weights[k] > 0 && !excluded.contains(k) { frozen.insert(k) }
                if excluded.count + frozen.count == coder.radices.count { continue }
            }
            // Sorted, so that floating-point sums do not depend on dictionary order.
            let patterns = session.histogram.counts.sorted { $0.key < $1.key }
                .map { (levels: coder.levels($0.key), count: Double($0.value)) }
            var m = startM
            for k in frozen { for level in 1..<m[k].count { m[k][level] = sums[k][level] / weights[k] } }
            // Start sceptical: a session's pairs must earn "match" from their evidence.
            var lambda = 0.01
            var iteration = 0, delta = Double.infinity
            var posteriorPerComparison = [Double](repeating: 0, count: coder.radices.count)
            var lastLevelSums = coder.radices.map { [Double](repeating: 0, count: $0) }
            while iteration < maxIterations && delta > tolerance {
                iteration += 1
                var levelSums = coder.radices.map { [Double](repeating: 0, count: $0) }
                var expectedMatches = 0.0, total = 0.0
                let prior = log(lambda / (1 - lambda))
                for pattern in patterns {
                    var logit = prior
                    for (k, level) in pattern.levels.enumerated() where level != 0 && !excluded.contains(k) {
                        logit += log(max(m[k][level], 1e-12) / max(u[k][level], 1e-12))
                    }
                    let posterior = 1 / (1 + exp(-logit))
                    let weight = posterior * pattern.count
                    expectedMatches += weight
                    total += pattern.count
                    for (k, level) in pattern.levels.enumerated() { levelSums[k][level] += weight }
                }
                lastLevelSums = levelSums
                delta = 0
                for k in m.indices where !excluded.contains(k) && !frozen.contains(k) {
                    let observed = levelSums[k].dropFirst().reduce(0, +)
                    guard observed > 1e-9 else { continue }
                    for level in 1..<m[k].count {
                        // A Dirichlet pseudo-count of the starting value keeps a level never seen
                        // among matches rare rather than impossible (an infinite disagreement weight).
                        let updated = (levelSums[k][level] + ExpectationMaximisation.pseudoCount * startM[k][level])
                            / (observed + ExpectationMaximisation.pseudoCount)
                        delta = max(delta, abs(updated - m[k][level]))
                        m[k][level] = updated
                    }
                    posteriorPerComparison[k] = observed
                }
                lambda = min(max(expectedMatches / max(total, 1), 1e-9), 0.999)
            }
            if delta > tolerance { converged = false }
            iterations[session.name] = iteration
            for k in m.indices where !excluded.contains(k) && !frozen.contains(k) && posteriorPerComparison[k] > 0 {
                let weight = posteriorPerComparison[k]
                for level in 1..<m[k].count {
                    sums[k][level] += weight * m[k][level]
                    taught[k][level] += lastLevelSums[k][level]
                }
                for pattern in patterns { seen[k][pattern.levels[k]] += Int(pattern.count) }
                weights[k] += weight
            }
        }
        var m = startM
        var estimated: Set<Int> = []
        for k in m.indices where weights[k] > 0 {
            estimated.insert(k)
            for level in 1..<m[k].count { m[k][level] = sums[k][level] / weights[k] }
        }
        return Result(m: m, estimated: estimated, taughtBy: taught, seen: seen, iterations: iterations, converged: converged)
    }

    /// λ over all pairs: the expected number of matches among the blocked pairs (pairs that no
    /// rule blocks are taken as non-matches) divided by all n(n−1)/2 pairs, solved as a fixed point.
    func prior(_ histogram: VectorHistogram, weights: [[Double]], records: Int, start: Double) -> Double {
        let allPairs = Double(records) * Double(records - 1) / 2
        guard allPairs > 0 else { return start }
        let evidence = histogram.counts.sorted { $0.key < $1.key }.map { entry -> (Double, Double) in
            let levels = coder.levels(entry.key)
            var sum = 0.0
            for (k, level) in levels.enumerated() { sum += weights[k][level] }
            return (sum, Double(entry.value))
        }
        var lambda = min(max(start, 1e-12), 0.5)
        for _ in 0..<200 {
            let prior = log2(lambda / (1 - lambda))
            var expected = 0.0
            for (sum, count) in evidence { expected += count / (1 + exp2(-(prior + sum))) }
            let updated = min(max(expected / allPairs, 1e-12), 0.5)
            if abs(updated - lambda) <= 1e-9 * lambda { lambda = updated; break }
            lambda = updated
        }
        return lambda
    }
}
