import Foundation

/// Lines written to a file handle a megabyte at a time: a million separate writes would dominate
/// an export of a million customers.
public struct BufferedLines {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    public init(_ handle: FileHandle = .standardOutput) {
        self.handle = handle
    }

    public mutating func write(_ line: String) {
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 20 { flush() }
    }

    public mutating func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
