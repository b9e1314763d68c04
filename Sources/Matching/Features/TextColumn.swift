/// Many short strings in one allocation: the match keys of every customer for one field.
///
/// A million customers with a dozen keys each would otherwise be a dozen million small heap
/// arrays; one buffer keeps scoring cache-friendly and memory flat. Immutable once built.
public final class TextColumn: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<UInt8>
    private let starts: UnsafeMutableBufferPointer<Int>
    public let count: Int

    /// Builds a column from per-record UTF-8 values; nil and "" are both "missing".
    public init(_ values: [String?]) {
        count = values.count
        var total = 0
        for value in values { total += value?.utf8.count ?? 0 }
        storage = .allocate(capacity: max(1, total))
        starts = .allocate(capacity: values.count + 1)
        var offset = 0
        for (index, value) in values.enumerated() {
            starts[index] = offset
            if let value {
                for byte in value.utf8 { storage[offset] = byte; offset += 1 }
            }
        }
        starts[values.count] = offset
    }

    /// One text per distinct value: `ids[i]` is record i's interned id (ids appear in ascending
    /// order of first use, 0 is missing) and `parts` hold the records' texts in chunks, in order.
    /// Entry `id` is the text of the first record with that id; entry 0 is empty.
    public convenience init(byID ids: [UInt32], _ parts: [TextColumn]) {
        var values: [String?] = [nil]
        var record = 0
        for part in parts {
            for local in 0..<part.count {
                if Int(ids[record]) == values.count { values.append(part.string(local)) }
                record += 1
            }
        }
        self.init(values)
    }

    deinit {
        storage.deallocate()
        starts.deallocate()
    }

    /// The bytes of record `index` (empty when missing); valid as long as the column lives.
    @inline(__always)
    public subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: UnsafeBufferPointer(storage)[starts[index]..<starts[index + 1]])
    }

    @inline(__always)
    public func isMissing(_ index: Int) -> Bool { starts[index] == starts[index + 1] }

    /// The value as a string, for explanations.
    public func string(_ index: Int) -> String? {
        isMissing(index) ? nil : String(decoding: self[index], as: UTF8.self)
    }

    /// Bytes held, for memory figures.
    public var byteCount: Int { starts[count] + (count + 1) * MemoryLayout<Int>.size }
}
