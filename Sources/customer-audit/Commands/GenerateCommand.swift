import ArgumentParser
import CustomerGenerator
import CustomerModel
import Foundation
import Reporting

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
        try await withContractExitCodes { try generate() }
    }

    /// Files are written under an exclusive temporary name and renamed when complete, so a killed run
    /// leaves no half data set under the name asked for (and they hold customer data: owner-only).
    private func generate() throws {
        let configuration = GeneratorConfiguration(seed: seed, customers: customers, duplicateRate: duplicateRate,
                                                   hardNegativeRate: hardNegativeRate, problemRate: problemRate,
                                                   nonLatinRate: nonLatinRate)
        let file = try out.flatMap { $0 == "-" ? nil : try Self.create($0) }
        let truthFile = try truth.map(Self.create)
        do {
            let writer = DatasetWriter(output: file?.fileHandle ?? FileHandle.standardOutput,
                                       format: format == .json ? .jsonArray : .jsonLines)
            let progress = GenerateProgress(total: customers, enabled: customers >= 100_000 || isatty(STDERR_FILENO) != 0)
            let groundTruth = try DutchCustomerGenerator.stream(configuration) { block in
                try writer.write(block)
                progress.advance(by: block.count)
            }
            try writer.finish()
            progress.finish()
            try truthFile?.write(try groundTruth.jsonData())
            try file?.publish()
            try truthFile?.publish()
            FileHandle.standardError.write(Data((
                "generated \(customers) customers: \(groundTruth.duplicateGroups.count) duplicate groups, "
                + "\(groundTruth.hardNegatives.count) hard-negative pairs, \(groundTruth.plantedProblems.count) planted problems\n").utf8))
        } catch {
            file?.discard()
            truthFile?.discard()
            throw OutputError(description: "cannot write the generated data: \(error)")
        }
    }

    /// An output file, refused with the reason when it cannot be created (exit 2).
    private static func create(_ path: String) throws -> PrivateFile {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else {
            throw OutputError(description: "cannot write \(path): the folder \(folder.path) does not exist")
        }
        guard isDirectory.boolValue else {
            throw OutputError(description: "cannot write \(path): \(folder.path) is not a folder")
        }
        do {
            return try PrivateFile(URL(fileURLWithPath: path))
        } catch let error as ReportWriteError {
            throw OutputError(description: "cannot write \(path): \(error.problem)")
        }
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
