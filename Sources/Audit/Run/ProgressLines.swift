import Foundation
import Matching

extension ProgressSink {
    /// The pipeline's stage reports as progress lines with elapsed time and, within a stage that
    /// counts records, an ETA from the rate so far. `line` gets each line and whether it must be
    /// shown even where progress is thinned out (the first line of a stage).
    public static func lines(_ line: @escaping @Sendable (_ text: String, _ force: Bool) -> Void) -> ProgressSink {
        let clock = StageClock()
        return ProgressSink(
            stage: { stage, items in
                clock.startStage()
                let count = items > 1 ? " (\(items.formatted()) records)" : ""
                line(clock.elapsedLabel + stage.rawValue + count, true)
            },
            advance: { stage, done, total in
                let share = total > 0 ? Double(done) / Double(total) : 1
                var text = clock.elapsedLabel + stage.rawValue + " \(done.formatted()) of \(total.formatted()) (\(Int(share * 100)) %)"
                if share > 0.02, share < 1 {
                    let stageSeconds = clock.stageSeconds
                    text += String(format: ", about %.0f s left", stageSeconds / share - stageSeconds)
                }
                line(text, false)
            },
            matching: { update in
                line(clock.elapsedLabel + "duplicates: " + update.stage + (update.detail.map { " " + $0 } ?? "")
                    + " (step \(update.completedStages) of \(update.totalStages))", false)
            })
    }
}

/// When the run and the current stage started; read from worker threads.
private final class StageClock: @unchecked Sendable {
    private let lock = NSLock()
    private let runStart = Date()
    private var stageStart = Date()

    func startStage() {
        lock.lock(); stageStart = Date(); lock.unlock()
    }

    var stageSeconds: Double {
        lock.lock(); defer { lock.unlock() }
        return Date().timeIntervalSince(stageStart)
    }

    var elapsedLabel: String { String(format: "[%5.1fs] ", Date().timeIntervalSince(runStart)) }
}
