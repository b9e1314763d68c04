import AuditSupport
import CustomerModel
import Foundation

/// The thresholds of `rules/gate.yml`. A nil limit turns its check off.
public struct GateConfiguration: Sendable, Hashable {
    /// Most findings of severity `error` allowed.
    public var maxErrors: Int?
    /// Most `warning` findings per 1,000 customers; enforced only with `--strict`.
    public var maxWarningsPer1000Customers: Double?
    /// Most clusters in the `certain` band.
    public var maxCertainClusters: Int?
    /// Most clusters in the `likely` band.
    public var maxLikelyClusters: Int?
    /// Rule id → most findings of that rule (any severity).
    public var maxFindingsPerRule: [String: Int]
    public var baseline: BaselineLimits

    /// What a baseline report (the previous accepted run) changes.
    public struct BaselineLimits: Sendable, Hashable {
        /// Findings and clusters the baseline already had are known debt: the limits above count only new ones.
        public var countOnlyNew: Bool
        /// Most findings (any severity) whose id the baseline lacks.
        public var maxNewFindings: Int?
        /// Most clusters whose id the baseline lacks.
        public var maxNewClusters: Int?

        public init(countOnlyNew: Bool = true, maxNewFindings: Int? = nil, maxNewClusters: Int? = nil) {
            self.countOnlyNew = countOnlyNew
            self.maxNewFindings = maxNewFindings
            self.maxNewClusters = maxNewClusters
        }
    }

    public init(maxErrors: Int? = nil, maxWarningsPer1000Customers: Double? = nil, maxCertainClusters: Int? = nil,
                maxLikelyClusters: Int? = nil, maxFindingsPerRule: [String: Int] = [:],
                baseline: BaselineLimits = BaselineLimits()) {
        self.maxErrors = maxErrors
        self.maxWarningsPer1000Customers = maxWarningsPer1000Customers
        self.maxCertainClusters = maxCertainClusters
        self.maxLikelyClusters = maxLikelyClusters
        self.maxFindingsPerRule = maxFindingsPerRule
        self.baseline = baseline
    }

    /// The shipped `rules/gate.yml`: fails on any error finding and any certain cluster, lets
    /// warnings through (up to 50 per 1,000 customers under `--strict`). A test keeps the two equal.
    public static let `default` = GateConfiguration(
        maxErrors: 0, maxWarningsPer1000Customers: 50, maxCertainClusters: 0, maxLikelyClusters: nil,
        maxFindingsPerRule: [:],
        baseline: BaselineLimits(countOnlyNew: true, maxNewFindings: 100, maxNewClusters: 25))

    /// Reads a gate file.
    /// - Throws: `ConfigurationError` naming the file, line and key of the first problem.
    public static func load(from url: URL) throws -> GateConfiguration {
        let text = try ConfigurationError.text(of: url)
        return try GateConfigurationParser(file: url.path).parse(text)
    }

    /// Parses gate YAML; `file` names the source in errors.
    public static func parse(_ yaml: String, file: String = "gate.yml") throws -> GateConfiguration {
        try GateConfigurationParser(file: file).parse(yaml)
    }
}
