import Foundation

/// Encodes `Encodable` values as JSON with sorted keys, byte for byte as Foundation's `JSONEncoder`
/// does with `[.sortedKeys, .withoutEscapingSlashes]` (plus `.prettyPrinted` when asked), at a
/// multiple of its speed and without its tree of every value: a report of a million customers is
/// hundreds of megabytes, and Foundation's encoder (~30 MB/s here, gigabytes of memory) would
/// spend most of a run writing it.
///
/// Keys sort by their UTF-8 bytes; doubles are spelled as Swift prints them without a trailing
/// `.0`; non-finite numbers are an `EncodingError`, as with Foundation's default.
public struct SortedJSONEncoder: Sendable {
    public var pretty: Bool

    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let compact = try EncodedJSON(value).compact
        return pretty ? JSONPrettyPrinter.print(compact) : compact
    }
}

/// A value spelled once as compact JSON with sorted keys, to be written pretty (report.json) or
/// compact (inside report.html).
public struct EncodedJSON: Sendable {
    public let compact: [UInt8]

    public init<T: Encodable>(_ value: T) throws {
        compact = try Self.spell(value)
    }

    /// The pretty text in pieces of about a megabyte.
    public func pretty(_ emit: ([UInt8]) throws -> Void) rethrows {
        try JSONPrettyPrinter.print(compact, emit: emit)
    }

    static func spell<T: Encodable>(_ value: T) throws -> [UInt8] {
        let buffer = JSONBuffer()
        let root = JSONStackEncoder(buffer: buffer)
        try value.encode(to: root)
        root.finish()
        guard !buffer.interleaved else { return try foundation(value) }
        return buffer.bytes
    }

    /// Containers filled out of order cannot be spelled in one pass: Foundation's encoder, which
    /// keeps every value until the end, gives the same bytes.
    private static func foundation<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }
}
