import Foundation
import Testing
import TestSupport

/// Input that is not customer data exits 4 and says what was found instead (CONTRACT.md, exit codes).
@Suite struct InputRefusalTests {
    @Test(arguments: [
        (#"{"error": true, "error_message": "Unauthorized"}"#, "API error response"),
        (#"{"error": true, "customers": [{"customer_id": 1, "name": "Jansen"}], "pagination": {"count": 1}}"#, "API error response"),
        (#"{"schema_version": 1, "generated_at": "2026-11-29T10:00:00Z", "summary": {"customers": 3}, "findings": []}"#, #"keys "schema_version""#),
        ("{}", "empty JSON object"),
        ("{ }\n", "empty JSON object"),
        ("", "is empty"),
        ("  \n\n", "is empty"),
        ("[]", "holds no customers"),
        (#"{"customers": [], "pagination": {"count": 0}}"#, "holds no customers"),
        (#"[{}, {"colour": "blue"}]"#, "without any customer field"),
        ("{\"a\": 1}\n{\"b\": 2}\n", "without any customer field"),
    ])
    func notCustomerDataExitsFourSayingWhatWasFound(_ content: String, _ said: String) async throws {
        let folder = try CLIRunner.temporaryDirectory()
        try Data(content.utf8).write(to: folder.appendingPathComponent("input.json"))
        let result = try await CLIRunner.run(["gate", "--input", "input.json", "--out", "out", "--quiet"], in: folder)
        #expect(result.status == 4, "\(content): \(result.stdout) \(result.stderr)")
        #expect(result.stderr.contains(said), "\(content): \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path), "no report for no customers")
    }

    @Test func aFolderOrAFIFOAsInputSaysWhatThePathIs() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("a-folder"), withIntermediateDirectories: true)
        #expect(mkfifo(folder.appendingPathComponent("a-fifo").path, 0o600) == 0)
        for (path, said) in [("a-folder", "is a folder"), ("a-fifo", "is not a regular file (a FIFO)")] {
            let result = try await CLIRunner.run(["analyze", "--input", path, "--out", "out"], in: folder)
            #expect(result.status == 4)
            #expect(result.stderr.contains("\(path): \(said)"), "\(result.stderr)")
            #expect(!result.stderr.contains("NSCocoaErrorDomain") && !result.stderr.contains("permission"), "\(result.stderr)")
        }
    }

    @Test func aDuplicateKeyInARulesFileNamesFileLineAndKey() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        let rules = folder.appendingPathComponent("my-rules")
        try FileManager.default.createDirectory(at: rules, withIntermediateDirectories: true)
        try "rules:\n  postcode.format:\n    enabled: true\n  customer_reference.duplicate:\n    enabled: false\n  postcode.format:\n    enabled: false\n"
            .write(to: rules.appendingPathComponent("quality.yml"), atomically: true, encoding: .utf8)
        try Data(#"[{"customer_id": 1, "name": "Jansen"}]"#.utf8).write(to: folder.appendingPathComponent("c.json"))
        let result = try await CLIRunner.run(["analyze", "--input", "c.json", "--rules", rules.path, "--out", "out"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("quality.yml:6: postcode.format: appears twice"), "\(result.stderr)")
    }
}
