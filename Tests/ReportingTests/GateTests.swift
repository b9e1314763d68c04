import AuditSupport
import CustomerModel
import Foundation
import Matching
import Quality
import TestSupport
import Testing
@testable import Reporting

@Suite struct GateTests {
    static let clean = ReportFixture.report(
        findings: ReportFixture.findings.filter { $0.severity != .error },
        clusters: ReportFixture.clusters.filter { $0.band != .certain })

    @Test func shippedGateFileIsTheDefault() throws {
        let shipped = try GateConfiguration.load(from: TestSupport.packageRoot.appendingPathComponent("rules/gate.yml"))
        #expect(shipped == GateConfiguration.default)
    }

    @Test func cleanCustomerBasePassesTheShippedGate() {
        let result = Gate.evaluate(Self.clean, configuration: .default, baseline: nil, strict: false)
        #expect(result.passed)
        #expect(result.checks.map(\.name) == ["errors", "warnings_per_1000_customers", "certain_clusters"])
    }

    @Test func anErrorOrACertainClusterFailsTheShippedGate() {
        let result = Gate.evaluate(ReportFixture.report(), configuration: .default, baseline: nil, strict: false)
        #expect(!result.passed)
        #expect(result.failures.map(\.name) == ["errors", "certain_clusters"])
        let errors = result.checks[0]
        #expect(errors.actual == 3 && errors.threshold == 0)
        #expect(errors.message == "3 error finding(s), at most 0 allowed")
    }

    /// 3 warnings over 8 customers is 375 per 1,000: above the shipped 50.
    @Test(arguments: [(false, true), (true, false)])
    func warningsFailOnlyWhenStrict(strict: Bool, passes: Bool) throws {
        let result = Gate.evaluate(Self.clean, configuration: .default, baseline: nil, strict: strict)
        #expect(result.passed == passes)
        let warnings = try #require(result.checks.first { $0.name == "warnings_per_1000_customers" })
        #expect(warnings.actual == 375)
        #expect(!warnings.passed)
        #expect(warnings.enforced == strict)
        #expect(warnings.message == "3 warning(s) = 375 per 1,000 customers, at most 50 allowed")
    }

    @Test func perRuleMaximumsCountEverySeverity() {
        let configuration = GateConfiguration(maxFindingsPerRule: ["postcode.format": 2, "phone.format": 1])
        let result = Gate.evaluate(ReportFixture.report(), configuration: configuration, baseline: nil, strict: false)
        #expect(result.checks.map(\.name) == ["rule:phone.format", "rule:postcode.format"])
        #expect(result.checks.map(\.passed) == [true, false])
        #expect(!result.passed)
    }

    @Test func baselineAcceptsKnownProblemsAndCatchesNewOnes() {
        let baseline = ReportFixture.report()
        let same = Gate.evaluate(ReportFixture.report(), configuration: .default, baseline: baseline, strict: false)
        #expect(same.passed)
        #expect(same.baseline)
        #expect(same.checks.first { $0.name == "new_findings" }?.actual == 0)

        var findings = ReportFixture.findings
        findings.append(Finding(customerID: 20, rule: "email.format", severity: .error, field: "email", value: "anna@", message: "no domain"))
        let worse = Gate.evaluate(ReportFixture.report(findings: findings), configuration: .default, baseline: baseline, strict: false)
        #expect(!worse.passed)
        #expect(worse.failures.map(\.name) == ["errors"])
        #expect(worse.checks[0].actual == 1)
        #expect(worse.checks[0].message.contains("new since the baseline"))
    }

    @Test func newFindingAndClusterLimitsApplyOnlyWithABaseline() {
        let configuration = GateConfiguration(baseline: .init(countOnlyNew: false, maxNewFindings: 0, maxNewClusters: 0))
        let without = Gate.evaluate(ReportFixture.report(), configuration: configuration, baseline: nil, strict: false)
        #expect(without.checks.isEmpty && without.passed)
        let emptyBaseline = ReportFixture.report(findings: [], clusters: [])
        let with = Gate.evaluate(ReportFixture.report(), configuration: configuration, baseline: emptyBaseline, strict: false)
        #expect(with.checks.map(\.name) == ["new_findings", "new_clusters"])
        #expect(with.checks.map(\.actual) == [7, 3])
        #expect(!with.passed)
    }

    @Test func countingEverythingWithABaselineWhenAsked() {
        let configuration = GateConfiguration(maxErrors: 0, baseline: .init(countOnlyNew: false))
        let result = Gate.evaluate(ReportFixture.report(), configuration: configuration, baseline: ReportFixture.report(), strict: false)
        #expect(!result.passed)
        #expect(result.checks[0].actual == 3)
    }

    @Test func withGateRecordsTheResultInTheReport() {
        let result = Gate.evaluate(ReportFixture.report(), configuration: .default, baseline: nil, strict: false)
        #expect(ReportFixture.report().withGate(result).gate == result)
    }

    @Test func offLimitsProduceNoChecks() {
        let result = Gate.evaluate(ReportFixture.report(), configuration: GateConfiguration(), baseline: nil, strict: true)
        #expect(result.checks.isEmpty && result.passed)
    }

    @Test func emptyCustomerBaseHasZeroWarningRate() {
        let empty = ReportFixture.report(customers: [], findings: [], clusters: [])
        let result = Gate.evaluate(empty, configuration: .default, baseline: nil, strict: true)
        #expect(result.passed)
    }
}

@Suite struct GateConfigurationTests {
    @Test func readsEveryKey() throws {
        let yaml = """
        version: 1
        max_errors: 5
        max_warnings_per_1000_customers: 12.5
        max_certain_clusters: ~
        max_likely_clusters: 10
        max_findings_per_rule:
          email.format: 0
          name.whitespace: 25
        baseline:
          count_only_new: false
          max_new_findings: 3
          max_new_clusters: ~
        """
        let configuration = try GateConfiguration.parse(yaml)
        #expect(configuration == GateConfiguration(
            maxErrors: 5, maxWarningsPer1000Customers: 12.5, maxCertainClusters: nil, maxLikelyClusters: 10,
            maxFindingsPerRule: ["email.format": 0, "name.whitespace": 25],
            baseline: .init(countOnlyNew: false, maxNewFindings: 3, maxNewClusters: nil)))
    }

    @Test(arguments: [
        ("max_errors: 0\nmax_eror: 3\n", 2, "max_eror", "unknown key"),
        ("max_errors: -1\n", 1, "max_errors", "must not be negative"),
        ("max_errors: many\n", 1, "max_errors", "whole number"),
        ("max_errors: \"3\"\n", 1, "max_errors", "whole number"),
        ("max_warnings_per_1000_customers: lots\n", 1, "max_warnings_per_1000_customers", "must be a number"),
        ("baseline:\n  max_new_findings: 1\n  count_only_new: maybe\n", 3, "baseline.count_only_new", "true or false"),
        ("baseline:\n  max_new: 1\n", 2, "baseline.max_new", "unknown key"),
        ("max_findings_per_rule:\n  email.format: x\n", 2, "max_findings_per_rule.email.format", "whole number"),
        ("max_findings_per_rule:\n  email.format: ~\n", 2, "max_findings_per_rule.email.format", "needs a number"),
        ("max_findings_per_rule: [1]\n", 1, "max_findings_per_rule", "must be a mapping"),
        ("version: 2\n", 1, "version", "must be 1"),
        ("max_errors: 1\nmax_errors: 2\n", 2, "max_errors", "appears twice"),
    ])
    func mistakesNameFileLineAndKey(yaml: String, line: Int, key: String, problem: String) {
        #expect {
            try GateConfiguration.parse(yaml, file: "rules/gate.yml")
        } throws: { error in
            guard let error = error as? ConfigurationError else { return false }
            return error.file == "rules/gate.yml" && error.line == line && error.key == key && error.problem.contains(problem)
        }
    }

    @Test(arguments: ["", "- 1\n- 2\n", "max_errors: [\n"])
    func unusableFilesAreConfigurationErrors(yaml: String) {
        #expect(throws: ConfigurationError.self) { try GateConfiguration.parse(yaml, file: "gate.yml") }
    }

    @Test func missingFileIsAConfigurationErrorNamingIt() {
        #expect {
            try GateConfiguration.load(from: URL(fileURLWithPath: "/nonexistent/gate.yml"))
        } throws: { error in
            (error as? ConfigurationError)?.file == "/nonexistent/gate.yml"
        }
    }
}
