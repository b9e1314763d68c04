import Foundation

/// What changed since the previous run, by stable id (finding ids, cluster ids).
public struct ReportDiff: Sendable, Codable, Hashable {
    public var previousGeneratedAt: Date
    public var previousSummary: ReportSummary
    public var findings: ChangeSet
    public var clusters: ChangeSet

    public init(previousGeneratedAt: Date, previousSummary: ReportSummary, findings: ChangeSet, clusters: ChangeSet) {
        self.previousGeneratedAt = previousGeneratedAt
        self.previousSummary = previousSummary
        self.findings = findings
        self.clusters = clusters
    }

    enum CodingKeys: String, CodingKey {
        case findings, clusters
        case previousGeneratedAt = "previous_generated_at"
        case previousSummary = "previous_summary"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        previousGeneratedAt = try ReportDate.decode(c, .previousGeneratedAt)
        previousSummary = try c.decode(ReportSummary.self, forKey: .previousSummary)
        findings = try c.decode(ChangeSet.self, forKey: .findings)
        clusters = try c.decode(ChangeSet.self, forKey: .clusters)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(ReportDate.string(previousGeneratedAt), forKey: .previousGeneratedAt)
        try c.encode(previousSummary, forKey: .previousSummary)
        try c.encode(findings, forKey: .findings)
        try c.encode(clusters, forKey: .clusters)
    }
}

/// Ids new in this run, gone since the previous one, and (for clusters) kept but with other members.
public struct ChangeSet: Sendable, Codable, Hashable {
    /// Sorted.
    public var new: [String]
    /// Sorted.
    public var resolved: [String]
    /// Same id, other members (clusters only; always empty for findings).
    public var changed: [String]
    /// Same id in both runs (and, for clusters, the same members).
    public var unchanged: Int

    public init(new: [String] = [], resolved: [String] = [], changed: [String] = [], unchanged: Int = 0) {
        self.new = new
        self.resolved = resolved
        self.changed = changed
        self.unchanged = unchanged
    }
}
