import ArgumentParser
import Foundation
import Reporting

struct GateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gate",
        abstract: "Analyze, then check the thresholds of rules/gate.yml; the exit code tells CI the result.",
        discussion: """
        Exit 0 when every threshold holds, 1 when one fails (the reports, including report.junit.xml, \
        are written either way). With --baseline (or, for the snapshot, the previous run's report) the \
        "no worse than last time" thresholds apply too. Warnings never fail the gate unless --strict.
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var rules: RulesOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .long, help: ArgumentHelp("An earlier report.json to compare with.", valueName: "file"))
    var baseline: String?

    @Flag(name: .long, help: "Let warnings fail the gate too.")
    var strict = false

    func validate() throws {
        if let baseline, !FileManager.default.isReadableFile(atPath: baseline) {
            throw ValidationError("--baseline \(baseline): no such readable file.")
        }
    }

    func run() async throws {
        var passed = true
        try await withContractExitCodes {
            let run = AnalysisRun(input: input, rules: rules, output: output, kind: "gate")
            let result = try await run.execute(console: .shared, baseline: baseline) { report, settings, previous in
                let verdict = Gate.evaluate(report, configuration: settings.gate, baseline: previous, strict: strict)
                return (report.withGate(verdict), [.junit])
            }
            let gate = result.report.gate
            passed = gate?.passed ?? false
            // A warning threshold outside --strict is over but not enforced: it did not fail anything.
            for check in gate?.checks ?? [] where !check.passed {
                Console.shared.say(check.enforced ? "gate: FAILED \(check.name): \(check.message)"
                                                  : "gate: not enforced (--strict) \(check.name): \(check.message)")
            }
            Console.shared.say(passed ? "gate: passed" : "gate: failed")
        }
        if !passed { throw AuditExitCode.gateFailed }
    }
}
