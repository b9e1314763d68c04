import Foundation

/// Obtains a `MatchModel` for a run: u from random pairs, m and λ by expectation–maximisation,
/// manual overrides on top. Small inputs keep the starting values (estimates from a few hundred
/// customers would be noise).
struct ModelTrainer: Sendable {
    var configuration: MatchingConfiguration
    var coder: VectorCoder

    /// The starting values of the comparisons with the configured prior and overrides.
    func defaultModel(records: Int = 0) -> MatchModel {
        let comparisons = coder.comparisons.map { comparison in
            ComparisonParameters(name: comparison.name, levels: comparison.levels.map {
                LevelParameters(id: $0.id, label: $0.label, m: $0.defaultM, u: $0.defaultU)
            })
        }
        let model = MatchModel(probabilityTwoRandomRecordsMatch: configuration.estimation.prior, comparisons: comparisons,
                               training: TrainingSummary(records: records))
        return applyingOverrides(model)
    }

    /// `training` holds per pair the training rules it agrees on (bit r for rule r), when the
    /// comparison pass computed them; else they are computed here.
    func estimate(_ table: FeatureTable, pairs: CandidatePairs, codes: [UInt32], training: [UInt8] = [],
                  timings: inout [String: Double]) -> MatchModel {
        guard table.count >= configuration.estimation.minimumRecords else { return defaultModel(records: table.count) }
        var clock = Stopwatch()
        let (u, sampled) = UEstimator(coder: coder, samples: configuration.estimation.randomPairs,
                                      seed: configuration.estimation.seed).estimate(table)
        timings["u_estimation"] = clock.lap()
        let startM = coder.comparisons.map { $0.levels.map(\.defaultM) }
        let rules = configuration.estimation.allTrainingRules
        let fillIn = Set(configuration.estimation.trainingRules.count..<rules.count)
        let histograms = VectorHistogram.training(codes, pairs, table, rules: rules, codeCount: coder.codeCount, masks: training)
        let sessions = rules.enumerated().map { index, rule in
            ExpectationMaximisation.Session(
                name: rule.name, histogram: histograms[index], fillsIn: fillIn.contains(index),
                excluded: Set(coder.comparisons.indices.filter { !coder.comparisons[$0].coveredBy.isDisjoint(with: rule.keys) }))
        }
        let em = ExpectationMaximisation(coder: coder, maxIterations: configuration.estimation.maxIterations,
                                         tolerance: configuration.estimation.tolerance)
        let result = em.run(sessions, startM: startM, u: u)
        var comparisons: [ComparisonParameters] = []
        for (k, comparison) in coder.comparisons.enumerated() {
            comparisons.append(ComparisonParameters(name: comparison.name, levels: comparison.levels.enumerated().map { level, description in
                if level == 0 { return LevelParameters(id: description.id, label: description.label, m: 1, u: 1) }
                // A comparison no session could learn keeps its starting m.
                guard result.estimated.contains(k) else {
                    return LevelParameters(id: description.id, label: description.label, m: description.defaultM, u: u[k][level],
                                           mSource: "default", uSource: "estimated")
                }
                // A level none of the training pairs showed is rare among matches: m is the
                // starting value shrunk by the pairs that did not show it (a generation marker that
                // differs, never seen in hundreds of duplicates, speaks strongly against a match).
                guard result.seen[k][level] > 0 else {
                    return LevelParameters(id: description.id, label: description.label, m: result.m[k][level], u: u[k][level],
                                           mSource: "unseen", uSource: "estimated")
                }
                return LevelParameters(id: description.id, label: description.label, m: result.m[k][level], u: u[k][level],
                                       mSource: "estimated", uSource: "estimated",
                                       mPairs: (result.taughtBy[k][level] * 10).rounded() / 10)
            }))
        }
        var model = applyingOverrides(MatchModel(probabilityTwoRandomRecordsMatch: configuration.estimation.prior, comparisons: comparisons,
                                                 training: TrainingSummary(records: table.count, randomPairsForU: sampled, blockedPairs: pairs.count,
                                                                           emIterations: result.iterations, converged: result.converged)))
        let all = histograms[rules.count]
        let weights = coder.comparisons.map { comparison in
            comparison.levels.map { level in model.parameters(for: comparison.name)?.levels.first { $0.id == level.id }?.weight ?? 0 }
        }
        let start = Double(pairs.count) * 0.05 / max(1, Double(table.count) * Double(table.count - 1) / 2)
        model.probabilityTwoRandomRecordsMatch = em.prior(all, weights: weights, records: table.count, start: start)
        timings["em"] = clock.lap()
        return model
    }

    /// Replaces m / u where `rules/matching.yml` pins them.
    func applyingOverrides(_ model: MatchModel) -> MatchModel {
        var model = model
        for override in configuration.overrides {
            guard let k = model.comparisons.firstIndex(where: { $0.name == override.comparison }),
                  let level = model.comparisons[k].levels.firstIndex(where: { $0.id == override.level }) else { continue }
            if let m = override.m { model.comparisons[k].levels[level].m = m; model.comparisons[k].levels[level].mSource = "override" }
            if let u = override.u { model.comparisons[k].levels[level].u = u; model.comparisons[k].levels[level].uSource = "override" }
        }
        return model
    }
}

/// Wall-clock seconds between laps, for stage timings.
struct Stopwatch {
    private var last = DispatchTime.now().uptimeNanoseconds

    mutating func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { last = now }
        return Double(now - last) / 1e9
    }
}
