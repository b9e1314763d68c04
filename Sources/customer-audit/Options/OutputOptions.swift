import ArgumentParser
import Foundation
import Reporting

/// Where and what `analyze` and `gate` write.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Report folder (default: reports/<UTC timestamp>/).", valueName: "dir"))
    var out: String?

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(
        "Outputs to write, comma separated: json, html, csv (default: all).", valueName: "list"))
    var format: [String] = []

    @Flag(name: .customLong("mask-pii"), help: "Mask emails, phone numbers and house numbers in the HTML and CSV reports (report.json and model.json stay unmasked).")
    var maskPII = false

    @Flag(name: .long, help: "Print only the summary, no progress.")
    var quiet = false

    @Flag(name: .long, help: "Also print the time of every step inside the stages (for tuning and bug reports).")
    var timings = false

    var formats: Set<ReportFormat> {
        get throws {
            let names = format.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() } }
            guard !names.isEmpty else { return [.json, .html, .csv] }
            return try Set(names.map { name in
                guard let format = ReportFormat(rawValue: name), format != .junit else {
                    throw ValidationError("--format \(name): choose from json, html, csv.")
                }
                return format
            })
        }
    }

    func validate() throws {
        _ = try formats
    }

    /// Fails before any work when the reports could not be written into `directory`: a file in
    /// its place (or in the place of a folder above it), or a folder that is not writable. Found
    /// only after the analysis, such a typo would cost the whole run.
    static func checkUsable(_ directory: URL) throws {
        var folder = directory.standardizedFileURL
        var isDirectory: ObjCBool = false
        while !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return }
            folder = parent
        }
        guard isDirectory.boolValue else {
            let what = folder.path == directory.standardizedFileURL.path ? "is a file" : "is inside \(folder.path), which is a file"
            throw OutputError(description: "--out \(directory.path) \(what), not a folder: choose another --out")
        }
        guard FileManager.default.isWritableFile(atPath: folder.path) else {
            throw OutputError(description: "--out \(directory.path): \(folder.path) is not writable: choose another --out")
        }
        do { try ReportWriter.checkDestination(directory) } catch {
            throw OutputError(description: "cannot write the report into \(directory.path): \((error as? ReportWriteError)?.problem ?? "\(error)")")
        }
    }

    /// The report folder for a run that started at `date`.
    func directory(startedAt date: Date) -> URL {
        if let out { return URL(fileURLWithPath: out, isDirectory: true) }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime]
        let stamp = formatter.string(from: date).replacingOccurrences(of: ":", with: "-") + "Z"
        return URL(fileURLWithPath: "reports", isDirectory: true).appendingPathComponent(stamp, isDirectory: true)
    }
}
