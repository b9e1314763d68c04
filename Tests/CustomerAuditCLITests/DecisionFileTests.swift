import Foundation
import Testing
import TestSupport

/// Reviewer decisions through the binary: contradictions stop the run, unknown ids are named.
@Suite struct DecisionFileTests {
    static let customers = """
    [{"customer_id": 1, "name": "Jansen", "postcode": "5388GM", "country_code_iso_3166": "NL"},
     {"customer_id": 2, "name": "Jansen", "postcode": "5388GM", "country_code_iso_3166": "NL"}]
    """

    @Test func aPairBothDistinctAndSameExitsTwoNamingBothLines() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        try Data(Self.customers.utf8).write(to: folder.appendingPathComponent("c.json"))
        try "decisions:\n  - {customer_ids: [1, 2], decision: distinct}\n  - {customer_ids: [1, 2], decision: same}\n"
            .write(to: folder.appendingPathComponent("d.yml"), atomically: true, encoding: .utf8)
        let result = try await CLIRunner.run(["analyze", "--input", "c.json", "--decisions", "d.yml", "--out", "out"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("d.yml:2: decisions[0]") && result.stderr.contains("line 3"), "\(result.stderr)")
    }

    @Test func decisionsAboutUnknownCustomersAreNamedInAWarning() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        try Data(Self.customers.utf8).write(to: folder.appendingPathComponent("c.json"))
        try "decisions:\n  - {customer_ids: [1, 2], decision: distinct}\n  - {customer_ids: [77, 2, 1234], decision: same}\n"
            .write(to: folder.appendingPathComponent("d.yml"), atomically: true, encoding: .utf8)
        let result = try await CLIRunner.run(["analyze", "--input", "c.json", "--decisions", "d.yml", "--out", "out"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning:") && result.stderr.contains("77, 1234"), "\(result.stderr)")
    }
}
