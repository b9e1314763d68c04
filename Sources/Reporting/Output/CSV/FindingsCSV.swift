/// findings.csv: one row per finding, the suggested fix beside the value.
enum FindingsCSV {
    static let header = ["finding_id", "customer_id", "severity", "rule", "field", "value", "suggestion", "message"]

    static func text(_ report: Report) -> String { table(report).text }

    static func bytes(_ report: Report) -> [UInt8] { table(report).bytes }

    static func table(_ report: Report) -> CSVTable {
        var table = CSVTable(header: header)
        for finding in report.findings { table.append(row(finding)) }
        return table
    }

    /// `bytes` in pieces, spelled on all cores.
    static func pieces(_ report: Report) -> [[UInt8]] {
        let findings = report.findings
        return CSVTable.pieces(header: header, count: findings.count) { [row(findings[$0])] }
    }

    static func row(_ finding: ReportFinding) -> [String] {
        [finding.id, finding.customerID.map(String.init) ?? "", finding.severity.rawValue, finding.rule,
         finding.field ?? "", finding.value ?? "", finding.suggestion ?? "", finding.message]
    }
}
