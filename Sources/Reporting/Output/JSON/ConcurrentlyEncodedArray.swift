import AuditSupport
import CustomerModel

/// An array whose elements `SortedJSONEncoder` spells on all cores, in chunks; any other encoder
/// sees a plain array. A large report's clusters and findings are tens of thousands of values,
/// most of its encoding time.
struct ConcurrentlyEncodedArray<Element: Encodable>: Encodable {
    var elements: [Element]

    init(_ elements: [Element]) {
        self.elements = elements
    }

    func encode(to encoder: Encoder) throws {
        guard let stack = encoder as? JSONStackEncoder, elements.count >= 2 * Self.chunk else {
            try elements.encode(to: encoder)
            return
        }
        let elements = self.elements
        // Each chunk is spelled as an array of its own; its inside is a run of complete elements.
        let chunks = ParallelChunks.map(count: elements.count, minimumChunk: Self.chunk) { range in
            Result { try EncodedJSON.spell(Array(elements[range])) }
        }
        try stack.setSingle {
            let texts = try chunks.map { try $0.get() }
            // Room for the whole array at once: grown by appending, hundreds of megabytes were
            // copied again at every doubling, on one core while the other waited.
            let insides = texts.reduce(0) { $0 + $1.count - 2 }
            stack.buffer.bytes.reserveCapacity(stack.buffer.bytes.count + insides + texts.count + 1)
            stack.buffer.bytes.append(UInt8(ascii: "["))
            for (index, text) in texts.enumerated() {
                if index > 0 { stack.buffer.bytes.append(UInt8(ascii: ",")) }
                text.withUnsafeBufferPointer { stack.buffer.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[1..<($0.count - 1)])) }
            }
            stack.buffer.bytes.append(UInt8(ascii: "]"))
        }
    }

    private static var chunk: Int { 1_024 }
}
