import Foundation

/// The process's peak resident memory, per stage: Linux keeps a high-water mark (`VmHWM`) that
/// writing 5 to `/proc/self/clear_refs` resets to the current size. Elsewhere, or where `/proc`
/// cannot be read, the peak is simply unknown.
public enum ProcessMemory {
    /// Starts a new high-water mark from the current resident size.
    public static func resetPeak() {
        #if os(Linux)
        if let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") {
            handle.write(Data("5".utf8))
            try? handle.close()
        }
        #endif
    }

    /// The high-water mark since the last reset (or the start), in MiB.
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
