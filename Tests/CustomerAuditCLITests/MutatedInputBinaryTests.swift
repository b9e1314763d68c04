import CustomerModel
import Foundation
import Testing
import TestSupport

/// Damaged customer files through the built binary (the in-process suite runs thousands more):
/// exit 0 with every readable record in report.json, or exit 4; never a crash or another code.
@Suite struct MutatedInputBinaryTests {
    static let cases = 120

    @Test func damagedFilesExitZeroOrFourAndLoseNoReadableCustomer() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        var outcomes: [Int32: Int] = [:]
        for (index, file) in MutatedCustomerFiles.cases(count: Self.cases, seed: 0xB1_4A27).enumerated() {
            let input = folder.appendingPathComponent("case-\(index).json")
            try file.data.write(to: input)
            let out = "out-\(index)"
            let result = try await CLIRunner.run(["analyze", "--input", input.path, "--out", out, "--format", "json", "--quiet"], in: folder)
            outcomes[result.status, default: 0] += 1
            #expect(result.status == 0 || result.status == 4, "case \(index) (\(file.mutation)): exit \(result.status) \(result.stderr.prefix(500))")
            guard result.status == 0 else { continue }
            let readable = try CustomerJSON.decodeCustomers(file.data)
            let report = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("\(out)/report.json"))) as? [String: Any]
            #expect((report?["summary"] as? [String: Any])?["customers"] as? Int == readable.count, "case \(index) (\(file.mutation))")
            #expect(file.untouchedIDs.isSubset(of: Set(readable.compactMap(\.customerID))), "case \(index) (\(file.mutation))")
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(out))
        }
        print("fuzz (binary, seed 0xB14A27): \(Self.cases) cases; " + outcomes.sorted { $0.key < $1.key }.map { "exit \($0.key): \($0.value)" }.joined(separator: "; "))
    }
}
