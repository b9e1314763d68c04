import Foundation

/// The process's peak resident memory so far (Linux `VmHWM`), read at the end of each stage: the
/// stage after which it jumps is where the memory goes. It is never reset, so that the peak a
/// benchmark reads from outside (`/usr/bin/time`, getrusage) stays the peak of the whole run.
public enum ProcessMemory {
    /// The high-water mark of resident memory since the process started, in MiB; nil where
    /// `/proc` cannot be read.
    public static func peakMiB() -> Double? {
        #if os(Linux)
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kiB = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return nil }
        return kiB / 1024
        #else
        return nil
        #endif
    }
}
