import Foundation
import Testing
import TestSupport

/// Where reports and generated data may go, and how they are left behind.
@Suite struct OutputSafetyTests {
    static let customers = #"[{"customer_id": 1, "name": "Jansen", "postcode": "5388GM", "country_code_iso_3166": "NL"}]"#

    static func mode(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func reportFilesAndTheModelAreOwnerOnly() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        try Data(Self.customers.utf8).write(to: folder.appendingPathComponent("c.json"))
        let result = try await CLIRunner.run(["analyze", "--input", "c.json", "--out", "out", "--quiet"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let out = folder.appendingPathComponent("out")
        #expect(try Self.mode(out) == 0o700)
        for name in ["report.json", "report.html", "findings.csv", "merges.csv", "model.json"] {
            #expect(try Self.mode(out.appendingPathComponent(name)) == 0o600, "\(name)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func theRootFolderAndForeignFoldersAreRefusedBeforeTheRun() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        try Data(Self.customers.utf8).write(to: folder.appendingPathComponent("c.json"))
        let root = try await CLIRunner.run(["analyze", "--input", "c.json", "--out", "/"], in: folder)
        #expect(root.status == 2)
        #expect(root.stderr.contains("root folder"), "\(root.stderr)")

        // The folder holding the input: other files, no earlier report.
        let foreign = try await CLIRunner.run(["analyze", "--input", "c.json", "--out", "."], in: folder)
        #expect(foreign.status == 2)
        #expect(foreign.stderr.contains("no earlier report"), "\(foreign.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.json").path))

        // A folder with an earlier report is written again.
        for _ in 0..<2 {
            let again = try await CLIRunner.run(["analyze", "--input", "c.json", "--out", "out", "--quiet"], in: folder)
            #expect(again.status == 0, "\(again.stderr)")
        }
    }

    @Test func demoRefusesANegativeCustomerCount() async throws {
        let result = try await CLIRunner.run(["demo", "--customers", "-3"], in: try CLIRunner.temporaryDirectory())
        #expect(result.status == 2)
        #expect(result.stderr.contains("--customers"), "\(result.stderr)")
    }

    @Test func generateIntoAMissingFolderSaysWhyAndFails() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        let result = try await CLIRunner.run(["generate", "--customers", "5", "--out", "missing/c.json"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("missing/c.json") && result.stderr.contains("does not exist"), "\(result.stderr)")
    }

    @Test func aKilledGenerateLeavesNoPartialFileAndTheNextRunClearsItsTemporary() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        let (process, _, _) = try CLIRunner.start(["generate", "--customers", "3000000", "--out", "big.json"], in: folder)
        // Wait until the data set is being written, then kill the run.
        var temporaries: [String] = []
        for _ in 0..<600 where process.isRunning {
            temporaries = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".big.json.") }
            if let name = temporaries.first,
               let size = try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[.size] as? Int,
               size > 0 { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        kill(process.processIdentifier, SIGKILL)
        await TestSupport.offThePool { process.waitUntilExit() }
        #expect(!temporaries.isEmpty, "the run wrote under a temporary name")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("big.json").path), "no partial file under the name")

        let next = try await CLIRunner.run(["generate", "--customers", "5", "--out", "big.json"], in: folder)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try Self.mode(folder.appendingPathComponent("big.json")) == 0o600)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".big.json.") }
        #expect(left.isEmpty, "the killed run's temporary is gone: \(left)")
    }
}
