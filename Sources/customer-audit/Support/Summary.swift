import Foundation
import Reporting

/// The short, readable end of a run: counts, top rules, and where the report is.
enum Summary {
    static func print(_ report: Report, written: [URL], console: Console) {
        let summary = report.summary
        console.say("customers: \(summary.customers.formatted())")
        console.say("findings:  \(summary.findings.error.formatted()) errors, \(summary.findings.warning.formatted()) warnings, \(summary.findings.info.formatted()) info")
        let top = summary.findingsByRule.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(5)
        if !top.isEmpty {
            console.say("top rules: " + top.map { "\($0.key) \($0.value.formatted())" }.joined(separator: ", "))
        }
        let bands = ["certain", "likely", "possible"].map { "\(summary.clustersByBand[$0] ?? 0) \($0)" }.joined(separator: ", ")
        console.say("clusters:  \(summary.clusters.formatted()) (\(bands)), \(summary.customersInClusters.formatted()) customers in clusters")
        if let changes = report.changes {
            console.say("since last run: findings \(changes.findings.new.count) new, \(changes.findings.resolved.count) resolved; clusters \(changes.clusters.new.count) new, \(changes.clusters.resolved.count) resolved")
        }
        if let html = written.first(where: { $0.pathExtension == "html" }) {
            console.say("report:    \(html.path)")
        } else if let first = written.first {
            console.say("report:    \(first.deletingLastPathComponent().path)")
        }
    }
}
