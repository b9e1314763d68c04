import Foundation
import Reporting
import Snapshot

/// Run history lives in the snapshot (Snapshot) and is drawn in the report (Reporting); a run
/// (`AnalysisRun`) is where the two meet.
extension RunRecord {
    init(report: Report, kind: String, startedAt: Date, reportPath: String) {
        self.init(kind: kind, startedAt: startedAt, customers: report.summary.customers,
                  errors: report.summary.findings.error, warnings: report.summary.findings.warning,
                  infos: report.summary.findings.info, clusters: report.summary.clusters,
                  customersInClusters: report.summary.customersInClusters, reportPath: reportPath,
                  gatePassed: report.gate?.passed)
    }
}

extension TrendPoint {
    init(run: RunRecord) {
        self.init(generatedAt: run.startedAt, customers: run.customers, errors: run.errors, warnings: run.warnings,
                  infos: run.infos, clusters: run.clusters)
    }
}
