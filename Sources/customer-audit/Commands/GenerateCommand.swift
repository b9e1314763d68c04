import ArgumentParser
import Audit
import CustomerGenerator
import Foundation

/// `customer-audit generate`: a seeded data set of Dutch customers with planted duplicates, hard
/// negatives and quality problems, and its ground truth. Streams, so a million customers is fine.
struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Writes generated Dutch customers (with planted duplicates and problems) and their ground truth."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl
    }

    @Option(help: "Number of customer records.")
    var customers: Int = 5_000

    @Option(help: "Random seed; the same seed and options give the same output.")
    var seed: UInt64 = 42

    @Option(help: "Output file (standard output when omitted).")
    var out: String?

    @Option(help: "Where to write the ground truth as JSON (duplicate groups, hard negatives, planted problems).")
    var truth: String?

    @Option(help: "json: one JSON array; jsonl: one customer a line.")
    var format: Format = .json

    @Option(help: "Share of real customers registered more than once.")
    var duplicateRate: Double = GeneratorConfiguration().duplicateRate

    @Option(help: "Share of records in households and other look-alike groups.")
    var hardNegativeRate: Double = GeneratorConfiguration().hardNegativeRate

    @Option(help: "Share of records with a planted quality problem.")
    var problemRate: Double = GeneratorConfiguration().problemRate

    @Option(help: "Share of names in a non-Latin script.")
    var nonLatinRate: Double = GeneratorConfiguration().nonLatinRate

    func validate() throws {
        guard customers >= 0 else { throw ValidationError("--customers must be 0 or more") }
        for (name, rate) in [("--duplicate-rate", duplicateRate), ("--hard-negative-rate", hardNegativeRate),
                             ("--problem-rate", problemRate), ("--non-latin-rate", nonLatinRate)] where !(0...1).contains(rate) {
            throw ValidationError("\(name) must be between 0 and 1")
        }
    }

    func run() async throws {
        let configuration = GeneratorConfiguration(seed: seed, customers: customers, duplicateRate: duplicateRate,
                                                   hardNegativeRate: hardNegativeRate, problemRate: problemRate,
                                                   nonLatinRate: nonLatinRate)
        // Worth a progress line on a terminal, or in a log when the run is long.
        let console = Console.shared, shown = customers >= 100_000 || console.stderrIsTerminal
        let truth = try DatasetFiles.write(configuration, out: out, truth: truth, jsonLines: format == .jsonl) { line in
            if shown { console.progress(line) }
        }
        console.note("generated \(customers) customers: \(truth.duplicateGroups.count) duplicate groups, "
                     + "\(truth.hardNegatives.count) hard-negative pairs, \(truth.plantedProblems.count) planted problems")
    }
}
