import ArgumentParser
import Audit

struct AnalyzeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Find broken records and duplicates; write report.json, report.html and CSV files.",
        discussion: """
        Reads the snapshot written by 'sync' unless --input or --from-api says otherwise, runs the \
        quality rules and the duplicate search, and writes the reports into --out \
        (default reports/<UTC timestamp>/). Exit code 0 when done.
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var rules: RulesOptions
    @OptionGroup var output: OutputOptions

    @Flag(name: .customLong("explain-blocking"),
          help: "Print the candidate pairs each blocking rule of matching.yml generates, then exit (no reports).")
    var explainBlocking = false

    func run() async throws {
        let console = Console.shared
        console.quiet = output.quiet
        let settings = try rules.loadSettings()
        if explainBlocking {
            let lines = try await BlockingExplanation.lines(input: try input.runInput(), settings: settings, events: console.runEvents())
            return lines.forEach { print($0) }
        }
        let run = AnalysisRun(kind: .analyze, input: try input.runInput(), settings: settings, out: output.out,
                              formats: try output.formats, maskPII: output.maskPII, decisionsFile: rules.decisions)
        console.printSummary(try await run.execute(events: console.runEvents()), timings: output.timings)
    }
}
