import Quality
import Matching

/// Findings counted per severity; every severity is present (zero when none).
public struct SeverityCounts: Sendable, Codable, Hashable {
    public var error: Int
    public var warning: Int
    public var info: Int

    public init(error: Int = 0, warning: Int = 0, info: Int = 0) {
        self.error = error
        self.warning = warning
        self.info = info
    }

    public subscript(severity: Severity) -> Int {
        get {
            switch severity {
            case .error: return error
            case .warning: return warning
            case .info: return info
            }
        }
        set {
            switch severity {
            case .error: error = newValue
            case .warning: warning = newValue
            case .info: info = newValue
            }
        }
    }

    public var total: Int { error + warning + info }
}

/// The report's headline numbers (schema v1 `summary`, plus per-band and per-rule counts).
public struct ReportSummary: Sendable, Codable, Hashable {
    public var customers: Int
    public var findings: SeverityCounts
    public var clusters: Int
    public var customersInClusters: Int
    /// Every band, zero when it has no cluster.
    public var clustersByBand: [String: Int]
    /// Findings per rule id.
    public var findingsByRule: [String: Int]

    public init(customers: Int, findings: SeverityCounts, clusters: Int, customersInClusters: Int,
                clustersByBand: [String: Int] = [:], findingsByRule: [String: Int] = [:]) {
        self.customers = customers
        self.findings = findings
        self.clusters = clusters
        self.customersInClusters = customersInClusters
        self.clustersByBand = clustersByBand
        self.findingsByRule = findingsByRule
    }

    enum CodingKeys: String, CodingKey {
        case customers, findings, clusters
        case customersInClusters = "customers_in_clusters"
        case clustersByBand = "clusters_by_band"
        case findingsByRule = "findings_by_rule"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        customers = try c.decode(Int.self, forKey: .customers)
        findings = try c.decode(SeverityCounts.self, forKey: .findings)
        clusters = try c.decode(Int.self, forKey: .clusters)
        customersInClusters = try c.decode(Int.self, forKey: .customersInClusters)
        clustersByBand = try c.decodeIfPresent([String: Int].self, forKey: .clustersByBand) ?? [:]
        findingsByRule = try c.decodeIfPresent([String: Int].self, forKey: .findingsByRule) ?? [:]
    }

    /// Clusters of one band.
    public func clusters(in band: Band) -> Int { clustersByBand[band.rawValue] ?? 0 }
}
