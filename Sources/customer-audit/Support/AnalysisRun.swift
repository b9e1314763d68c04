import Audit
import CustomerModel
import Foundation
import Matching
import Reporting
import Snapshot

/// What `analyze` and `gate` share: read input and rules, run the pipeline, write the reports,
/// remember the run, print the summary.
struct AnalysisRun {
    var input: InputOptions
    var rules: RulesOptions
    var output: OutputOptions
    var kind: String

    struct Result {
        var report: Report
        var directory: URL
        var written: [URL]
        var settings: AuditSettings
        var store: SnapshotStore?
        var outcome: AuditOutcome
    }

    /// `decorate` runs on the finished report before it is written (the gate adds its verdict).
    func execute(console: Console, baseline explicitBaseline: String? = nil,
                 decorate: (Report, AuditSettings, Report?) throws -> (Report, Set<ReportFormat>) = { report, _, _ in (report, []) }) async throws -> Result {
        console.quiet = output.quiet
        let startedAt = Date()
        let settings = try rules.loadSettings()
        let formats = try output.formats
        let readStart = Date()
        ProcessMemory.resetPeak()
        var loaded = try await InputLoader.load(input, console: console)
        var timings = StageTimings()
        timings.record("read input", Date().timeIntervalSince(readStart), peakMiB: ProcessMemory.peakMiB())
        console.note("read \(loaded.customers.count.formatted()) customers from \(loaded.source.kind)")

        let history = (try? loaded.store?.recentRuns(limit: 12)) ?? []
        let previous = try explicitBaseline.map { try Report.load(from: URL(fileURLWithPath: $0)) }
            ?? history.lazy.compactMap { $0.reportPath }.compactMap { try? Report.load(from: URL(fileURLWithPath: $0)) }.first
        let trend = history.reversed().map { TrendPoint(run: $0) }

        let pipeline = AuditPipeline(settings: settings)
        let progress = StageProgress.sink(console: console)
        // Handed over, so the records are let go once the pipeline is done with them.
        let customers = loaded.customers
        loaded.customers = []
        let outcome = pipeline.run(customers: consume customers, source: loaded.source, previous: previous, trend: trend,
                                   generatedAt: startedAt, progress: progress)
        for stage in outcome.timings.stages { timings.record(stage.name, stage.seconds, peakMiB: stage.peakMiB) }
        let (report, extraFormats) = try decorate(outcome.report, settings, previous)

        let directory = output.directory(startedAt: startedAt)
        let written: [URL]
        progress.stage(.write, 0)
        do {
            written = try timings.measure("write reports") {
                let written = try ReportWriter.write(report, to: directory, formats: formats.union(extraFormats), maskPII: output.maskPII)
                try outcome.model.save(to: directory.appendingPathComponent("model.json"))
                return written
            }
        } catch {
            throw OutputError(description: "cannot write the report into \(directory.path): \(error)")
        }
        if let store = loaded.store {
            try? store.recordRun(RunRecord(report: report, kind: kind, startedAt: startedAt,
                                           reportPath: directory.appendingPathComponent("report.json").path))
        }
        if !output.quiet {
            for stage in timings.stages {
                let name = stage.name.padding(toLength: max(34, stage.name.count), withPad: " ", startingAt: 0)
                let peak = stage.peakMiB.map { String(format: "   peak %6.0f MiB", $0) } ?? ""
                console.note("  \(name) \(String(format: "%7.2f s", stage.seconds))\(peak)")
            }
        }
        Summary.print(report, written: written, console: console)
        return Result(report: report, directory: directory, written: written, settings: settings, store: loaded.store, outcome: outcome)
    }
}
