import Foundation
import Testing
import TestSupport

/// Every customer object the API documentation prints goes through `analyze` as a user would
/// feed it: its own shapes are the first data the tool must read.
@Suite struct APIExampleTests {
    static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/api-examples")

    static var examples: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    /// The customer objects in a documented body: one object, an array, or a list page.
    static func customers(in file: URL) throws -> [[String: Any]] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: file))
        if let array = json as? [[String: Any]] { return array }
        if let page = json as? [String: Any], let customers = page["customers"] as? [[String: Any]] { return customers }
        return [try #require(json as? [String: Any])]
    }

    @Test func everyDocumentedBodyIsAFixture() {
        #expect(Self.examples.count == 7)
    }

    @Test(arguments: examples)
    func analyzeReadsTheDocumentedShape(example: String) async throws {
        let input = Self.folder.appendingPathComponent(example)
        let expected = try Self.customers(in: input)
        let work = try CLIRunner.temporaryDirectory()
        let result = try await CLIRunner.run(["analyze", "--input", input.path, "--out", "out", "--quiet"], in: work)
        #expect(result.status == 0, "\(example): \(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: work.appendingPathComponent("out/report.json"))) as? [String: Any])
        #expect((report["summary"] as? [String: Any])?["customers"] as? Int == expected.count)
        let merges = try String(contentsOf: work.appendingPathComponent("out/merges.csv"), encoding: .utf8)
        #expect(merges.split(separator: "\r\n").first.map(String.init)?.contains("phone_numbers[") == false,
                "no column per phone id")
        // An extra number under its numeric id is a number like any other, not an error.
        let findings = report["findings"] as? [[String: Any]] ?? []
        let extraIDs = expected.flatMap { ($0["phone_numbers"] as? [[String: Any]] ?? []).compactMap { $0["phone_number_id"] as? String } }
            .filter { Int($0) != nil }
        for id in extraIDs {
            let about = findings.filter { $0["field"] as? String == "phone_numbers[\(id)]" }
            #expect(about.allSatisfy { $0["severity"] as? String != "error" }, "\(example): \(about)")
        }
    }
}
