import CustomerModel
import Foundation
import Matching
import Reporting
import Snapshot

/// One run of `analyze`, `gate` or `demo`, composed: read the input, run the pipeline, write the
/// report files (model.json included) owner-only and all or nothing, remember the run in the
/// snapshot. What happens along the way goes to `events`; printing is the caller's.
public struct AnalysisRun {
    public enum Kind: Sendable, Equatable {
        case analyze
        /// The thresholds of gate.yml are checked and report.junit.xml is written too.
        case gate(strict: Bool)
        case demo

        var name: String {
            switch self {
            case .analyze: "analyze"
            case .gate: "gate"
            case .demo: "demo"
            }
        }
    }

    public var kind: Kind
    public var input: RunInput
    public var settings: AuditSettings
    /// `--out`; nil names a folder after the start time.
    public var out: String?
    public var formats: Set<ReportFormat>
    public var maskPII: Bool
    /// An earlier report.json to compare with (`gate --baseline`); else the snapshot's history decides.
    public var baseline: URL?
    /// The reviewer decisions file, named in the warning about ids the input does not have.
    public var decisionsFile: String?

    public init(kind: Kind, input: RunInput, settings: AuditSettings, out: String?, formats: Set<ReportFormat> = [.json, .html, .csv],
                maskPII: Bool = false, baseline: URL? = nil, decisionsFile: String? = nil) {
        self.kind = kind
        self.input = input
        self.settings = settings
        self.out = out
        self.formats = formats
        self.maskPII = maskPII
        self.baseline = baseline
        self.decisionsFile = decisionsFile
    }

    public struct Result {
        public var report: Report
        public var directory: URL
        public var written: [URL]
        /// Reading, each pipeline stage and writing, with the memory peak after each.
        public var timings: StageTimings
    }

    public func execute(events: RunEvents = .silent, startedAt: Date = Date()) async throws -> Result {
        let directory = ReportFolder.named(out, startedAt: startedAt)
        try ReportFolder.checkUsable(directory)
        let readStart = Date()
        var loaded = try await input.load(events: events)
        var timings = StageTimings()
        timings.record("read input", Date().timeIntervalSince(readStart), peakMiB: ProcessMemory.peakMiB())
        events.note("read \(loaded.customers.count.formatted()) customers from \(loaded.source.kind)")

        let history = (try? loaded.store?.recentRuns(limit: 12)) ?? []
        let previous = try baseline.map { try Report.load(from: $0) }
            ?? (kind.name == "gate" ? RunBaseline.lastPassedGate(in: loaded.store) : RunBaseline.lastReport(of: history))
        let trend = history.reversed().map { TrendPoint(run: $0) }

        // Handed over, so the records are let go once the pipeline is done with them.
        let customers = loaded.customers
        loaded.customers = []
        let outcome = AuditPipeline(settings: settings).run(
            customers: consume customers, source: loaded.source, previous: previous, trend: trend,
            generatedAt: startedAt, progress: events.pipeline)
        for stage in outcome.timings.stages { timings.record(stage.name, stage.seconds, peakMiB: stage.peakMiB) }
        if !outcome.unknownDecisionIDs.isEmpty, let file = decisionsFile {
            let ids = outcome.unknownDecisionIDs
            events.note("warning: \(file) names \(ids.count) customer id(s) the input does not have, their decisions do nothing: "
                        + ids.prefix(20).map(String.init).joined(separator: ", ") + (ids.count > 20 ? ", …" : ""))
        }
        var report = outcome.report
        var formats = formats
        if case let .gate(strict) = kind {
            report = report.withGate(Gate.evaluate(report, configuration: settings.gate, baseline: previous, strict: strict))
            formats.insert(.junit)
        }

        let written: [URL]
        events.pipeline.stage(.write, 0)
        do {
            written = try timings.measure("write reports") {
                try ReportWriter.write(report, to: directory, formats: formats, maskPII: maskPII,
                                       alongside: ["model.json": try outcome.model.jsonData()])
            }
        } catch {
            throw UsageError(description: "cannot write the report into \(directory.path): \(error)")
        }
        if let store = loaded.store {
            try? store.recordRun(RunRecord(report: report, kind: kind.name, startedAt: startedAt,
                                           reportPath: directory.appendingPathComponent("report.json").path))
        }
        return Result(report: report, directory: directory, written: written, timings: timings)
    }
}

/// What "since last run" and the gate's "no worse than last time" compare with.
enum RunBaseline {
    /// The report of the newest run whose report can still be read.
    static func lastReport(of history: [RunRecord]) -> Report? {
        history.lazy.compactMap { $0.reportPath }.compactMap { try? Report.load(from: URL(fileURLWithPath: $0)) }.first
    }

    /// A gate's baseline without `--baseline`: the newest gate run that passed. A failed run must never
    /// become the baseline, or running the same failing gate again would pass with nothing fixed. The
    /// report file must still be that run's (a later run may have written into the same folder).
    static func lastPassedGate(in store: SnapshotStore?) -> Report? {
        let passed = (try? store?.recentRuns(limit: 100, passedGatesOnly: true)) ?? []
        return passed.lazy.compactMap { run -> Report? in
            guard let path = run.reportPath, let report = try? Report.load(from: URL(fileURLWithPath: path)),
                  report.gate?.passed == true, abs(report.generatedAt.timeIntervalSince(run.startedAt)) < 1 else { return nil }
            return report
        }.first
    }
}
