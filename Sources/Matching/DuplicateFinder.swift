import AuditSupport
import CustomerModel
import Normalization

/// Finds customers that are one person or company: blocking → comparison vectors → Fellegi–Sunter
/// scoring (parameters estimated from the data, or a loaded model) → clustering without chaining →
/// merge plans. A pure function of its inputs; uses both cores.
public struct DuplicateFinder: Sendable {
    public let configuration: MatchingConfiguration
    /// A loaded model (`--model`); nil estimates one from the data of each run.
    public let model: MatchModel?
    let coder: VectorCoder

    public init(configuration: MatchingConfiguration, model: MatchModel? = nil) {
        self.configuration = configuration
        self.model = model
        coder = VectorCoder(configuration.makeComparisons())
    }

    /// The comparisons in model order (for `customer-audit rules` and documentation).
    public var comparisons: [any Comparison] { coder.comparisons }

    private var trainer: ModelTrainer { ModelTrainer(configuration: configuration, coder: coder) }

    public func run(_ customers: [NormalizedCustomer], decisions: Decisions = .none,
                    progress: (@Sendable (MatchingProgress) -> Void)? = nil) -> MatchingResult {
        var customers = customers
        return run(&customers, decisions: decisions, releasing: nil, progress: progress)
    }

    /// `run`, letting the customers' parse results go (`releasing`) once the feature table holds
    /// what the search compares, and bringing them back for the members of clusters before their
    /// pairs are explained and their merges planned: at a large base the parse results were a large
    /// share of the memory under the search's peak. The customers come back with the members'
    /// results restored and the others' dropped.
    public func run(_ customers: inout [NormalizedCustomer], decisions: Decisions = .none, releasing: ParseResultsRelease?,
                    progress: (@Sendable (MatchingProgress) -> Void)? = nil) -> MatchingResult {
        var timings: [String: Double] = [:]
        var clock = Stopwatch()
        let stages = 7
        func report(_ stage: String, _ done: Int, _ detail: String? = nil) {
            progress?(MatchingProgress(stage: stage, completedStages: done, totalStages: stages, detail: detail))
        }
        let table = FeatureTable(customers)
        releasing?.drop(&customers)
        timings["features"] = clock.lap()
        report("features", 1, "\(table.count) customers")

        let blocker = Blocker(rules: configuration.blockingRules, maxBlockSize: configuration.maxBlockSize, window: configuration.window)
        var pairs: CandidatePairs
        let blocking: [BlockingRuleStats]
        // Which rules made each pair is for `candidatePairs` (explain-blocking, blocking recall); the
        // run itself never reads it, so later rules skip the pairs an earlier one made, and the
        // masks (30 MB at a million customers) do not stay under every later step.
        (pairs, blocking) = blocker.candidates(table, everyRule: false)
        pairs.ruleMasks = []
        timings["blocking"] = clock.lap()
        report("blocking", 2, "\(pairs.count) candidate pairs")

        // The training rules' agreement is only needed when estimating; it rides along the pass
        // that reads both rows of every pair anyway.
        var (codes, training) = coder.codes(pairs, table, trainingRules: model == nil ? configuration.estimation.allTrainingRules : [])
        timings["comparison_vectors"] = clock.lap()
        report("comparison_vectors", 3)

        let frequencies = table.count >= configuration.termFrequency.minimumRecords
            ? TermFrequencies(table, fields: configuration.termFrequency.fields) : .none
        timings["term_frequencies"] = clock.lap()
        let usedModel: MatchModel
        if let model {
            usedModel = trainer.applyingOverrides(model)
        } else {
            usedModel = trainer.estimate(table, pairs: pairs, codes: codes, training: training, timings: &timings)
        }
        training = []
        _ = clock.lap()
        report("estimation", 4)

        let scorer = FellegiSunter(model: usedModel, coder: coder, frequencies: frequencies, frequencyFloor: configuration.termFrequency.floor)
        let scores = scorer.probabilities(codes, pairs, table)
        // Clustering and merge plans read scores and rows only; a code per pair is 60 MB at a million customers.
        codes = []
        timings["scoring"] = clock.lap()
        report("scoring", 5, "\(scores.count) pairs scored")

        let clusters = cluster(table: table, pairs: pairs, scores: scores, scorer: scorer, decisions: decisions)
        // Merge plans read rows and scores only; the pairs (~130 MB at 1M customers) would sit under
        // the clusters they are building.
        pairs.keys = []
        timings["clustering"] = clock.lap()
        report("clustering", 6, "\(clusters.count) clusters")

        releasing?.restore(&customers, at: clusters.flatMap(\.members))
        let restoredCustomers = customers
        let planner = MergePlanner(policy: configuration.survivorPolicy)
        let finished = ParallelChunks.map(count: clusters.count, minimumChunk: 1) { range in
            range.map { index in describe(clusters[index], table: table, customers: restoredCustomers, scorer: scorer, planner: planner) }
        }.flatMap { $0 }
        timings["merge_plans"] = clock.lap()
        report("done", 7)
        return MatchingResult(clusters: finished.compactMap { $0 }, model: usedModel, blocking: blocking, pairScores: scores,
                              pairsScored: scores.count, stageTimings: timings)
    }

    /// Scores one customer against candidates (e.g. from `find.json`) with this finder's model, or
    /// the starting values of the rules when none was loaded. Term frequencies need the whole
    /// customer base, so they are not applied here. Sorted by descending score.
    public func scorePairs(_ customer: NormalizedCustomer, against candidates: [NormalizedCustomer]) -> [ScoredPair] {
        let everyone = [customer] + candidates
        let table = FeatureTable(everyone)
        let scorer = FellegiSunter(model: model.map(trainer.applyingOverrides) ?? trainer.defaultModel(), coder: coder,
                                   frequencies: .none, frequencyFloor: configuration.termFrequency.floor)
        return candidates.indices.map { scorer.explain(0, $0 + 1, table) { everyone[$0] } }
            .sorted { $0.score != $1.score ? $0.score > $1.score : ($0.a, $0.b) < ($1.a, $1.b) }
    }

    struct RawCluster {
        var members: [Int]
        var confidence: Double
        var confirmed: Bool
    }

    private func cluster(table: FeatureTable, pairs: CandidatePairs, scores: [Double], scorer: FellegiSunter,
                         decisions: Decisions) -> [RawCluster] {
        var indexOfID: [Int: Int] = [:]
        for (index, id) in table.ids.enumerated() where indexOfID[id] == nil { indexOfID[id] = index }
        var distinct: Set<IDPair> = []
        for pair in decisions.distinctPairs {
            if let a = indexOfID[pair.low], let b = indexOfID[pair.high] { distinct.insert(IDPair(a, b)) }
        }
        let confirmed = decisions.confirmedGroups.map { $0.compactMap { indexOfID[$0] } }.filter { $0.count >= 2 }
        let threshold = configuration.suggestionThreshold
        var edges: [(a: Int, b: Int, p: Double)] = []
        for index in scores.indices where scores[index] >= threshold {
            let pair = pairs.pair(index)
            if distinct.contains(IDPair(pair.a, pair.b)) { continue }
            edges.append((pair.a, pair.b, scores[index]))
        }
        let clusterer = Clusterer(linkThreshold: configuration.clusterLinkThreshold,
                                  strongThreshold: configuration.bandThresholds[.likely])
        let found = clusterer.clusters(count: table.count, edges: edges, distinct: distinct, confirmed: confirmed,
                                       separates: { TwoPeople.apart($0, $1, table) }) { a, b in
            FellegiSunter.probability(scorer.weight(a, b, table))
        }
        let confirmedSets = confirmed.map(Set.init)
        return found.compactMap { cluster in
            let isConfirmed = confirmedSets.contains { Set(cluster.members).isSubset(of: $0) }
            guard isConfirmed || cluster.confidence >= threshold else { return nil }
            return RawCluster(members: cluster.members, confidence: cluster.confidence, confirmed: isConfirmed)
        }
    }

    private func describe(_ raw: RawCluster, table: FeatureTable, customers: [NormalizedCustomer], scorer: FellegiSunter,
                          planner: MergePlanner) -> DuplicateCluster? {
        let members = raw.members.sorted { table.ids[$0] < table.ids[$1] }
        // Every pair of a small cluster is explained; a large one lists each member's best link.
        var scored: [ScoredPair] = []
        if members.count <= 8 {
            for (i, a) in members.enumerated() { for b in members[(i + 1)...] { scored.append(scorer.explain(a, b, table) { customers[$0] }) } }
        } else {
            var seen = Set<IDPair>()
            for a in members {
                let best = members.filter { $0 != a }.max { left, right in
                    scorer.weight(a, left, table) < scorer.weight(a, right, table)
                }!
                if seen.insert(IDPair(a, best)).inserted { scored.append(scorer.explain(a, best, table) { customers[$0] }) }
            }
        }
        scored.sort { ($0.a, $0.b) < ($1.a, $1.b) }
        let plan = planner.plan(members.map { customers[$0] })
        let ids = members.map { table.ids[$0] }
        let confidence = raw.confirmed ? 1 : raw.confidence
        var band = configuration.band(for: confidence) ?? .possible
        if !raw.confirmed && band != .possible && hasPersonConflict(members, table) { band = .possible }
        return DuplicateCluster(id: "c-\(ids[0])", customerIDs: ids, confidence: (confidence * 10_000).rounded() / 10_000, band: band,
                                survivorID: plan.survivorID, pairs: scored, merged: plan.merged, mergedRecord: plan.record,
                                conflicts: plan.conflicts,
                                confirmed: raw.confirmed)
    }
}

extension DuplicateFinder {
    /// Whether any two members contradict each other on mobile and e-mail (see `PersonConflict`).
    func hasPersonConflict(_ members: [Int], _ table: FeatureTable) -> Bool {
        PersonConflict.within(members, table)
    }

    /// The candidate pairs blocking produces, as (lower id, higher id), with per-rule figures: what
    /// `--explain-blocking` prints and what blocking recall is measured on. `rules[i]` has bit r
    /// set when rule r generated pair i.
    public func candidatePairs(_ customers: [NormalizedCustomer]) -> (pairs: [(Int, Int)], rules: [UInt16], stats: [BlockingRuleStats]) {
        let table = FeatureTable(customers)
        let blocker = Blocker(rules: configuration.blockingRules, maxBlockSize: configuration.maxBlockSize, window: configuration.window)
        let (pairs, stats) = blocker.candidates(table)
        let ids = (0..<pairs.count).map { index -> (Int, Int) in
            let pair = pairs.pair(index)
            let (a, b) = (table.ids[pair.a], table.ids[pair.b])
            return a < b ? (a, b) : (b, a)
        }
        return (ids, pairs.ruleMasks, stats)
    }
}
