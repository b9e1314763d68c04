import Foundation
import Testing
@testable import Reporting

@Suite struct ReportJSONTests {
    @Test func twoRunsOnTheSameInputAreByteIdenticalApartFromGeneratedAt() throws {
        let first = try ReportJSON.encode(ReportFixture.report(generatedAt: ReportFixture.generatedAt))
        let second = try ReportJSON.encode(ReportFixture.report(generatedAt: ReportFixture.generatedAt.addingTimeInterval(3600)))
        let firstLines = String(decoding: first, as: UTF8.self).split(separator: "\n")
        let secondLines = String(decoding: second, as: UTF8.self).split(separator: "\n")
        #expect(firstLines.count == secondLines.count)
        let differing = zip(firstLines, secondLines).filter { $0 != $1 }
        #expect(differing.count == 1)
        #expect(differing.first?.0.contains("\"generated_at\" : \"2026-11-29T10:00:00Z\"") == true)
        #expect(try ReportJSON.encode(ReportFixture.report()) == first)
    }

    @Test func keysAreSortedAndContractShapeHolds() throws {
        let text = String(decoding: try ReportJSON.encode(ReportFixture.report()), as: UTF8.self)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["schema_version"] as? Int == 1)
        #expect(object["generated_at"] as? String == "2026-11-29T10:00:00Z")
        let finding = try #require((object["findings"] as? [[String: Any]])?.first)
        #expect(finding["customer_id"] is NSNull) // the data-set finding: explicit null, as the schema requires the key
        // Top-level keys appear in sorted order.
        let keys = ["changes", "clusters", "findings", "gate", "generated_at", "model", "schema_version", "source", "summary", "trend"]
        let positions = keys.compactMap { text.range(of: "\n  \"\($0)\"")?.lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test func loadReadsBackWhatWasWritten() throws {
        let report = ReportFixture.report(previous: ReportFixture.report(), trend: [TrendPoint(report: ReportFixture.report(generatedAt: .distantPast))])
            .withGate(Gate.evaluate(ReportFixture.report(), configuration: .default, baseline: nil, strict: false))
        let dir = ReportFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("report.json")
        try ReportJSON.encode(report).write(to: url)
        #expect(try Report.load(from: url) == report)
    }

    @Test(arguments: [
        ("{}", "missing key schema_version"),
        ("[1, 2]", "not a customer-audit report"),
        ("{\"schema_version\": 2, \"generated_at\": \"2026-11-29T10:00:00Z\", \"source\": {\"kind\": \"api\", \"customers\": 0}, \"summary\": {\"customers\": 0, \"findings\": {\"error\": 0, \"warning\": 0, \"info\": 0}, \"clusters\": 0, \"customers_in_clusters\": 0}, \"findings\": [], \"clusters\": []}", "schema_version 2 is not supported"),
        ("{\"schema_version\": 1, \"generated_at\": \"yesterday\"}", "not an ISO 8601 date-time"),
    ])
    func loadRejectsWhatIsNotAReport(text: String, problem: String) {
        #expect {
            try Report.decode(Data(text.utf8), file: "old.json")
        } throws: { error in
            guard let error = error as? ReportLoadError else { return false }
            return error.file == "old.json" && error.description.contains(problem)
        }
    }

    @Test func loadNamesAMissingFile() {
        #expect(throws: ReportLoadError.self) { try Report.load(from: URL(fileURLWithPath: "/nonexistent/report.json")) }
    }

    @Test func minimalContractReportFromAnotherToolLoads() throws {
        let text = """
        {"schema_version": 1, "generated_at": "2026-11-29T10:00:00.250Z", "source": {"kind": "api", "customers": 2},
         "summary": {"customers": 2, "findings": {"error": 1, "warning": 0, "info": 0}, "clusters": 1, "customers_in_clusters": 2},
         "findings": [{"customer_id": 6, "rule": "postcode.format", "severity": "error", "field": "postcode", "value": "5388gm",
                       "message": "…", "suggestion": "5388 GM"}],
         "clusters": [{"id": "c-8", "customer_ids": [8, 1006], "confidence": 0.97, "band": "certain", "survivor_id": 8,
                       "pairs": [{"a": 8, "b": 1006, "score": 0.97, "evidence": [{"field": "email", "outcome": "exact", "weight": 6.1}]}],
                       "merged": {"email": "name@domain.nl"}, "conflicts": [{"field": "phone", "values": ["06-12345678", "0612345679"]}]}],
         "gate": {"passed": true, "checks": [{"name": "errors", "actual": 12, "threshold": 50, "passed": true}]}}
        """
        let report = try Report.decode(Data(text.utf8))
        #expect(report.findings.first?.id == "6:postcode.format:postcode")
        #expect(report.clusters.first?.pairs.first?.evidence.first?.label == "exact")
        #expect(report.gate?.checks.first?.enforced == true)
    }

    @Test func htmlEmbeddableJSONHasNoMarkupCharacters() throws {
        let embedded = try ReportJSON.htmlEmbeddable(HostileFixture.report)
        #expect(!embedded.contains("<"))
        #expect(!embedded.contains(">"))
        #expect(!embedded.contains("&"))
        #expect(embedded.contains("\\u003c/script\\u003e"))
        // Still the same data once parsed.
        let parsed = try JSONSerialization.jsonObject(with: Data(embedded.utf8)) as? [String: Any]
        let finding = (parsed?["findings"] as? [[String: Any]])?.first
        #expect(finding?["value"] as? String == HostileFixture.payloads[0])
    }
}
