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
        let jobs = self.jobs(report, formats: formats, maskPII: maskPII)
            + alongside.sorted(by: { $0.key < $1.key }).map { name, data in Job(name: name) { file, _ in try file.write(data) } }
        var files: [PrivateFile] = []
        do {
            for job in jobs { files.append(try PrivateFile(dir.appendingPathComponent(job.name))) }
            let opened = files
            let outcomes = run(jobs, into: opened, encoding: jobs.contains(where: \.readsJSON) ? report : nil)
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
        /// Whether `write` reads the report's JSON text (passed to it once spelled).
        var readsJSON = false
        var write: (PrivateFile, EncodedJSON?) throws -> Void
    }

    /// Runs every job on all cores, results in job order. Spelling the JSON text takes most of the
    /// time of a large report, and it is spread over the cores in chunks, but before and after
    /// that spread (starting, joining the chunks, the top-level object) one core would idle, and
    /// the file jobs after it (the page, report.json, the CSV files) do not divide evenly over the
    /// cores either. So the jobs that do not read the JSON text (the CSV files, JUnit, the files
    /// alongside) run on a thread of their own while it is being spelled; then the jobs that read it
    /// run side by side.
    static func run(_ jobs: [Job], into files: [PrivateFile], encoding report: Report?) -> [Result<Void, Error>] {
        let outcomes = JobOutcomes(count: jobs.count)
        let beside = jobs.indices.filter { !jobs[$0].readsJSON }
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            for index in beside { outcomes.set(index, Result { try jobs[index].write(files[index], nil); try files[index].close() }) }
        }
        let readers = jobs.indices.filter { jobs[$0].readsJSON }
        switch Result(catching: { try report.map { try EncodedJSON($0) } }) {
        case .success(let encoded):
            let results = ParallelChunks.mapEach(readers) { index in
                Result { try jobs[index].write(files[index], encoded); try files[index].close() }
            }
            for (index, result) in zip(readers, results) { outcomes.set(index, result) }
        case .failure(let error):
            for index in readers { outcomes.set(index, .failure(error)) }
        }
        group.wait()
        return outcomes.values
    }

    static func jobs(_ report: Report, formats: Set<ReportFormat>, maskPII: Bool) -> [Job] {
        let wanted = ReportFormat.allCases.filter { formats.contains($0) }
        // Only the page and the CSV files show masked values; report.json and JUnit never do.
        let shown = maskPII && (wanted.contains(.html) || wanted.contains(.csv)) ? PIIMasker.mask(report) : report
        var jobs: [Job] = []
        for format in wanted {
            switch format {
            case .json:
                jobs.append(Job(name: "report.json", readsJSON: true) { file, encoded in
                    try encoded!.pretty { try file.write($0) }
                    try file.write([UInt8(ascii: "\n")])
                })
            case .html:
                // A masked page spells its own (masked) JSON text; only the plain page shares report.json's.
                jobs.append(Job(name: "report.html", readsJSON: !maskPII) { file, encoded in
                    let json = maskPII ? try EncodedJSON(shown) : encoded!
                    try HTMLReportRenderer.write(shown, json: json, maskedPII: maskPII) { try file.write($0) }
                })
            case .csv:
                jobs.append(Job(name: "findings.csv") { file, _ in try FindingsCSV.pieces(shown).forEach { try file.write($0) } })
                jobs.append(Job(name: "merges.csv") { file, _ in try MergesCSV.pieces(shown).forEach { try file.write($0) } })
            case .junit:
                if let gate = report.gate {
                    jobs.append(Job(name: "report.junit.xml") { file, _ in try file.write(JUnitWriter.xml(gate, report: report)) })
                }
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

/// Write-once outcome slots of jobs that run on different threads; each index is set once.
private final class JobOutcomes: @unchecked Sendable {
    private var slots: [Result<Void, Error>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ outcome: Result<Void, Error>) {
        lock.lock()
        slots[index] = outcome
        lock.unlock()
    }

    var values: [Result<Void, Error>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
