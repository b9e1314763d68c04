import Foundation

/// The progress of `fix apply` / `fix undo` on standard error: one line redrawn in place on a
/// terminal, a line every few seconds in a log.
public final class FixProgressLine: @unchecked Sendable {
    private let onTerminal: Bool
    private let label: String
    private var lastShown: ContinuousClock.Instant?
    private var lineOpen = false

    public init(label: String, onTerminal: Bool = isatty(STDERR_FILENO) == 1) {
        self.label = label
        self.onTerminal = onTerminal
    }

    public func show(_ progress: FixProgress) {
        let now = ContinuousClock.now
        let interval: Duration = onTerminal ? .milliseconds(100) : .seconds(5)
        if let lastShown, now - lastShown < interval, progress.done < progress.total { return }
        lastShown = now
        if onTerminal {
            FileHandle.standardError.write(Data("\r\u{1B}[K\(label): \(progress.line)".utf8))
            lineOpen = true
        } else {
            FileHandle.standardError.write(Data("\(label): \(progress.line)\n".utf8))
        }
    }

    /// Closes the progress line so the summary starts on a fresh one.
    public func end() {
        if lineOpen { FileHandle.standardError.write(Data("\n".utf8)) }
        lineOpen = false
    }
}
