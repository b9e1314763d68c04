import Foundation
import TestSupport
import Testing
@testable import Reporting

/// Writes real reports (ordinary and hostile) and drives them in headless chromium through
/// Tests/browser/report_browser_test.py: counts, filters, side-by-side cards, decisions export,
/// and that no customer-supplied script runs.
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
        let script = TestSupport.packageRoot.appendingPathComponent("Tests/browser/report_browser_test.py")
        let outcome = try await PythonRunner.run([script.path, plainDir.path, hostileDir.path])
        #expect(outcome.status == 0, "browser checks failed:\n\(outcome.output)")
    }
}
