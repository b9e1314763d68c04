import ArgumentParser

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

    func run() async throws {
        try await withContractExitCodes {
            _ = try await AnalysisRun(input: input, rules: rules, output: output, kind: "analyze").execute(console: .shared)
        }
    }
}
