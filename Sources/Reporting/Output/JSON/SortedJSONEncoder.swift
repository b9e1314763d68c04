import Foundation

/// Encodes `Encodable` values as JSON with sorted keys, byte for byte as Foundation's `JSONEncoder`
/// does with `[.sortedKeys, .withoutEscapingSlashes]` (plus `.prettyPrinted` when asked), at a
/// multiple of its speed: a report of a million customers is hundreds of megabytes, and Foundation's
/// encoder (~30 MB/s here) would spend most of a run writing it.
///
/// Keys sort by their UTF-8 bytes; doubles are spelled as Swift prints them without a trailing
/// `.0`; non-finite numbers are an `EncodingError`, as with Foundation's default.
public struct SortedJSONEncoder: Sendable {
    public var pretty: Bool

    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        try EncodedJSON(value).text(pretty: pretty)
    }
}

/// A value encoded once, to be spelled pretty (report.json) and compact (inside report.html)
/// without encoding it twice.
public final class EncodedJSON: @unchecked Sendable {
    let scalars: [UInt8]
    let root: JSONNode

    public init<T: Encodable>(_ value: T) throws {
        let scalars = JSONScalars()
        if let string = value as? String {
            root = scalars.string(string)
        } else {
            let encoder = JSONTreeEncoder(scalars: scalars)
            try value.encode(to: encoder)
            root = encoder.node ?? .object(JSONObjectBox())
        }
        self.scalars = scalars.bytes
    }

    /// `root`, a node of `other`'s tree, as a value of its own (sharing the scalar buffer).
    init(root: JSONNode, sharing other: EncodedJSON) {
        self.root = root
        self.scalars = other.scalars
    }

    /// Safe to call from several threads at once: the tree is only read.
    public func text(pretty: Bool) -> [UInt8] {
        var writer = JSONTreeWriter(scalars: scalars, pretty: pretty)
        writer.out.reserveCapacity(scalars.count + scalars.count / (pretty ? 1 : 3))
        writer.write(root, depth: 0)
        return writer.out
    }
}

/// Writes a `JSONNode` tree as text.
struct JSONTreeWriter {
    let scalars: [UInt8]
    let pretty: Bool
    var out: [UInt8] = []
    /// Objects of one type share their keys: their order and quoted spelling are worked out once.
    private var shapes: [ObjectShape] = []
    private static let indentation = [UInt8](repeating: UInt8(ascii: " "), count: 256)

    private struct ObjectShape {
        var keys: [String]
        /// Member positions in key order; a key given twice keeps its last value.
        var order: [Int]
        /// `"key" : ` (or `"key":`) for each position of `order`.
        var prefixes: [[UInt8]]
    }

    init(scalars: [UInt8], pretty: Bool) {
        self.scalars = scalars
        self.pretty = pretty
    }

    mutating func write(_ node: JSONNode, depth: Int) {
        switch node {
        case let .scalar(start, end):
            scalars.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<end])) }
        case let .object(box):
            writeObject(box, depth: depth)
        case let .array(box):
            writeArray(box, depth: depth)
        case let .deferred(encoder):
            write(encoder.node ?? .object(JSONObjectBox()), depth: depth)
        case let .separate(encoded):
            var inner = JSONTreeWriter(scalars: encoded.scalars, pretty: pretty)
            swap(&inner.out, &out)
            inner.write(encoded.root, depth: depth)
            swap(&inner.out, &out)
        }
    }

    private mutating func writeObject(_ box: JSONObjectBox, depth: Int) {
        out.append(UInt8(ascii: "{"))
        let shape = self.shape(of: box.keys)
        for (position, index) in shape.order.enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            newline(depth + 1)
            out.append(contentsOf: shape.prefixes[position])
            write(box.values[index], depth: depth + 1)
        }
        close(UInt8(ascii: "}"), empty: shape.order.isEmpty, depth: depth)
    }

    private mutating func writeArray(_ box: JSONArrayBox, depth: Int) {
        out.append(UInt8(ascii: "["))
        for (position, value) in box.values.enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            newline(depth + 1)
            write(value, depth: depth + 1)
        }
        close(UInt8(ascii: "]"), empty: box.values.isEmpty, depth: depth)
    }

    /// Foundation prints an empty container over three lines when pretty (`[`, an empty line, `]`).
    private mutating func close(_ bracket: UInt8, empty: Bool, depth: Int) {
        if pretty {
            if empty { out.append(UInt8(ascii: "\n")) }
            newline(depth)
        }
        out.append(bracket)
    }

    private mutating func newline(_ depth: Int) {
        guard pretty else { return }
        out.append(UInt8(ascii: "\n"))
        var spaces = depth * 2
        while spaces > 0 {
            let run = min(spaces, Self.indentation.count)
            Self.indentation.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<run])) }
            spaces -= run
        }
    }

    private mutating func shape(of keys: [String]) -> ObjectShape {
        // Most recently used first; a report has a dozen object types.
        if let found = shapes.firstIndex(where: { $0.keys == keys }) {
            if found > 0 { shapes.swapAt(0, found) }
            return shapes[0]
        }
        let order = Self.sortedOrder(keys)
        let prefixes = order.map { index -> [UInt8] in
            var prefix: [UInt8] = []
            JSONText.appendQuoted(keys[index], to: &prefix)
            if pretty { prefix.append(UInt8(ascii: " ")) }
            prefix.append(UInt8(ascii: ":"))
            if pretty { prefix.append(UInt8(ascii: " ")) }
            return prefix
        }
        let shape = ObjectShape(keys: keys, order: order, prefixes: prefixes)
        // Dictionaries with data as keys make one-off shapes: keep only a few.
        if shapes.count >= 32 { shapes.removeLast() }
        shapes.insert(shape, at: 0)
        return shape
    }

    /// Member positions in key order; a key given twice keeps its last value, as a dictionary would.
    static func sortedOrder(_ keys: [String]) -> [Int] {
        var order = Array(keys.indices)
        order.sort { keys[$0].utf8.lexicographicallyPrecedes(keys[$1].utf8) }
        var unique: [Int] = []
        unique.reserveCapacity(order.count)
        for index in order {
            if let last = unique.last, keys[last] == keys[index] {
                unique[unique.count - 1] = max(last, index)
            } else {
                unique.append(index)
            }
        }
        return unique
    }
}
