import Foundation
import Testing

/// Findings people can trust: a clean customer base from the Netherlands, Belgium and Germany, with
/// the mail providers people there really use (outlook.de, web.de, telenet.be …), passes the gate.
@Suite struct CleanBaseGateTests {
    @Test func cleanCustomersFromThreeCountriesPassTheGate() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        // No duplicates, no planted problems and no look-alikes (fathers and sons of one name at one
        // address are the matcher's to tell apart, measured by bench-matching): what is left is
        // clean, and every finding or cluster would be a false alarm.
        let generated = try await CLIRunner.run(["generate", "--customers", "3000", "--seed", "14", "--duplicate-rate", "0",
                                                 "--hard-negative-rate", "0", "--problem-rate", "0", "--non-latin-rate", "0",
                                                 "--out", "clean.json"], in: folder)
        #expect(generated.status == 0, "\(generated.stderr)")
        let customers = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("clean.json"))) as? [[String: Any]] ?? []
        let countries = Set(customers.compactMap { $0["country_code_iso_3166"] as? String }.map { $0.uppercased() })
        #expect(countries.isSuperset(of: ["NL", "BE", "DE"]), "\(countries)")
        let domains = Set(customers.compactMap { ($0["email"] as? String)?.split(separator: "@").last.map(String.init) })
        #expect(domains.isSuperset(of: ["outlook.de", "web.de", "gmx.de", "telenet.be", "ziggo.nl"]), "\(domains.sorted())")

        let gate = try await CLIRunner.run(["gate", "--input", "clean.json", "--rules", TestSupportPaths.rules.path, "--out", "out", "--quiet"],
                                           in: folder)
        #expect(gate.status == 0, "a clean base passes: \(gate.stdout) \(gate.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("out/report.json"))) as? [String: Any]
        let findings = report?["findings"] as? [[String: Any]] ?? []
        let errors = findings.filter { $0["severity"] as? String == "error" }
        #expect(errors.isEmpty, "\(errors.prefix(5))")
        let typos = findings.filter { $0["rule"] as? String == "email.domain_typo" }
        #expect(typos.isEmpty, "\(typos.prefix(5))")
    }

    @Test func aBadEmailProviderFileExitsTwoNamingFileLineAndKey() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        let rules = folder.appendingPathComponent("my-rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try "version: 1\nproviders:\n  NL: [ziggo.nl]\nproviderz: {}\n".write(to: rules.appendingPathComponent("email-providers.yml"),
                                                                          atomically: true, encoding: .utf8)
        try "[{\"customer_id\": 1, \"name\": \"Jansen\"}]".write(to: folder.appendingPathComponent("one.json"), atomically: true, encoding: .utf8)
        let result = try await CLIRunner.run(["analyze", "--input", "one.json", "--rules", rules.path, "--out", "out"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("email-providers.yml:4"), "names the file and line: \(result.stderr)")
        #expect(result.stderr.contains("providerz"), "names the key: \(result.stderr)")
    }
}
