import CustomerGenerator
import Foundation
import Testing
import TestSupport

/// What the built binary says when a first run goes wrong, and how a run ends.
@Suite struct CommandLineMessagesTests {
    static let prefix = "customer-audit: error: "

    @Test func aMistypedCommandGetsASuggestion() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        let typo = try await CLIRunner.run(["analyse", "--input", "customers.json"], in: folder)
        #expect(typo.status == 2)
        #expect(typo.stderr == Self.prefix + "unknown command 'analyse'; did you mean 'analyze'?\n", "\(typo.stderr)")
        let unknown = try await CLIRunner.run(["frobnicate"], in: folder)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix(Self.prefix + "unknown command 'frobnicate'") && unknown.stderr.contains("analyze"))
    }

    /// Help is not an error: every command, nested ones included, prints its own and exits 0.
    @Test(arguments: [["--help"], ["analyze", "--help"], ["fix", "--help"], ["fix", "plan", "--help"], ["fix", "apply", "-h"],
                      ["help", "gate"]])
    func helpIsPrintedAndExitsZero(arguments: [String]) async throws {
        let folder = try CLIRunner.temporaryDirectory()
        let result = try await CLIRunner.run(arguments, in: folder)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        #expect((result.stdout + result.stderr).contains("USAGE: customer-audit"), "\(arguments): \(result.stdout)\(result.stderr)")
        #expect(!result.stderr.contains(Self.prefix), "\(arguments): \(result.stderr)")
    }

    /// ArgumentParser's own complaints, the commands' checks and failures: one prefix, no other.
    @Test(arguments: [
        (["analyze", "--no-such-flag"], Int32(2)),
        (["analyze", "--input", "missing.json", "--out", "out"], Int32(4)),
        (["export", "--store", "missing.sqlite"], Int32(4)),
        (["sandbox", "--port", "70000"], Int32(2)),
        (["rules", "--rules", "no-such-folder"], Int32(2)),
        (["gate", "--baseline", "missing.json"], Int32(2)),
    ])
    func everyErrorSpeaksWithOnePrefix(arguments: [String], status: Int32) async throws {
        let folder = try CLIRunner.temporaryDirectory()
        let result = try await CLIRunner.run(arguments, in: folder)
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        #expect(result.stderr.hasPrefix(Self.prefix), "\(arguments): \(result.stderr)")
        let errorLines = result.stderr.split(separator: "\n").filter { $0.lowercased().contains("error:") }
        #expect(errorLines.count == 1 && !result.stderr.contains("Error:"), "\(arguments): \(result.stderr)")
    }

    /// The folder is checked before the input is even read: the answer is about --out (exit 2),
    /// not about the input file that does not exist (exit 4).
    @Test func anOutThatIsAFileStopsTheRunBeforeAnyWork() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        try Data("taken".utf8).write(to: folder.appendingPathComponent("taken"))
        for out in ["taken", "taken/inside"] {
            let result = try await CLIRunner.run(["analyze", "--input", "missing.json", "--out", out], in: folder)
            #expect(result.status == 2, "\(out): \(result.stderr)")
            #expect(result.stderr.hasPrefix(Self.prefix) && result.stderr.contains("--out") && result.stderr.contains("is a file"),
                    "\(result.stderr)")
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("taken"), encoding: .utf8) == "taken")
    }

    @Test func aWarningThresholdOutsideStrictIsNotCalledFailed() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        let shouting = GateWorkflowTests.cleanCustomers.replacingOccurrences(of: "\"Verhoeven\"", with: "\"VERHOEVEN\"")
        try Data(shouting.utf8).write(to: folder.appendingPathComponent("customers.json"))
        let lenient = try await CLIRunner.run(["gate", "--input", "customers.json", "--out", "lenient", "--quiet"], in: folder)
        #expect(lenient.status == 0, "\(lenient.stdout) \(lenient.stderr)")
        #expect(!lenient.stdout.contains("FAILED"), "\(lenient.stdout)")
        #expect(lenient.stdout.contains("gate: not enforced (--strict) warnings_per_1000_customers"), "\(lenient.stdout)")
        let strict = try await CLIRunner.run(["gate", "--input", "customers.json", "--out", "strict", "--quiet", "--strict"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("gate: FAILED warnings_per_1000_customers"), "\(strict.stdout)")
    }

    @Test func analyzePrintsOneLineOfStageTimesUnlessAskedForEveryStep() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        let input = try ExitCodeTests.writeCustomers(GeneratorConfiguration(seed: 3, customers: 200), to: folder)
        let short = try await CLIRunner.run(["analyze", "--input", input.path, "--out", "short"], in: folder)
        #expect(short.status == 0, "\(short.stderr)")
        let stageLines = short.stderr.split(separator: "\n").filter { $0.hasPrefix("done in ") }
        #expect(stageLines.count == 1, "\(short.stderr)")
        for stage in ["read input", "normalize", "quality + matching", "report", "write reports"] {
            #expect(stageLines.first?.contains(stage) == true, "\(stage) missing: \(short.stderr)")
        }
        #expect(!short.stderr.contains("matching: "), "inner steps only with --timings: \(short.stderr)")
        #expect(short.stdout.split(separator: "\n").last?.hasSuffix("short/report.html") == true, "\(short.stdout)")

        let detailed = try await CLIRunner.run(["analyze", "--input", input.path, "--out", "detailed", "--timings"], in: folder)
        #expect(detailed.status == 0, "\(detailed.stderr)")
        #expect(detailed.stderr.contains("matching: "), "\(detailed.stderr)")
    }

    @Test func theDemoEndsWithThePathOfTheHTMLReport() async throws {
        let folder = try CLIRunner.temporaryDirectory()
        let demo = try await CLIRunner.run(["demo", "--customers", "300", "--out", "demo-out"], in: folder)
        #expect(demo.status == 0, "\(demo.stderr)")
        let last = demo.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasSuffix("demo-out/report.html"), "\(demo.stdout)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("demo-out/report.html").path))
        #expect(!demo.stderr.contains("0 pages"), "\(demo.stderr)")
    }
}
