import Audit
import Foundation
import Matching

/// Turns the pipeline's stage reports into progress lines with elapsed time and, within a stage
/// that counts records, an ETA from the rate so far.
enum StageProgress {
    static func sink(console: Console) -> ProgressSink {
        let clock = StageClock()
        return ProgressSink(
            stage: { stage, items in
                clock.startStage()
                let count = items > 1 ? " (\(items.formatted()) records)" : ""
                console.progress(clock.elapsedLabel + stage.rawValue + count, force: true)
            },
            advance: { stage, done, total in
                let share = total > 0 ? Double(done) / Double(total) : 1
                var line = clock.elapsedLabel + stage.rawValue + " \(done.formatted()) of \(total.formatted()) (\(Int(share * 100)) %)"
                if share > 0.02, share < 1 {
                    let stageSeconds = clock.stageSeconds
                    line += String(format: ", about %.0f s left", stageSeconds / share - stageSeconds)
                }
                console.progress(line)
            },
            matching: { update in
                console.progress(clock.elapsedLabel + "duplicates: " + update.stage + (update.detail.map { " " + $0 } ?? "")
                    + " (step \(update.completedStages) of \(update.totalStages))")
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
