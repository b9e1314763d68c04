import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Reporting

@Suite struct JUnitWriterTests {
    @Test func oneTestCasePerCheckAndFailuresForFailedOnes() throws {
        let report = ReportFixture.report()
        let result = Gate.evaluate(report, configuration: .default, baseline: nil, strict: false)
        let xml = JUnitWriter.xml(result, report: report)
        let document = try XMLDocument(xmlString: xml)
        let cases = try document.nodes(forXPath: "//testcase")
        #expect(cases.count == result.checks.count)
        let failed = try document.nodes(forXPath: "//testcase[failure]/@name").compactMap(\.stringValue)
        #expect(failed == ["errors", "certain_clusters"])
        let skipped = try document.nodes(forXPath: "//testcase[skipped]/@name").compactMap(\.stringValue)
        #expect(skipped == ["warnings_per_1000_customers"])
        let suite = try #require(try document.nodes(forXPath: "//testsuite").first as? XMLElement)
        #expect(suite.attribute(forName: "failures")?.stringValue == "2")
        #expect(suite.attribute(forName: "tests")?.stringValue == "3")
    }

    @Test func passingGateHasNoFailures() throws {
        let report = ReportFixture.report(findings: [], clusters: [])
        let xml = JUnitWriter.xml(Gate.evaluate(report, configuration: .default, baseline: nil, strict: true), report: report)
        let document = try XMLDocument(xmlString: xml)
        #expect(try document.nodes(forXPath: "//failure").isEmpty)
        #expect(try document.nodes(forXPath: "//testcase").count == 3)
    }

    @Test func namesAndMessagesAreEscaped() throws {
        let result = GateResult(passed: false, checks: [
            GateCheck(name: "rule:<x>&\"y\"", actual: 1, threshold: 0, passed: false, message: "bad \u{1} <b>'q'</b>"),
        ])
        let xml = JUnitWriter.xml(result, report: ReportFixture.report())
        let document = try XMLDocument(xmlString: xml)
        #expect(try document.nodes(forXPath: "//testcase/@name").first?.stringValue == "rule:<x>&\"y\"")
        #expect(try document.nodes(forXPath: "//failure/@message").first?.stringValue == "bad  <b>'q'</b>")
    }
}
