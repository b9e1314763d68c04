import Foundation

/// The times of a run: one line for the five stages a user knows (reading, normalizing, rules and
/// duplicates, report, writing); with `--timings` every step inside them, one a line, with the
/// process's memory peak so far when each measured stage ended.
public enum StageSummary {
    /// The stages of `AnalysisRun` and `AuditPipeline` that a user knows; the rest are steps inside
    /// them (quality, then matching's blocking, scoring and clustering), shown only with `--timings`.
    static let stages = ["read input", "normalize", "quality + matching", "report", "write reports"]

    /// One line, or with `detailed` one line a step.
    public static func lines(_ timings: StageTimings, detailed: Bool) -> [String] {
        guard detailed else { return [line(timings)] }
        return timings.stages.map { stage in
            let name = stage.name.padding(toLength: max(34, stage.name.count), withPad: " ", startingAt: 0)
            let peak = stage.peakMiB.map { String(format: "   peak so far %6.0f MiB", $0) } ?? ""
            return "  \(name) \(String(format: "%7.2f s", stage.seconds))\(peak)"
        }
    }

    static func line(_ timings: StageTimings) -> String {
        let shown = timings.stages.filter { stages.contains($0.name) }
        let total = shown.reduce(0) { $0 + $1.seconds }
        return String(format: "done in %.1f s: ", total)
            + shown.map { "\($0.name) \(String(format: "%.1f s", $0.seconds))" }.joined(separator: ", ")
    }
}
