import CustomerGenerator
import CustomerModel
import Foundation
import Testing
import TestSupport

/// Every exit code of CONTRACT.md, from the real binary.
@Suite struct ExitCodeTests {
    /// A small generated data set written as a JSON array.
    static func writeCustomers(_ configuration: GeneratorConfiguration, to folder: URL, name: String = "customers.json") throws -> URL {
        let dataset = DutchCustomerGenerator.generate(configuration)
        let url = folder.appendingPathComponent(name)
        try Data(("[" + dataset.customers.map { $0.raw.isEmpty ? CustomerJSON.encode($0) : $0.raw }.joined(separator: ",\n") + "]").utf8).write(to: url)
        return url
    }

    @Test func analyzeWritesTheReportsAndExitsZero() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        let input = try Self.writeCustomers(GeneratorConfiguration(seed: 7, customers: 400), to: folder)
        let result = try await CLIRunner.run(["analyze", "--input", input.path, "--out", "out", "--quiet"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("out/report.json"))) as? [String: Any]
        let summary = report?["summary"] as? [String: Any]
        #expect(summary?["customers"] as? Int == 400)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/report.html").path))
        #expect(result.stdout.contains("out/report.html"), "the summary ends with the report's path")
    }

    @Test func analyzeReadsJSONLinesFromStandardInput() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        let lines = (1...25).map { #"{"customer_id": \#($0), "name": "Jansen", "postcode": "5388GM", "country_code_iso_3166": "NL"}"# }
        let result = try await CLIRunner.run(["analyze", "--input", "-", "--out", "stdin-report", "--format", "json", "--quiet"],
                                       in: folder, stdin: Data(lines.joined(separator: "\n").utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("stdin-report/report.json"))) as? [String: Any]
        #expect((report?["source"] as? [String: Any])?["kind"] as? String == "file")
        #expect((report?["summary"] as? [String: Any])?["customers"] as? Int == 25)
    }

    @Test func usageErrorsExitTwo() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        let unknownFlag = try await CLIRunner.run(["analyze", "--no-such-flag"], in: folder)
        #expect(unknownFlag.status == 2)
        let conflicting = try await CLIRunner.run(["analyze", "--input", "x.json", "--from-api"], in: folder)
        #expect(conflicting.status == 2)
    }

    @Test func anInvalidRulesFileExitsTwoNamingFileLineAndKey() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        let rules = folder.appendingPathComponent("my-rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        let shipped = try String(contentsOf: TestSupportPaths.rules.appendingPathComponent("quality.yml"), encoding: .utf8)
        try (shipped + "\nno_such_setting: 3\n").write(to: rules.appendingPathComponent("quality.yml"), atomically: true, encoding: .utf8)
        let input = try Self.writeCustomers(GeneratorConfiguration(seed: 1, customers: 20), to: folder)
        let result = try await CLIRunner.run(["analyze", "--input", input.path, "--rules", rules.path, "--out", "out"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("quality.yml:"), "names the file and line: \(result.stderr)")
        #expect(result.stderr.contains("no_such_setting"), "names the key: \(result.stderr)")
    }

    @Test func anUnreachableAPIExitsThreeWithoutShowingThePassword() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        let secret = "s3cret-\(UUID().uuidString)"
        let result = try await CLIRunner.run(
            ["analyze", "--from-api", "--base-url", "http://127.0.0.1:9", "--store", "store.sqlite", "--out", "out"],
            in: folder, environment: ["CYCLESOFTWARE_USERNAME": "shop", "CYCLESOFTWARE_PASSWORD": secret])
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("the connection was refused: check the base URL"), "\(result.stderr)")
        #expect(!result.stderr.contains(secret) && !result.stdout.contains(secret))
    }

    /// A --base-url the client refuses (plain http to another host, or no URL at all) is a usage
    /// error: the same code, 2, from every command that takes one, before anything is opened.
    @Test(arguments: ["http://example.com", "not a url"])
    func aBadBaseURLExitsTwoFromEveryCommand(_ baseURL: String) async throws {
        let folder = try CLIRunner.temporaryDirectory()
        try Data(#"{"customer_id": 1, "name": "Jansen", "postcode": "5388GM", "house_number": "12"}"#.utf8)
            .write(to: folder.appendingPathComponent("new.json"))
        let environment = ["CYCLESOFTWARE_USERNAME": "shop", "CYCLESOFTWARE_PASSWORD": "secret"]
        for arguments in [["sync", "--store", "store.sqlite"],
                          ["analyze", "--from-api", "--store", "store.sqlite", "--out", "out"],
                          ["gate", "--from-api", "--store", "store.sqlite", "--out", "out"],
                          ["check", "--customer", "new.json"]] {
            let result = try await CLIRunner.run(arguments + ["--base-url", baseURL], in: folder, environment: environment)
            #expect(result.status == 2, "\(arguments[0]): \(result.stderr)")
            #expect(result.stderr.hasPrefix("customer-audit: error: "), "\(arguments[0]): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("store.sqlite").path),
                "no store is left behind for a sync that never started")
    }

    @Test func missingCredentialsExitThreeNamingTheVariables() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        let result = try await CLIRunner.run(["analyze", "--from-api", "--store", "store.sqlite"], in: folder)
        #expect(result.status == 3)
        #expect(result.stderr.contains("CYCLESOFTWARE_USERNAME"))
    }

    @Test func unreadableInputExitsFour() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        let missing = try await CLIRunner.run(["analyze", "--input", "missing.json"], in: folder)
        #expect(missing.status == 4)
        #expect(missing.stderr.contains("missing.json"))

        try Data("{\"customer_id\": 1}\n{\"customer_id\": \n".utf8).write(to: folder.appendingPathComponent("broken.jsonl"))
        let broken = try await CLIRunner.run(["analyze", "--input", "broken.jsonl"], in: folder)
        #expect(broken.status == 4)
        #expect(broken.stderr.contains("line 2"), "\(broken.stderr)")

        let noStore = try await CLIRunner.run(["analyze", "--store", "nothing-here.sqlite"], in: folder)
        #expect(noStore.status == 4)
        #expect(noStore.stderr.contains("sync"), "tells the user to sync first: \(noStore.stderr)")
    }
}

enum TestSupportPaths {
    static var rules: URL { TestSupport.packageRoot.appendingPathComponent("rules") }
}
