import AuditSupport
import CustomerModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A report file could not be written.
public struct ReportWriteError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var problem: String
    public var description: String { "\(path): \(problem)" }
}

/// Writes a report's files. The only I/O of the reporting stage.
public enum ReportWriter {
    /// Writes report.json, report.html, findings.csv + merges.csv, report.junit.xml (when a gate ran)
    /// into dir (created; files mode 0600, dir 0700), returns the paths.
    ///
    /// - Parameter maskPII: mask e-mails, phones and house numbers in the HTML and CSV files
    ///   (report.json stays complete: it is the machine-readable record of the run).
    /// - Parameter alongside: further files of the run by name (e.g. `model.json`), written and
    ///   published with the report files, owner-only like them.
    public static func write(_ report: Report, to dir: URL, formats: Set<ReportFormat>, maskPII: Bool,
                             alongside: [String: Data] = [:]) throws -> [URL] {
        try makeDirectory(dir)
        let jobs = try self.jobs(report, formats: formats, maskPII: maskPII)
            + alongside.sorted(by: { $0.key < $1.key }).map { name, data in Job(name: name) { try $0.write(data) } }
        var files: [PrivateFile] = []
        do {
            for job in jobs { files.append(try PrivateFile(dir.appendingPathComponent(job.name))) }
            // The files are spelled and written on all cores (report.json, the page and the CSV files
            // are independent and each takes seconds for a large base), then published together.
            let opened = files
            let outcomes = ParallelChunks.mapEach(Array(jobs.indices)) { index in
                Result { try jobs[index].write(opened[index]); try opened[index].close() }
            }
            for case .failure(let error) in outcomes { throw error }
            try files.forEach { try $0.publish() }
        } catch {
            // Nothing half-written stays behind, whichever step failed (creating, writing, publishing).
            files.forEach { $0.discard() }
            throw error
        }
        return files.map(\.url)
    }

    /// One file of the set and how to write it.
    struct Job {
        var name: String
        var write: (PrivateFile) throws -> Void
    }

    static func jobs(_ report: Report, formats: Set<ReportFormat>, maskPII: Bool) throws -> [Job] {
        let wanted = ReportFormat.allCases.filter { formats.contains($0) }
        let needsJSON = wanted.contains(.json) || (wanted.contains(.html) && !maskPII)
        let encoded = needsJSON ? try EncodedJSON(report) : nil
        // Only the page and the CSV files show masked values; report.json and JUnit never do.
        let shown = maskPII && (wanted.contains(.html) || wanted.contains(.csv)) ? PIIMasker.mask(report) : report
        var jobs: [Job] = []
        for format in wanted {
            switch format {
            case .json:
                jobs.append(Job(name: "report.json") { file in
                    try encoded!.pretty { try file.write($0) }
                    try file.write([UInt8(ascii: "\n")])
                })
            case .html:
                jobs.append(Job(name: "report.html") { file in
                    let json = maskPII ? try EncodedJSON(shown) : encoded!
                    try HTMLReportRenderer.write(shown, json: json, maskedPII: maskPII) { try file.write($0) }
                })
            case .csv:
                jobs.append(Job(name: "findings.csv") { try $0.write(FindingsCSV.bytes(shown)) })
                jobs.append(Job(name: "merges.csv") { try $0.write(MergesCSV.bytes(shown)) })
            case .junit:
                if let gate = report.gate { jobs.append(Job(name: "report.junit.xml") { try $0.write(JUnitWriter.xml(gate, report: report)) }) }
            }
        }
        return jobs
    }

    /// Files this tool writes into a report folder (`demo` keeps its snapshot there too).
    static let ownFileNames: Set<String> = [
        "report.json", "report.html", "findings.csv", "merges.csv", "report.junit.xml", "model.json", "store.sqlite",
    ]

    /// Refuses a report folder that would scatter customer data where it does not belong: the root
    /// folder, a path that is not a folder, and an existing folder that holds other files but no
    /// earlier report (a home or project folder named by mistake). A missing or empty folder, or one
    /// with an earlier report of this tool, is fine. Called before a run starts, so a mistake costs
    /// no analysis, and again before writing.
    public static func checkDestination(_ dir: URL) throws {
        let resolved = dir.standardizedFileURL.resolvingSymlinksInPath().path
        guard resolved != "/" else {
            throw ReportWriteError(path: dir.path, problem: "is the root folder; name a folder of its own for the report")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw ReportWriteError(path: dir.path, problem: "exists and is not a folder") }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        let visible = entries.filter { !$0.hasPrefix(".") }
        guard !visible.isEmpty, !visible.contains(where: ownFileNames.contains) else { return }
        throw ReportWriteError(path: dir.path, problem: "holds other files and no earlier report; name a new or empty folder")
    }

    private static func makeDirectory(_ dir: URL) throws {
        try checkDestination(dir)
        if FileManager.default.fileExists(atPath: dir.path) { return }
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw ReportWriteError(path: dir.path, problem: "cannot create the folder (\(error.localizedDescription))")
        }
    }
}
