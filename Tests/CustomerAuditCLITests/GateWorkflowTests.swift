import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The CI use: a clean base passes, planted problems fail it, a baseline lets known problems through.
@Suite struct GateWorkflowTests {
    static let cleanCustomers = """
    [
     {"customer_id": 1, "customer_type_name": "Klant", "postcode": "5388GM", "house_number": "1", "title": "Dhr.", "initials": "T", "first_name": "Tim", "name": "Verhoeven", "street": "Raadhuisplein", "city": "Nistelrode", "country_code_iso_3166": "NL", "email": "tim.verhoeven@gmail.com", "discount_percentage": 0, "phone_numbers": [{"phone_number_id": "mob", "customer_id": 1, "phone_number": "06-12345678"}]},
     {"customer_id": 2, "customer_type_name": "Klant", "postcode": "3511 AB", "house_number": "14", "title": "Mevr.", "initials": "A", "first_name": "Anna", "insertion": "de", "name": "Boer", "street": "Oudegracht", "city": "Utrecht", "country_code_iso_3166": "NL", "email": "anna.deboer@ziggo.nl", "discount_percentage": 5, "phone_numbers": [{"phone_number_id": "tel", "customer_id": 2, "phone_number": "030 231 4455"}]},
     {"customer_id": 3, "customer_type_name": "Klant", "postcode": "9711 LM", "house_number": "7", "title": "Dhr.", "initials": "P", "first_name": "Pieter", "name": "Smit", "street": "Vismarkt", "city": "Groningen", "country_code_iso_3166": "NL", "email": "p.smit@outlook.com", "discount_percentage": 0, "phone_numbers": [{"phone_number_id": "mob", "customer_id": 3, "phone_number": "0687654321"}]},
     {"customer_id": 4, "customer_type_name": "Klant", "postcode": "2011 CW", "house_number": "22", "title": "Mevr.", "initials": "L", "first_name": "Lotte", "name": "Mulder", "street": "Grote Markt", "city": "Haarlem", "country_code_iso_3166": "NL", "email": "lotte.mulder@kpnmail.nl", "discount_percentage": 0, "phone_numbers": [{"phone_number_id": "mob", "customer_id": 4, "phone_number": "+31 6 23456789"}]}
    ]
    """

    /// The same base with two broken records added: an impossible postcode and a broken email.
    static let withProblems = cleanCustomers.replacingOccurrences(of: "\n]", with: """
    ,
     {"customer_id": 5, "customer_type_name": "Klant", "postcode": "538 GM", "house_number": "3", "first_name": "Kees", "name": "Bakker", "street": "Kerkstraat", "city": "Oss", "country_code_iso_3166": "NL", "email": "kees.bakker@gmail.com", "discount_percentage": 0, "phone_numbers": []},
     {"customer_id": 6, "customer_type_name": "Klant", "postcode": "6511 LK", "house_number": "9", "first_name": "Sanne", "name": "Visser", "street": "Burchtstraat", "city": "Nijmegen", "country_code_iso_3166": "NL", "email": "sanne.visser@", "discount_percentage": 0, "phone_numbers": []}
    ]
    """)

    @Test func cleanBasePassesProblemsFailAndABaselineLetsKnownProblemsThrough() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        try Data(Self.cleanCustomers.utf8).write(to: folder.appendingPathComponent("clean.json"))
        try Data(Self.withProblems.utf8).write(to: folder.appendingPathComponent("problems.json"))

        let clean = try await CLIRunner.run(["gate", "--input", "clean.json", "--out", "clean", "--quiet"], in: folder)
        #expect(clean.status == 0, "a clean base passes: \(clean.stdout) \(clean.stderr)")

        let failing = try await CLIRunner.run(["gate", "--input", "problems.json", "--out", "failing", "--quiet"], in: folder)
        #expect(failing.status == 1, "errors fail the gate: \(failing.stdout) \(failing.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("failing/report.json"))) as? [String: Any]
        let gate = report?["gate"] as? [String: Any]
        #expect(gate?["passed"] as? Bool == false, "the verdict is in report.json")

        let junit = try XMLDocument(contentsOf: folder.appendingPathComponent("failing/report.junit.xml"))
        let failures = try junit.nodes(forXPath: "//testcase[failure]")
        #expect(!failures.isEmpty, "a failed threshold is a failing JUnit test case")
        #expect(try junit.nodes(forXPath: "//testcase").count > failures.count, "passing thresholds are test cases too")

        let withBaseline = try await CLIRunner.run(
            ["gate", "--input", "problems.json", "--out", "again", "--baseline", "failing/report.json", "--quiet"], in: folder)
        #expect(withBaseline.status == 0, "nothing new since the baseline: \(withBaseline.stdout) \(withBaseline.stderr)")
    }
}
