import Foundation

/// Talking to the person at the terminal: results on stdout, progress and errors on stderr.
/// On a terminal progress is one line redrawn in place; in a pipe or CI log it is a plain line
/// at most every few seconds, so logs stay short.
final class Console: @unchecked Sendable {
    static let shared = Console()

    let stderrIsTerminal = isatty(STDERR_FILENO) == 1
    var quiet = false
    private let lock = NSLock()
    private var lastPlainLine = Date.distantPast
    private var lineIsOpen = false

    /// A result line for the user (stdout).
    func say(_ text: String) {
        lock.lock(); defer { lock.unlock() }
        closeProgressLine()
        print(text)
        fflush(stdout)
    }

    /// A note on stderr (kept out of stdout so that `export` and `--json` output stay clean).
    func note(_ text: String) {
        guard !quiet else { return }
        lock.lock(); defer { lock.unlock() }
        closeProgressLine()
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    func error(_ text: String) {
        lock.lock(); defer { lock.unlock() }
        closeProgressLine()
        FileHandle.standardError.write(Data(("customer-audit: error: " + text + "\n").utf8))
    }

    /// A progress line; `force` prints it even in a pipe (first and last lines of a stage).
    func progress(_ text: String, force: Bool = false) {
        guard !quiet else { return }
        lock.lock(); defer { lock.unlock() }
        if stderrIsTerminal {
            FileHandle.standardError.write(Data(("\r\u{1B}[2K" + text).utf8))
            lineIsOpen = true
        } else if force || Date().timeIntervalSince(lastPlainLine) >= 5 {
            lastPlainLine = Date()
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    }

    /// Ends an open progress line, so that what follows starts on a fresh one.
    func endProgress() {
        lock.lock(); defer { lock.unlock() }
        closeProgressLine()
    }

    private func closeProgressLine() {
        if lineIsOpen {
            FileHandle.standardError.write(Data("\n".utf8))
            lineIsOpen = false
        }
    }
}
