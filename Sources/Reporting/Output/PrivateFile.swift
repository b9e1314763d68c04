import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A report file being written: created with mode 0600 from the start (no moment where others can
/// read it) under a temporary name, filled piece by piece, and renamed into place only when the
/// whole set of files is complete, so a reader never sees half a report.
final class PrivateFile {
    let url: URL
    private let temporary: URL
    private var descriptor: Int32

    init(_ url: URL) throws {
        self.url = url
        temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw ReportWriteError(path: url.path, problem: "cannot be created (\(Self.reason()))") }
        // O_CREAT's mode only applies to new files; a stale temporary may have other bits.
        fchmod(descriptor, 0o600)
    }

    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw ReportWriteError(path: url.path, problem: "cannot be written (\(Self.reason()))")
                }
                offset += written
            }
        }
    }

    func write(_ text: String) throws {
        try write(Array(text.utf8))
    }

    /// Closes the file; it stays under its temporary name until `publish`.
    func close() throws {
        guard descriptor >= 0 else { return }
        let result = Foundation.close(descriptor)
        descriptor = -1
        if result != 0 { throw ReportWriteError(path: url.path, problem: "cannot be written (\(Self.reason()))") }
    }

    func publish() throws {
        try close()
        guard rename(temporary.path, url.path) == 0 else {
            throw ReportWriteError(path: url.path, problem: "cannot be written (\(Self.reason()))")
        }
    }

    /// Removes the temporary file of a set that failed.
    func discard() {
        if descriptor >= 0 { _ = Foundation.close(descriptor); descriptor = -1 }
        unlink(temporary.path)
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}
