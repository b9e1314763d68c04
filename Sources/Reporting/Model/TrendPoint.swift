import Foundation

/// One earlier run's headline numbers, for the report's trend chart.
public struct TrendPoint: Sendable, Codable, Hashable {
    public var generatedAt: Date
    public var customers: Int
    public var errors: Int
    public var warnings: Int
    public var infos: Int
    public var clusters: Int

    public init(generatedAt: Date, customers: Int, errors: Int, warnings: Int, infos: Int, clusters: Int) {
        self.generatedAt = generatedAt
        self.customers = customers
        self.errors = errors
        self.warnings = warnings
        self.infos = infos
        self.clusters = clusters
    }

    /// The point a finished report contributes to later trends.
    public init(report: Report) {
        self.init(generatedAt: report.generatedAt, customers: report.summary.customers,
                  errors: report.summary.findings.error, warnings: report.summary.findings.warning,
                  infos: report.summary.findings.info, clusters: report.summary.clusters)
    }

    enum CodingKeys: String, CodingKey {
        case customers, errors, warnings, infos, clusters
        case generatedAt = "generated_at"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        generatedAt = try ReportDate.decode(c, .generatedAt)
        customers = try c.decode(Int.self, forKey: .customers)
        errors = try c.decode(Int.self, forKey: .errors)
        warnings = try c.decode(Int.self, forKey: .warnings)
        infos = try c.decode(Int.self, forKey: .infos)
        clusters = try c.decode(Int.self, forKey: .clusters)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(ReportDate.string(generatedAt), forKey: .generatedAt)
        try c.encode(customers, forKey: .customers)
        try c.encode(errors, forKey: .errors)
        try c.encode(warnings, forKey: .warnings)
        try c.encode(infos, forKey: .infos)
        try c.encode(clusters, forKey: .clusters)
    }
}
