import Foundation
import Reporting

/// The folder a run writes its reports into.
public enum ReportFolder {
    /// `out` when given, else `reports/<UTC timestamp of the start>/`.
    public static func named(_ out: String?, startedAt date: Date) -> URL {
        if let out { return URL(fileURLWithPath: out, isDirectory: true) }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime]
        let stamp = formatter.string(from: date).replacingOccurrences(of: ":", with: "-") + "Z"
        return URL(fileURLWithPath: "reports", isDirectory: true).appendingPathComponent(stamp, isDirectory: true)
    }

    /// Fails before any work when the reports could not be written into `directory`: a file in
    /// its place (or in the place of a folder above it), or a folder that is not writable. Found
    /// only after the analysis, such a typo would cost the whole run.
    public static func checkUsable(_ directory: URL) throws {
        var folder = directory.standardizedFileURL
        var isDirectory: ObjCBool = false
        while !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return }
            folder = parent
        }
        guard isDirectory.boolValue else {
            let what = folder.path == directory.standardizedFileURL.path ? "is a file" : "is inside \(folder.path), which is a file"
            throw UsageError(description: "--out \(directory.path) \(what), not a folder: choose another --out")
        }
        guard FileManager.default.isWritableFile(atPath: folder.path) else {
            throw UsageError(description: "--out \(directory.path): \(folder.path) is not writable: choose another --out")
        }
        do { try ReportWriter.checkDestination(directory) } catch {
            throw UsageError(description: "cannot write the report into \(directory.path): \((error as? ReportWriteError)?.problem ?? "\(error)")")
        }
    }
}
