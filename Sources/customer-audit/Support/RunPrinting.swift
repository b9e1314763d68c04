import Audit
import Snapshot

/// How a run's events and results reach the console.
extension Console {
    /// Progress lines for the stages and sync pages (a "0 pages" line would only precede a failure
    /// or the first page), notes for the rest.
    func runEvents() -> RunEvents {
        RunEvents(pipeline: .lines { text, force in self.progress(text, force: force) },
                  sync: { progress in if progress.pages > 0 { self.progress("sync: \(progress)") } },
                  note: { self.note($0) })
    }

    /// The stage times (unless quiet) and the summary; the last line names the page to open.
    func printSummary(_ result: AnalysisRun.Result, timings detailed: Bool) {
        if !quiet { StageSummary.lines(result.timings, detailed: detailed).forEach(note) }
        RunSummary.lines(result.report, written: result.written).forEach(say)
    }
}
