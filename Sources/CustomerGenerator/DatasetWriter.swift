import CustomerModel
import Foundation

/// Writes customers' raw JSON to a file handle as a JSON array or JSON Lines, block by block with a
/// large buffer, so a million customers stream out without being held in memory.
public final class DatasetWriter {
    public enum Format: Sendable {
        /// `[` records separated by `,\n` `]` — what `analyze --input` and the sandbox read.
        case jsonArray
        /// One record a line.
        case jsonLines
    }

    private let output: FileHandle
    private let format: Format
    private var wroteFirst = false
    private var buffer = Data()

    public init(output: FileHandle, format: Format) {
        self.output = output
        self.format = format
        buffer.reserveCapacity(1 << 22)
    }

    public func write(_ customers: [Customer]) throws {
        for customer in customers {
            switch format {
            case .jsonArray:
                buffer.append(contentsOf: (wroteFirst ? ",\n" : "[\n").utf8)
                buffer.append(contentsOf: customer.raw.utf8)
            case .jsonLines:
                buffer.append(contentsOf: customer.raw.utf8)
                buffer.append(UInt8(ascii: "\n"))
            }
            wroteFirst = true
            if buffer.count >= 1 << 22 { try flush() }
        }
    }

    /// Closes the array (an empty data set is `[]`) and writes what is buffered.
    public func finish() throws {
        if format == .jsonArray { buffer.append(contentsOf: (wroteFirst ? "\n]\n" : "[]\n").utf8) }
        try flush()
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try output.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
