/// How the matching model behaved: its band thresholds and the distribution of pair scores,
/// so a reviewer can judge whether a threshold sits in a valley or cuts through a hill.
public struct ReportModel: Sendable, Codable, Hashable {
    /// Band name → lowest score of the band.
    public var bandThresholds: [String: Double]
    public var pairScores: ScoreHistogram

    public init(bandThresholds: [String: Double] = [:], pairScores: ScoreHistogram = ScoreHistogram(scores: [])) {
        self.bandThresholds = bandThresholds
        self.pairScores = pairScores
    }

    enum CodingKeys: String, CodingKey {
        case bandThresholds = "band_thresholds"
        case pairScores = "pair_scores"
    }
}

/// Scores of every compared pair counted in equal-width bins over 0…1.
public struct ScoreHistogram: Sendable, Codable, Hashable {
    public static let defaultBinCount = 20

    /// Pairs counted.
    public var count: Int
    /// `bins[i]` counts scores in [i/n, (i+1)/n); a score of exactly 1 falls in the last bin.
    public var bins: [Int]

    public init(count: Int, bins: [Int]) {
        self.count = count
        self.bins = bins
    }

    /// Counts `scores`; values outside 0…1 (and NaN) are clamped, so nothing is silently dropped.
    public init(scores: [Double], binCount: Int = ScoreHistogram.defaultBinCount) {
        var bins = [Int](repeating: 0, count: binCount)
        for score in scores {
            let clamped = score.isNaN ? 0 : min(max(score, 0), 1)
            bins[min(Int(clamped * Double(binCount)), binCount - 1)] += 1
        }
        self.init(count: scores.count, bins: bins)
    }
}
