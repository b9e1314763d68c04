import ArgumentParser
import Matching

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
        try await withContractExitCodes {
            if explainBlocking { return try await printBlocking() }
            _ = try await AnalysisRun(input: input, rules: rules, output: output, kind: "analyze").execute(console: .shared)
        }
    }

    /// Blocking only: what each rule contributes, so a user tuning `rules/matching.yml` sees the
    /// cost of a rule before a full run.
    private func printBlocking() async throws {
        let settings = try rules.loadSettings()
        let loaded = try await InputLoader.load(input, console: .shared)
        let normalized = settings.normalizer.normalize(loaded.customers)
        let finder = DuplicateFinder(configuration: settings.matching)
        let (pairs, _, stats) = finder.candidatePairs(normalized)
        print("\(normalized.count) customers, \(pairs.count) candidate pairs after de-duplication")
        print("rule\tkeys\tpairs generated\tnew after de-duplication\tblocks\tlargest block\tcapped blocks")
        for rule in stats {
            print("\(rule.rule)\t\(rule.description)\t\(rule.pairsGenerated)\t\(rule.pairsAfterDeduplication)\t\(rule.blocks)\t\(rule.largestBlock)\t\(rule.cappedBlocks)")
        }
        print("blocks above \(settings.matching.maxBlockSize) customers are capped: each customer is paired with its next \(settings.matching.window) by name")
    }
}
