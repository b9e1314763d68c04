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
        let directory = output.directory(startedAt: startedAt)
        try OutputOptions.checkUsable(directory)
        let readStart = Date()
        var loaded = try await InputLoader.load(input, console: console)
        var timings = StageTimings()
        timings.record("read input", Date().timeIntervalSince(readStart), peakMiB: ProcessMemory.peakMiB())
        console.note("read \(loaded.customers.count.formatted()) customers from \(loaded.source.kind)")

        let history = (try? loaded.store?.recentRuns(limit: 12)) ?? []
        let previous = try explicitBaseline.map { try Report.load(from: URL(fileURLWithPath: $0)) }
            ?? (kind == "gate" ? Self.lastPassedGate(in: loaded.store) : Self.lastReport(of: history))
        let trend = history.reversed().map { TrendPoint(run: $0) }

        let pipeline = AuditPipeline(settings: settings)
        let progress = StageProgress.sink(console: console)
        // Handed over, so the records are let go once the pipeline is done with them.
        let customers = loaded.customers
        loaded.customers = []
        let outcome = pipeline.run(customers: consume customers, source: loaded.source, previous: previous, trend: trend,
                                   generatedAt: startedAt, progress: progress)
        for stage in outcome.timings.stages { timings.record(stage.name, stage.seconds, peakMiB: stage.peakMiB) }
        if !outcome.unknownDecisionIDs.isEmpty, let file = rules.decisions {
            let ids = outcome.unknownDecisionIDs
            console.note("warning: \(file) names \(ids.count) customer id(s) the input does not have, their decisions do nothing: "
                         + ids.prefix(20).map(String.init).joined(separator: ", ") + (ids.count > 20 ? ", …" : ""))
        }
        let (report, extraFormats) = try decorate(outcome.report, settings, previous)

        let written: [URL]
        progress.stage(.write, 0)
        do {
            written = try timings.measure("write reports") {
                try ReportWriter.write(report, to: directory, formats: formats.union(extraFormats), maskPII: output.maskPII,
                                       alongside: ["model.json": try outcome.model.jsonData()])
            }
        } catch {
            throw OutputError(description: "cannot write the report into \(directory.path): \(error)")
        }
        if let store = loaded.store {
            try? store.recordRun(RunRecord(report: report, kind: kind, startedAt: startedAt,
                                           reportPath: directory.appendingPathComponent("report.json").path))
        }
        if !output.quiet { StageSummary.print(timings, detailed: output.timings, console: console) }
        Summary.print(report, written: written, console: console)
        return Result(report: report, directory: directory, written: written, settings: settings, store: loaded.store, outcome: outcome)
    }

    /// The report of the newest run whose report can still be read (what "since last run" compares with).
    private static func lastReport(of history: [RunRecord]) -> Report? {
        history.lazy.compactMap { $0.reportPath }.compactMap { try? Report.load(from: URL(fileURLWithPath: $0)) }.first
    }

    /// A gate's baseline without `--baseline`: the newest gate run that passed. A failed run must never
    /// become the baseline, or running the same failing gate again would pass with nothing fixed. The
    /// report file must still be that run's (a later run may have written into the same folder).
    private static func lastPassedGate(in store: SnapshotStore?) -> Report? {
        let passed = (try? store?.recentRuns(limit: 100, passedGatesOnly: true)) ?? []
        return passed.lazy.compactMap { run -> Report? in
            guard let path = run.reportPath, let report = try? Report.load(from: URL(fileURLWithPath: path)),
                  report.gate?.passed == true, abs(report.generatedAt.timeIntervalSince(run.startedAt)) < 1 else { return nil }
            return report
        }.first
    }
}
