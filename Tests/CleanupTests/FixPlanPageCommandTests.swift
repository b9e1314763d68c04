import Foundation
import Testing
import TestSupport
@testable import Cleanup

/// `fix plan` as a shop runs it (sandbox, sync, plan): the page beside the plan, owner-only, named
/// in the output, holding every change; then the page and a hostile one in headless chromium
/// (Tests/browser/plan_browser_test.py): no console error or policy violation, no payload runs,
/// counts and filters right.
@Suite(.serialized) struct FixPlanPageCommandTests {
    @Test func fixPlanWritesItsPageBesideThePlanOwnerOnlyAndNamesIt() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium"),
                     "chromium is missing: make test installs it (APT_PACKAGES)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fix-page-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let customers = folder.appendingPathComponent("customers.json")
        let generated = try await CustomerAuditBinary.run(["generate", "--customers", "300", "--seed", "9", "--out", customers.path])
        #expect(generated.status == 0, "\(generated.stderr)")
        let (sandbox, url) = try await FixApplyKillTests.startSandbox(customers: customers)
        defer { sandbox.terminate() }
        let environment = FixApplyKillTests.environment.merging(["CYCLESOFTWARE_BASE_URL": url]) { $1 }
        let store = folder.appendingPathComponent("store.sqlite").path
        #expect(try await CustomerAuditBinary.run(["sync", "--store", store], environment: environment).status == 0)

        let planFile = folder.appendingPathComponent("plan.json")
        let planned = try await CustomerAuditBinary.run(["fix", "plan", "--store", store, "--out", planFile.path, "--include-certain"])
        #expect(planned.status == 0, "\(planned.stderr)")
        let pageFile = folder.appendingPathComponent("plan.html")
        #expect(planned.stdout.contains("page: \(pageFile.path)\n"), "\(planned.stdout.suffix(300))")
        let mode = try FileManager.default.attributesOfItem(atPath: pageFile.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let plan = try FixPlanFile.read(from: planFile)
        #expect(plan.changeCount > 0)
        #expect(try PlanPageReader.rows(String(contentsOf: pageFile, encoding: .utf8)) == FixPlanPageTests.expectedRows(plan))

        let hostile = folder.appendingPathComponent("hostile.json")
        try FixPlanFile.write(Self.hostilePlan, to: hostile)
        try PlanOutputFile.write(FixPlanPage.render(Self.hostilePlan, planFile: hostile.lastPathComponent),
                                 to: folder.appendingPathComponent("hostile.html"), what: "the plan page")
        let script = TestSupport.packageRoot.appendingPathComponent("Tests/browser/plan_browser_test.py")
        let outcome = try await PythonRunner.run([script.path, planFile.path, hostile.path])
        #expect(outcome.status == 0, "browser checks failed:\n\(outcome.output)")
    }

    @Test func aPlanFileEndingInHTMLIsRefusedBeforeAnyWork() async throws {
        let result = try await CustomerAuditBinary.run(["fix", "plan", "--store", "no-such-store.sqlite", "--out", "plan.html"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--out plan.html") && result.stderr.contains(".html"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "plan.html"))
    }

    /// Values that would run script or inject markup if the page ever put them in unescaped.
    static let payloads = [
        "<script>window.__pwned = 1</script>",
        "<img src=x onerror=\"window.__pwned = 1\">",
        "\"><svg onload=window.__pwned=1>",
        "Bakker & Zn <b>bold</b> &amp; 'single' \u{202E}reversed",
        "</script><script>window.__pwned = 1</script>",
    ]

    static let hostilePlan = FixPlan(id: "hostile-<script>window.__pwned=1</script>", createdAt: "2026-12-06T10:00:00Z\"><b>",
                                     customers: payloads.enumerated().map { index, payload in
        CustomerChanges(customerID: 40 + index, changes: [
            FieldChange(field: "name", before: payload, after: " " + payload + " ", kind: .normalization, reason: "text.whitespace: " + payload),
            FieldChange(field: "city", before: nil, after: payload, kind: .merge,
                        reason: MergeReason(clusterID: "c-\(payload)", why: "band certain", role: .survivor(detail: payload)).text),
        ])
    })
}
