import CustomerModel
import Foundation
import Matching
import Testing
@testable import Reporting

@Suite struct CSVWriterTests {
    @Test(arguments: [
        ("plain", "\"plain\""),
        ("with \"quotes\"", "\"with \"\"quotes\"\"\""),
        ("a;b", "\"a;b\""),
        ("line\nbreak", "\"line\nbreak\""),
        ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
        ("+31 6 12345678", "\"'+31 6 12345678\""),
        ("-1", "\"'-1\""),
        ("@SUM(A1)", "\"'@SUM(A1)\""),
        ("", "\"\""),
    ])
    func cellsAreQuotedAndFormulasDefused(value: String, cell: String) {
        #expect(CSVTable.cell(value) == cell)
    }

    @Test func findingsCSVOpensInDutchExcel() throws {
        let text = FindingsCSV.text(ReportFixture.report())
        #expect(text.hasPrefix("\u{FEFF}"))
        let lines = text.dropFirst().components(separatedBy: "\r\n")
        #expect(lines.first == "\"finding_id\";\"customer_id\";\"severity\";\"rule\";\"field\";\"value\";\"suggestion\";\"message\"")
        #expect(lines.count == 1 + 7 + 1) // header, rows, and the empty string after the last CRLF
        #expect(lines[2] == "\"6:postcode.format:postcode\";\"6\";\"error\";\"postcode.format\";\"postcode\";\"5388gm\";\"5388 GM\";\"Postcode 5388gm is not written as 1234 AB\"")
    }

    @Test func mergesCSVHasOneRowPerMemberWithSuggestedValues() throws {
        let text = MergesCSV.text(ReportFixture.report())
        let rows = text.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 1 + 7)
        let header = rows[0].components(separatedBy: ";")
        #expect(Array(header.prefix(7)) == ["\"cluster_id\"", "\"band\"", "\"confidence\"", "\"survivor_id\"", "\"customer_id\"", "\"role\"", "\"display_name\""])
        #expect(header.contains("\"email (suggested)\""))
        #expect(header == MergesCSV.header.map { "\"\($0)\"" })
        #expect(!header.contains { $0.contains("phone_numbers[") }, "one list-valued column holds every number")
        let survivor = rows[1].components(separatedBy: ";")
        #expect(survivor[0] == "\"c-8\"" && survivor[2] == "\"0,9700\"" && survivor[5] == "\"survivor\"")
        let emailColumn = try #require(header.firstIndex(of: "\"email (suggested)\""))
        #expect(survivor[emailColumn] == "\"jan.vdberg@example.nl\"")
        let phonesColumn = try #require(header.firstIndex(of: "\"phone_numbers\""))
        #expect(survivor[phonesColumn] == "\"mob: 06-11112222\"")
        #expect(survivor[phonesColumn + 1] == "\"mob: 06-11112222 | new: 0611112223\"")
        let other = rows[2].components(separatedBy: ";")
        #expect(other[4] == "\"1006\"" && other[5] == "\"merge into survivor\"")
    }

    /// However many distinct phone ids the base holds, merges.csv keeps the same columns.
    @Test func mergesCSVHeaderDoesNotGrowWithPhoneIDs() throws {
        var clusters = ReportFixture.clusters
        var customers = ReportFixture.customers
        for index in 0..<150 {
            let a = 10_000 + 2 * index, b = a + 1
            for id in [a, b] {
                var customer = ReportFixture.customers[0]
                customer.id = id
                customer.customer.customerID = id
                customer.customer.phoneNumbers = [PhoneNumber(phoneNumberID: "mob", phoneNumber: "0612345678"),
                                                  PhoneNumber(phoneNumberID: String(700_000 + id), phoneNumber: "06\(20_000_000 + id)")]
                customers.append(customer)
            }
            clusters.append(DuplicateCluster(id: "c-\(a)", customerIDs: [a, b], confidence: 0.99, band: .certain, survivorID: a,
                                             pairs: [ScoredPair(a: a, b: b, score: 0.99, weight: 9, evidence: [])]))
        }
        let large = ReportFixture.report(customers: customers, clusters: clusters)
        let distinctIDs = Set(large.clusters.flatMap { $0.members.flatMap(\.fields.keys) }.filter { $0.hasPrefix("phone_numbers[") })
        #expect(distinctIDs.count > 300)
        #expect(MergesCSV.table(large).header == MergesCSV.table(ReportFixture.report()).header)
        let text = MergesCSV.text(large)
        #expect(text.contains("\"mob: 0612345678 | 710000: 0620010000\""))
    }

    /// The files are written from pieces spelled on all cores; joined they are the whole table,
    /// byte for byte, in order, also when the rows span many chunks.
    @Test func piecesSpelledInChunksAreTheWholeTable() throws {
        var clusters = ReportFixture.clusters
        var customers = ReportFixture.customers
        for index in 0..<3_000 {
            let a = 20_000 + 2 * index, b = a + 1
            for id in [a, b] {
                var customer = ReportFixture.customers[index % ReportFixture.customers.count]
                customer.id = id
                customer.customer.customerID = id
                customers.append(customer)
            }
            clusters.append(DuplicateCluster(id: "c-\(a)", customerIDs: [a, b], confidence: 0.9, band: .likely, survivorID: a,
                                             pairs: [ScoredPair(a: a, b: b, score: 0.9, weight: 5, evidence: [])]))
        }
        let large = ReportFixture.report(customers: customers, clusters: clusters)
        let merges = MergesCSV.pieces(large)
        #expect(merges.count > 2, "more than the header and one chunk")
        #expect(merges.flatMap { $0 } == MergesCSV.bytes(large))
        #expect(FindingsCSV.pieces(large).flatMap { $0 } == FindingsCSV.bytes(large))
        let empty = ReportFixture.report(customers: [], clusters: [])
        #expect(MergesCSV.pieces(empty).flatMap { $0 } == MergesCSV.bytes(empty))
    }

    @Test func maskedCSVHidesEmailsAndPhones() throws {
        let dir = ReportFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try ReportWriter.write(ReportFixture.report(), to: dir, formats: [.csv], maskPII: true)
        for name in ["findings.csv", "merges.csv"] {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            #expect(!text.contains("jan.vdberg@"), "\(name) leaks an e-mail address")
            #expect(!text.contains("11112222"), "\(name) leaks a phone number")
        }
    }
}
