import Foundation
import Reporting

/// The short, readable end of a run: counts, top rules, and where the report is.
public enum RunSummary {
    /// The lines the command prints last; the last one names the page to open.
    public static func lines(_ report: Report, written: [URL]) -> [String] {
        var lines: [String] = []
        let summary = report.summary
        lines.append("customers: \(summary.customers.formatted())")
        lines.append("findings:  \(summary.findings.error.formatted()) errors, \(summary.findings.warning.formatted()) warnings, \(summary.findings.info.formatted()) info")
        let top = summary.findingsByRule.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(5)
        if !top.isEmpty {
            lines.append("top rules: " + top.map { "\($0.key) \($0.value.formatted())" }.joined(separator: ", "))
        }
        let bands = ["certain", "likely", "possible"].map { "\(summary.clustersByBand[$0] ?? 0) \($0)" }.joined(separator: ", ")
        lines.append("clusters:  \(summary.clusters.formatted()) (\(bands)), \(summary.customersInClusters.formatted()) customers in clusters")
        if let changes = report.changes {
            lines.append("since last run: findings \(changes.findings.new.count) new, \(changes.findings.resolved.count) resolved; clusters \(changes.clusters.new.count) new, \(changes.clusters.resolved.count) resolved")
        }
        if let html = written.first(where: { $0.pathExtension == "html" }) {
            lines.append("report:    \(html.path)")
        } else if let first = written.first {
            lines.append("report:    \(first.deletingLastPathComponent().path)")
        }
        return lines
    }

    /// The gate's verdict: each threshold that did not hold, then "passed" or "failed".
    public static func gateLines(_ gate: GateResult?) -> [String] {
        // A warning threshold outside --strict is over but not enforced: it did not fail anything.
        let checks = (gate?.checks ?? []).filter { !$0.passed }.map { check in
            check.enforced ? "gate: FAILED \(check.name): \(check.message)" : "gate: not enforced (--strict) \(check.name): \(check.message)"
        }
        return checks + [ExitStatus.gate(passed: gate?.passed) == .done ? "gate: passed" : "gate: failed"]
    }
}
