import ArgumentParser
import Audit
import Foundation

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
        let console = Console.shared
        console.quiet = output.quiet
        let settings = try rules.loadSettings()
        let run = AnalysisRun(kind: .gate(strict: strict), input: try input.runInput(), settings: settings,
                              out: output.out, formats: try output.formats, maskPII: output.maskPII,
                              baseline: baseline.map { URL(fileURLWithPath: $0) }, decisionsFile: rules.decisions)
        let result = try await run.execute(events: console.runEvents())
        console.printSummary(result, timings: output.timings)
        RunSummary.gateLines(result.report.gate).forEach(console.say)
        let status = ExitStatus.gate(passed: result.report.gate?.passed)
        if status != .done { throw ExitCode(status.rawValue) }
    }
}
