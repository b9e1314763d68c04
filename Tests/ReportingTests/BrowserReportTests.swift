import Foundation
import TestSupport
import Testing
@testable import Reporting

/// Writes real reports (ordinary, hostile, and one the built binary makes from generated
/// customers) and drives them in headless chromium through Tests/browser/report_browser_test.py:
/// counts, filters, side-by-side cards, decisions export, that no customer-supplied script runs,
/// and that the evidence on real clusters tells the truth.
@Suite struct BrowserReportTests {
    @Test func reportWorksInARealBrowser() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium"),
                     "chromium is missing: make test installs it (APT_PACKAGES)")
        let root = ReportFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let previous = ReportFixture.report(generatedAt: ReportFixture.generatedAt.addingTimeInterval(-30 * 86_400),
                                            findings: Array(ReportFixture.findings.prefix(4)))
        let plain = ReportFixture.report(previous: previous, trend: [TrendPoint(report: previous)])
            .withGate(Gate.evaluate(ReportFixture.report(), configuration: .default, baseline: nil, strict: false))
        let plainDir = root.appendingPathComponent("plain")
        let hostileDir = root.appendingPathComponent("hostile")
        _ = try ReportWriter.write(plain, to: plainDir, formats: [.json, .html], maskPII: false)
        _ = try ReportWriter.write(HostileFixture.report, to: hostileDir, formats: [.json, .html], maskPII: false)
        let generatedDir = try await Self.generatedReport(in: root)
        let script = TestSupport.packageRoot.appendingPathComponent("Tests/browser/report_browser_test.py")
        let outcome = try await PythonRunner.run([script.path, plainDir.path, hostileDir.path, generatedDir.path])
        #expect(outcome.status == 0, "browser checks failed:\n\(outcome.output)")
    }

    /// Clusters as the matching stage makes them (households, typos, numbers written two ways),
    /// which hand-built fixtures would not show.
    static func generatedReport(in root: URL) async throws -> URL {
        let customers = root.appendingPathComponent("generated.json").path
        let generated = try await CustomerAuditBinary.run(["generate", "--customers", "800", "--seed", "18", "--out", customers])
        try #require(generated.status == 0, "\(generated.stderr)")
        let folder = root.appendingPathComponent("generated")
        let analyzed = try await CustomerAuditBinary.run(["analyze", "--input", customers, "--out", folder.path,
                                                          "--format", "json,html", "--quiet"])
        try #require(analyzed.status == 0, "\(analyzed.stderr)")
        return folder
    }
}
