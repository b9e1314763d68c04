// bench-reporting: figures for building and writing reports (run in release).
//
//   bench-reporting [OUT_DIR]   builds and writes reports with 1,000 and 10,000 clusters (50,000
//                               findings) into OUT_DIR/clusters-1000 and OUT_DIR/clusters-10000
//                               (default: a temporary folder, removed at the end), printing
//                               times and sizes. Then
//                               Tests/browser/measure_report_load.py OUT_DIR/clusters-* measures
//                               how fast chromium opens the HTML.
//   bench-reporting --sample DIR  a small realistic report (2,000 customers, earlier runs, a gate)
//                               for screenshots and trying the page.
import BenchmarkSupport
import Foundation
import Matching
import Reporting

let thresholds: [Band: Double] = [.certain: 0.95, .likely: 0.8, .possible: 0.5]

/// A month of history ending in this run, as the snapshot's run history would provide it.
func writeSample(to dir: URL) throws {
    let audit = SyntheticAudit(customerCount: 2_000, clusterCount: 60, findingCount: 340, seed: 7)
    let day = 86_400.0, now = Date(timeIntervalSince1970: 1_795_946_400)
    let previous = ReportBuilder.build(
        source: ReportSource(kind: .store, customers: 1_960), customers: Array(audit.customers.prefix(1_960)),
        findings: Array(audit.findings.dropLast(40)), clusters: Array(audit.clusters.dropFirst(6)), pairScores: audit.pairScores,
        bandThresholds: thresholds, generatedAt: now.addingTimeInterval(-30 * day))
    let trend = (1...5).map { month in
        TrendPoint(generatedAt: now.addingTimeInterval(Double(-30 * month) * day), customers: 2_000 - 40 * month,
                   errors: 80 + 9 * month, warnings: 110 + 6 * month, infos: 60, clusters: 50 + 3 * month)
    }
    let report = ReportBuilder.build(source: ReportSource(kind: .store, customers: 2_000), customers: audit.customers,
                                     findings: audit.findings, clusters: audit.clusters, pairScores: audit.pairScores,
                                     bandThresholds: thresholds, generatedAt: now, previous: previous, trend: trend)
    let gated = report.withGate(Gate.evaluate(report, configuration: .default, baseline: nil, strict: false))
    let urls = try ReportWriter.write(gated, to: dir, formats: Set(ReportFormat.allCases), maskPII: false)
    print(urls.map(\.path).joined(separator: "\n"))
}

func measure<T>(_ label: String, _ work: () throws -> T) rethrows -> T {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try work()
    print("  " + label.padding(toLength: 30, withPad: " ", startingAt: 0) + String(format: "%8.3f s", seconds(clock.now - start)))
    return result
}

func megabytes(_ url: URL) -> String {
    let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.doubleValue ?? 0
    return String(format: "%.1f MB", size / 1_000_000)
}

if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "--sample" {
    try writeSample(to: URL(fileURLWithPath: CommandLine.arguments[2]))
    exit(0)
}

let out = CommandLine.arguments.count > 1
    ? URL(fileURLWithPath: CommandLine.arguments[1])
    : FileManager.default.temporaryDirectory.appendingPathComponent("bench-reporting-\(ProcessInfo.processInfo.processIdentifier)")

for (clusters, findings, customers) in [(1_000, 5_000, 10_000), (10_000, 50_000, 100_000)] {
    print("reporting: \(clusters) clusters, \(findings) findings, \(customers) customers")
    let audit = SyntheticAudit(customerCount: customers, clusterCount: clusters, findingCount: findings)
    let previous = measure("build (no previous)") {
        ReportBuilder.build(source: ReportSource(kind: .store, customers: customers), customers: audit.customers,
                            findings: Array(audit.findings.dropLast(findings / 10)), clusters: Array(audit.clusters.dropFirst(clusters / 20)),
                            pairScores: audit.pairScores, bandThresholds: thresholds, generatedAt: Date(timeIntervalSince1970: 1_793_354_400))
    }
    let report = measure("build (with previous, trend)") {
        ReportBuilder.build(source: ReportSource(kind: .store, customers: customers), customers: audit.customers,
                            findings: audit.findings, clusters: audit.clusters, pairScores: audit.pairScores,
                            bandThresholds: thresholds, generatedAt: Date(timeIntervalSince1970: 1_795_946_400),
                            previous: previous, trend: [TrendPoint(report: previous)])
    }
    let gated = measure("gate") { report.withGate(Gate.evaluate(report, configuration: .default, baseline: previous, strict: false)) }
    _ = try measure("report.json, Foundation") {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(gated)
    }
    let encoded = try measure("report.json, encode compact") { try EncodedJSON(gated) }
    _ = measure("report.json, pretty") { var size = 0; encoded.pretty { size += $0.count }; return size }
    _ = try measure("report.json encode") { try ReportJSON.encode(gated) }
    _ = try measure("report.html render") { try HTMLReportRenderer.render(gated) }
    let dir = out.appendingPathComponent("clusters-\(clusters)")
    let urls = try measure("write all formats") { try ReportWriter.write(gated, to: dir, formats: Set(ReportFormat.allCases), maskPII: false) }
    _ = measure("mask PII") { PIIMasker.mask(gated) }
    _ = try measure("write all formats, masked") {
        try ReportWriter.write(gated, to: out.appendingPathComponent("clusters-\(clusters)-masked"), formats: [.html, .csv], maskPII: true)
    }
    _ = try measure("load report.json") { try Report.load(from: urls[0]) }
    print("  sizes: " + urls.map { "\($0.lastPathComponent) \(megabytes($0))" }.joined(separator: ", "))
}
if CommandLine.arguments.count > 1 {
    print("reports in \(out.path)")
} else {
    try? FileManager.default.removeItem(at: out)
}
