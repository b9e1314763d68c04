import Foundation
import Testing
import TestSupport

/// Two records with one customer_id: reported as an error of its own, and both records stay in the
/// findings, the clusters, the merge suggestions and the report.
@Suite struct DuplicateIDTests {
    static let input = """
    [
     {"customer_id": 3, "first_name": "Tim", "name": "Verhoeven", "postcode": "5388GM", "house_number": "1", "street": "Raadhuisplein", "city": "Nistelrode", "country_code_iso_3166": "NL", "email": "tim.verhoeven@gmail.com"},
     {"customer_id": 4, "first_name": "Anna", "name": "de Boer", "postcode": "3511 AB", "house_number": "14", "street": "Oudegracht", "city": "Utrecht", "country_code_iso_3166": "NL", "email": "anna.deboer@ziggo.nl"},
     {"customer_id": 3, "first_name": "Tim", "name": "Verhoeven", "postcode": "5388 GM", "house_number": "1", "street": "Raadhuisplein", "city": "Nistelrode", "country_code_iso_3166": "NL", "email": "t.verhoeven@gmail.com"}
    ]
    """

    @Test func bothRecordsAreKeptAndTheSharedIDIsAnError() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        try Data(Self.input.utf8).write(to: folder.appendingPathComponent("c.json"))
        let result = try await CLIRunner.run(["analyze", "--input", "c.json", "--out", "out", "--quiet"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("out/report.json"))) as? [String: Any])
        #expect((report["summary"] as? [String: Any])?["customers"] as? Int == 3)

        let findings = (report["findings"] as? [[String: Any]] ?? []).filter { $0["rule"] as? String == "customer_id.duplicate" }
        #expect(findings.count == 2, "one finding per record sharing the id")
        #expect(findings.allSatisfy { $0["severity"] as? String == "error" && $0["field"] as? String == "customer_id" })
        let findingIDs = Set(findings.compactMap { $0["customer_id"] as? Int })
        #expect(findingIDs.count == 2 && findingIDs.contains(3), "\(findingIDs)")

        // The two records of customer 3 are one person: a cluster of two different members.
        let clusters = report["clusters"] as? [[String: Any]] ?? []
        let cluster = try #require(clusters.first { ($0["customer_ids"] as? [Int] ?? []).contains(3) })
        let members = cluster["customer_ids"] as? [Int] ?? []
        #expect(members.count == 2 && Set(members).count == 2, "\(members)")
        #expect(Set(members) == findingIDs)
        let merges = try String(contentsOf: folder.appendingPathComponent("out/merges.csv"), encoding: .utf8)
        #expect(merges.contains("t.verhoeven@gmail.com") && merges.contains("tim.verhoeven@gmail.com"), "both records reach the merge view")
    }
}
