import ArgumentParser
import CustomerGenerator
import CustomerModel
import Foundation

/// `customer-audit generate`: a seeded data set of Dutch customers with planted duplicates, hard
/// negatives and quality problems, and its ground truth. Streams, so a million customers is fine.
struct GenerateCommand: ParsableCommand {
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

    func run() throws {
        let configuration = GeneratorConfiguration(seed: seed, customers: customers, duplicateRate: duplicateRate,
                                                   hardNegativeRate: hardNegativeRate, problemRate: problemRate,
                                                   nonLatinRate: nonLatinRate)
        let output: FileHandle
        if let out, out != "-" {
            guard FileManager.default.createFile(atPath: out, contents: nil), let handle = FileHandle(forWritingAtPath: out) else {
                throw CleanExit.message("cannot write \(out)")
            }
            output = handle
        } else {
            output = FileHandle.standardOutput
        }
        let writer = DatasetWriter(output: output, format: format == .json ? .jsonArray : .jsonLines)
        let progress = GenerateProgress(total: customers, enabled: customers >= 100_000 || isatty(STDERR_FILENO) != 0)
        let groundTruth = try DutchCustomerGenerator.stream(configuration) { block in
            try writer.write(block)
            progress.advance(by: block.count)
        }
        try writer.finish()
        if output !== FileHandle.standardOutput { try output.close() }
        progress.finish()
        if let truth {
            try groundTruth.jsonData().write(to: URL(fileURLWithPath: truth))
        }
        FileHandle.standardError.write(Data((
            "generated \(customers) customers: \(groundTruth.duplicateGroups.count) duplicate groups, "
            + "\(groundTruth.hardNegatives.count) hard-negative pairs, \(groundTruth.plantedProblems.count) planted problems\n").utf8))
    }
}

/// A progress line on standard error, redrawn at most every half second.
final class GenerateProgress {
    private let total: Int
    private let enabled: Bool
    private var written = 0
    private let start = Date()
    private var lastDraw = Date.distantPast

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func advance(by count: Int) {
        written += count
        guard enabled, Date().timeIntervalSince(lastDraw) >= 0.5 else { return }
        lastDraw = Date()
        draw(end: "\r")
    }

    func finish() {
        if enabled { draw(end: "\n") }
    }

    private func draw(end: String) {
        let seconds = Date().timeIntervalSince(start)
        let rate = seconds > 0 ? Int(Double(written) / seconds) : 0
        let percent = total > 0 ? written * 100 / total : 100
        FileHandle.standardError.write(Data("generating: \(written)/\(total) customers (\(percent) %), \(rate)/s\(end)".utf8))
    }
}
