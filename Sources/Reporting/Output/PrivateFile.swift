import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file of customer data being written (report files, generated data sets): created with mode
/// 0600 from the start (no moment where others can read it) under a temporary name, filled piece
/// by piece, and renamed into place only when complete, so a reader never sees half a file.
///
/// The temporary name carries a random part and is created exclusively without following links
/// (`O_CREAT | O_EXCL | O_NOFOLLOW`): a link planted under a guessable name in a shared folder would
/// otherwise send the customer data wherever it points. Temporaries of runs that were killed are
/// removed when the next file of the same name is written (see `TemporaryName`).
public final class PrivateFile {
    public let url: URL
    private let temporary: URL
    private var descriptor: Int32

    public init(_ url: URL) throws {
        self.url = url
        let folder = url.deletingLastPathComponent()
        TemporaryName.removeLeftovers(of: url)
        var attempt = 0
        while true {
            let candidate = folder.appendingPathComponent(TemporaryName.make(for: url.lastPathComponent))
            let opened = open(candidate.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if opened >= 0 {
                temporary = candidate
                descriptor = opened
                break
            }
            // A clash with a random name is another file planted there: draw again, a few times.
            attempt += 1
            guard errno == EEXIST, attempt < 8 else {
                throw ReportWriteError(path: url.path, problem: "cannot be created (\(Self.reason()))")
            }
        }
    }

    /// A handle on the temporary file for writers that take one; closing stays with `close`/`publish`.
    public var fileHandle: FileHandle { FileHandle(fileDescriptor: descriptor, closeOnDealloc: false) }

    public func write(_ bytes: [UInt8]) throws {
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

    public func write(_ text: String) throws {
        try write(Array(text.utf8))
    }

    public func write(_ data: Data) throws {
        try write([UInt8](data))
    }

    /// Closes the file; it stays under its temporary name until `publish`.
    public func close() throws {
        guard descriptor >= 0 else { return }
        let result = Foundation.close(descriptor)
        descriptor = -1
        if result != 0 { throw ReportWriteError(path: url.path, problem: "cannot be written (\(Self.reason()))") }
    }

    public func publish() throws {
        try close()
        guard rename(temporary.path, url.path) == 0 else {
            throw ReportWriteError(path: url.path, problem: "cannot be written (\(Self.reason()))")
        }
    }

    /// Removes the temporary file of a set that failed.
    public func discard() {
        if descriptor >= 0 { _ = Foundation.close(descriptor); descriptor = -1 }
        unlink(temporary.path)
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}
