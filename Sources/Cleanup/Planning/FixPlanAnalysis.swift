import Audit
import CustomerModel
import Foundation
import Matching
import Normalization
import Quality

/// Runs what a plan needs of the analysis (quality findings, duplicate clusters with the reviewer
/// decisions) over the snapshot's customers, then the planner. No I/O: the caller reads the store
/// and writes the plan file.
public struct FixPlanAnalysis: Sendable {
    public var settings: AuditSettings
    public var fix: FixSettings
    public var includeCertain: Bool

    public init(settings: AuditSettings, fix: FixSettings, includeCertain: Bool) {
        self.settings = settings
        self.fix = fix
        self.includeCertain = includeCertain
    }

    public func plan(_ customers: [Customer], id: String = UUID().uuidString.lowercased(), createdAt: Date = Date()) -> FixPlan {
        let normalizer = settings.normalizer
        let checker = QualityChecker(configuration: settings.quality)
        let normalized = normalizer.normalize(customers)
        let findings = checker.findings(for: normalized)
        let clusters = DuplicateFinder(configuration: settings.matching, model: settings.model)
            .run(normalized, decisions: settings.decisions).clusters
        let inputs = FixPlanInputs(customers: customers, findings: findings, clusters: clusters, decisions: settings.decisions,
                                   settings: fix, includeCertain: includeCertain)
        let formatter = ISO8601DateFormatter()
        let safeRules = FixPlanner.safeRules
        return FixPlanner.plan(inputs, id: id, createdAt: formatter.string(from: createdAt)) { changed in
            // Only the safe rules' own findings matter here, and they look at one record at a time.
            checker.findings(for: normalizer.normalize(changed)).filter { safeRules.contains($0.rule) }
        }
    }
}
