import ArgumentParser
import Audit
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
            let named = ReportFormat.named(in: format)
            if let unknown = named.unknown { throw ValidationError("--format \(unknown): choose from json, html, csv.") }
            return named.formats
        }
    }

    func validate() throws {
        _ = try formats
    }
}
