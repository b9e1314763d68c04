import Foundation

/// The result of one analysis: schema v1 of report.json (see CONTRACT.md) plus extra keys the
/// HTML report and later runs use (member records, merge reasons, model, changes, trend).
///
/// A value, built by `ReportBuilder`, written by `ReportWriter`, judged by `Gate`.
public struct Report: Sendable, Codable, Hashable {
    /// The schema version this tool writes.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var generatedAt: Date
    public var source: ReportSource
    public var summary: ReportSummary
    /// In report order: customer, rule, field, value (see `Finding.reportOrder`).
    public var findings: [ReportFinding]
    /// Certain before likely before possible, then by confidence (highest first), then id.
    public var clusters: [ReportCluster]
    public var gate: GateResult?
    public var model: ReportModel
    /// Against the previous run, when one was known.
    public var changes: ReportDiff?
    /// Earlier runs, oldest first; this run is not included (its numbers are in `summary`).
    public var trend: [TrendPoint]

    public init(schemaVersion: Int = Report.currentSchemaVersion, generatedAt: Date, source: ReportSource,
                summary: ReportSummary, findings: [ReportFinding], clusters: [ReportCluster], gate: GateResult? = nil,
                model: ReportModel = ReportModel(), changes: ReportDiff? = nil, trend: [TrendPoint] = []) {
        self.schemaVersion = schemaVersion
        self.generatedAt = generatedAt
        self.source = source
        self.summary = summary
        self.findings = findings
        self.clusters = clusters
        self.gate = gate
        self.model = model
        self.changes = changes
        self.trend = trend
    }

    /// This report with the gate's verdict recorded (report.json `gate`, report.junit.xml).
    public func withGate(_ result: GateResult) -> Report {
        var copy = self
        copy.gate = result
        return copy
    }

    enum CodingKeys: String, CodingKey {
        case source, summary, findings, clusters, gate, model, changes, trend
        case schemaVersion = "schema_version"
        case generatedAt = "generated_at"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        generatedAt = try ReportDate.decode(c, .generatedAt)
        source = try c.decode(ReportSource.self, forKey: .source)
        summary = try c.decode(ReportSummary.self, forKey: .summary)
        findings = try c.decode([ReportFinding].self, forKey: .findings)
        clusters = try c.decode([ReportCluster].self, forKey: .clusters)
        gate = try c.decodeIfPresent(GateResult.self, forKey: .gate)
        model = try c.decodeIfPresent(ReportModel.self, forKey: .model) ?? ReportModel()
        changes = try c.decodeIfPresent(ReportDiff.self, forKey: .changes)
        trend = try c.decodeIfPresent([TrendPoint].self, forKey: .trend) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(ReportDate.string(generatedAt), forKey: .generatedAt)
        try c.encode(source, forKey: .source)
        try c.encode(summary, forKey: .summary)
        try c.encode(ConcurrentlyEncodedArray(findings), forKey: .findings)
        try c.encode(ConcurrentlyEncodedArray(clusters), forKey: .clusters)
        try c.encodeIfPresent(gate, forKey: .gate)
        try c.encode(model, forKey: .model)
        try c.encodeIfPresent(changes, forKey: .changes)
        try c.encode(trend, forKey: .trend)
    }
}
