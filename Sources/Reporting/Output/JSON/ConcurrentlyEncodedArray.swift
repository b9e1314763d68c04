import CustomerModel

/// An array whose elements `SortedJSONEncoder` encodes on all cores, in chunks with their own
/// scalar buffers; any other encoder sees a plain array. A large report's clusters and findings
/// are tens of thousands of values, most of its encoding time.
struct ConcurrentlyEncodedArray<Element: Encodable>: Encodable {
    var elements: [Element]

    init(_ elements: [Element]) {
        self.elements = elements
    }

    func encode(to encoder: Encoder) throws {
        guard encoder is JSONTreeEncoder, elements.count >= 2 * Self.chunk else {
            try elements.encode(to: encoder)
            return
        }
        let elements = self.elements
        let chunks = ParallelChunks.map(count: elements.count, minimumChunk: Self.chunk) { range in
            Result { try EncodedJSON(Array(elements[range])) }
        }
        var container = encoder.unkeyedContainer()
        for chunk in chunks {
            let encoded = try chunk.get()
            guard case let .array(box) = encoded.root else { continue }
            for node in box.values { try container.encode(EncodedPart(EncodedJSON(root: node, sharing: encoded))) }
        }
    }

    private static var chunk: Int { 1_024 }
}

/// A node of another encoding run, placed as it is.
struct EncodedPart: Encodable {
    let encoded: EncodedJSON

    init(_ encoded: EncodedJSON) {
        self.encoded = encoded
    }

    func encode(to encoder: Encoder) throws {
        guard let tree = encoder as? JSONTreeEncoder else {
            preconditionFailure("an encoded part is only ever placed by SortedJSONEncoder")
        }
        tree.node = .separate(encoded)
    }
}
