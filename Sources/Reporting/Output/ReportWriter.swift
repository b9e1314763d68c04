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
    public static func write(_ report: Report, to dir: URL, formats: Set<ReportFormat>, maskPII: Bool) throws -> [URL] {
        try makeDirectory(dir)
        let files = try spell(report, formats: formats, maskPII: maskPII)
        // Spelled first, then written, in a fixed order: a failure leaves no half of the set behind it.
        var written: [URL] = []
        for file in files {
            let url = dir.appendingPathComponent(file.name)
            try writePrivate(file.bytes, to: url)
            written.append(url)
        }
        return written
    }

    /// The files' bytes, spelled on all cores: report.json, the page and the CSV files are
    /// independent, and for a large base each takes seconds.
    static func spell(_ report: Report, formats: Set<ReportFormat>, maskPII: Bool) throws -> [(name: String, bytes: [UInt8])] {
        let wanted = ReportFormat.allCases.filter { formats.contains($0) }
        let needsJSON = wanted.contains(.json) || (wanted.contains(.html) && !maskPII)
        let encoded = needsJSON ? try EncodedJSON(report) : nil
        let shown = maskPII ? PIIMasker.mask(report) : report
        var jobs: [(name: String, make: () throws -> [UInt8])] = []
        for format in wanted {
            switch format {
            case .json:
                jobs.append(("report.json", { encoded!.text(pretty: true) + [UInt8(ascii: "\n")] }))
            case .html:
                jobs.append(("report.html", {
                    let json = maskPII ? try EncodedJSON(shown).text(pretty: false) : encoded!.text(pretty: false)
                    return HTMLReportRenderer.page(shown, compactJSON: json, maskedPII: maskPII)
                }))
            case .csv:
                jobs.append(("findings.csv", { FindingsCSV.bytes(shown) }))
                jobs.append(("merges.csv", { MergesCSV.bytes(shown) }))
            case .junit:
                if let gate = report.gate { jobs.append(("report.junit.xml", { Array(JUnitWriter.xml(gate, report: report).utf8) })) }
            }
        }
        // Each job writes only its own slot.
        let results = UnsafeMutableBufferPointer<Result<[UInt8], Error>>.allocate(capacity: jobs.count)
        defer { results.deinitialize().deallocate() }
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            (results.baseAddress! + index).initialize(to: Result { try jobs[index].make() })
        }
        return try jobs.indices.map { index in (jobs[index].name, try results[index].get()) }
    }

    private static func makeDirectory(_ dir: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: dir.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw ReportWriteError(path: dir.path, problem: "exists and is not a folder") }
            return
        }
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw ReportWriteError(path: dir.path, problem: "cannot create the folder (\(error.localizedDescription))")
        }
    }

    /// Creates the file with mode 0600 from the start (no moment where others can read it), under a
    /// temporary name that is renamed into place, so a reader never sees half a report.
    private static func writePrivate(_ data: [UInt8], to url: URL) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw ReportWriteError(path: url.path, problem: "cannot be created (\(String(cString: strerror(errno))))") }
        // O_CREAT's mode only applies to new files; a stale temporary may have other bits.
        fchmod(fd, 0o600)
        let ok = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 { if errno == EINTR { continue }; return false }
                offset += n
            }
            return true
        }
        let closed = close(fd) == 0
        guard ok, closed, rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw ReportWriteError(path: url.path, problem: "cannot be written (\(reason))")
        }
    }
}
