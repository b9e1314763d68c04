import Foundation
import Matching
import Quality

/// Judges a report against the thresholds of `rules/gate.yml` (pure; the command maps the result
/// to exit code 0 or 1 and writes it into the report and report.junit.xml).
public enum Gate {
    /// - Parameters:
    ///   - baseline: the last accepted report; with `countOnlyNew` its findings and clusters are
    ///     known debt and the thresholds count only what is new, and the `new_*` limits apply.
    ///   - strict: also fail on the warning threshold (by default it is reported, never failing).
    public static func evaluate(_ report: Report, configuration: GateConfiguration, baseline: Report?, strict: Bool) -> GateResult {
        let known = baseline.map { Known(report: $0) }
        let onlyNew = known != nil && configuration.baseline.countOnlyNew
        let findings = onlyNew ? report.findings.filter { !known!.findings.contains($0.id) } : report.findings
        let clusters = onlyNew ? report.clusters.filter { !known!.clusters.contains($0.id) } : report.clusters
        let scope = onlyNew ? " new since the baseline" : ""
        var checks: [GateCheck] = []

        if let limit = configuration.maxErrors {
            let count = findings.filter { $0.severity == .error }.count
            checks.append(check("errors", count, limit, "\(count) error finding(s)\(scope), at most \(limit) allowed"))
        }
        if let limit = configuration.maxWarningsPer1000Customers {
            let count = findings.filter { $0.severity == .warning }.count
            let rate = report.summary.customers == 0 ? 0 : (Double(count) * 1000 / Double(report.summary.customers) * 100).rounded() / 100
            // Whether it is enforced is the check's `enforced`; each output says it in its own words.
            let message = "\(count) warning(s)\(scope) = \(format(rate)) per 1,000 customers, at most \(format(limit)) allowed"
            checks.append(GateCheck(name: "warnings_per_1000_customers", actual: rate, threshold: limit,
                                    passed: rate <= limit, enforced: strict, message: message))
        }
        for (band, limit) in [(Band.certain, configuration.maxCertainClusters), (.likely, configuration.maxLikelyClusters)] {
            guard let limit else { continue }
            let count = clusters.filter { $0.band == band }.count
            checks.append(check("\(band.rawValue)_clusters", count, limit, "\(count) \(band.rawValue) cluster(s)\(scope), at most \(limit) allowed"))
        }
        for (rule, limit) in configuration.maxFindingsPerRule.sorted(by: { $0.key < $1.key }) {
            let count = findings.filter { $0.rule == rule }.count
            checks.append(check("rule:\(rule)", count, limit, "\(count) finding(s) of rule \(rule)\(scope), at most \(limit) allowed"))
        }
        if let known {
            if let limit = configuration.baseline.maxNewFindings {
                let count = report.findings.filter { !known.findings.contains($0.id) }.count
                checks.append(check("new_findings", count, limit, "\(count) finding(s) the baseline did not have, at most \(limit) allowed"))
            }
            if let limit = configuration.baseline.maxNewClusters {
                let count = report.clusters.filter { !known.clusters.contains($0.id) }.count
                checks.append(check("new_clusters", count, limit, "\(count) cluster(s) the baseline did not have, at most \(limit) allowed"))
            }
        }
        let passed = checks.allSatisfy { $0.passed || !$0.enforced }
        return GateResult(passed: passed, checks: checks, strict: strict, baseline: baseline != nil)
    }

    private struct Known {
        let findings: Set<String>
        let clusters: Set<String>
        init(report: Report) {
            findings = Set(report.findings.map(\.id))
            clusters = Set(report.clusters.map(\.id))
        }
    }

    private static func check(_ name: String, _ count: Int, _ limit: Int, _ message: String) -> GateCheck {
        GateCheck(name: name, actual: Double(count), threshold: Double(limit), passed: count <= limit, message: message)
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }
}
