import CustomerGenerator
import Foundation
import Testing

/// `analyze --explain-blocking`: the pairs each blocking rule generates, from the real binary.
@Suite struct ExplainBlockingTests {
    @Test func printsPairsPerRuleAndExitsZeroWithoutReports() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        let input = try ExitCodeTests.writeCustomers(GeneratorConfiguration(seed: 11, customers: 600), to: folder)
        let result = try await CLIRunner.run(["analyze", "--input", input.path, "--out", "out", "--explain-blocking"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("600 customers, ") == true, "\(result.stdout)")
        // One row per rule of the shipped matching.yml, each with its keys and counts.
        let rows = lines.filter { $0.hasPrefix("address\t") || $0.hasPrefix("phone\t") || $0.hasPrefix("email\t") || $0.hasPrefix("name\t") }
        #expect(rows.count == 4, "\(result.stdout)")
        let address = try #require(rows.first { $0.hasPrefix("address\t") }).split(separator: "\t")
        #expect(address[1] == "postcode + house_number")
        let generated = try #require(Int(address[2])), fresh = try #require(Int(address[3]))
        #expect(generated > 0 && fresh <= generated)
        let total = try #require(Int(lines[0].split(separator: " ")[2]))
        let newPerRule = lines.dropFirst(2).compactMap { line -> Int? in
            let cells = line.split(separator: "\t")
            return cells.count == 7 ? Int(cells[3]) : nil
        }
        #expect(newPerRule.reduce(0, +) == total, "pairs new per rule add up to the de-duplicated total")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path), "no reports are written")
    }
}
