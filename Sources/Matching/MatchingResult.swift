/// Everything duplicate detection found, plus the figures the report and benchmark print.
public struct MatchingResult: Sendable {
    /// Every band; ordered by lowest customer id (the number in the cluster id); each customer in at most one.
    public var clusters: [DuplicateCluster]
    /// The parameters used (estimated in this run, or loaded).
    public var model: MatchModel
    /// Pairs per blocking rule, after de-duplication, capped blocks.
    public var blocking: [BlockingRuleStats]
    /// The probability of every scored pair (for the report's histogram).
    public var pairScores: [Double]
    public var pairsScored: Int
    /// Seconds per stage: features, blocking, comparison_vectors, term_frequencies, u_estimation, em, scoring, clustering, merge_plans.
    public var stageTimings: [String: Double]

    public init(clusters: [DuplicateCluster], model: MatchModel, blocking: [BlockingRuleStats], pairScores: [Double],
                pairsScored: Int, stageTimings: [String: Double]) {
        self.clusters = clusters
        self.model = model
        self.blocking = blocking
        self.pairScores = pairScores
        self.pairsScored = pairsScored
        self.stageTimings = stageTimings
    }
}

/// Where a matching run is, for progress displays.
public struct MatchingProgress: Sendable, Hashable {
    /// `features`, `blocking`, `comparison_vectors`, `estimation`, `scoring`, `clustering`, `merge_plans`, `done`.
    public var stage: String
    /// Stages finished so far, out of `totalStages`.
    public var completedStages: Int
    public var totalStages: Int
    /// A figure of the stage just finished (pairs, clusters …), when it has one.
    public var detail: String?

    public init(stage: String, completedStages: Int, totalStages: Int, detail: String? = nil) {
        self.stage = stage
        self.completedStages = completedStages
        self.totalStages = totalStages
        self.detail = detail
    }
}
