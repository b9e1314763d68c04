import Foundation

/// report.json text: sorted keys, so two runs on the same input differ only in `generated_at`.
public enum ReportJSON {
    public static func encode(_ report: Report, pretty: Bool = true) throws -> Data {
        var bytes = try SortedJSONEncoder(pretty: pretty).encode(report)
        if pretty { bytes.append(UInt8(ascii: "\n")) }
        return Data(bytes)
    }

    /// JSON that is safe inside an HTML `<script type="application/json">` element: `<`, `>`
    /// and `&` become `\u003c` … (so no value can close the element or open a comment) and
    /// U+2028/2029 are escaped for older script parsers. Only string contents can hold these.
    public static func htmlEmbeddable(_ report: Report) throws -> String {
        htmlEmbeddable(compactJSON: try SortedJSONEncoder(pretty: false).encode(report))
    }

    /// `htmlEmbeddable` of JSON text already spelled compact.
    public static func htmlEmbeddable(compactJSON json: [UInt8]) -> String {
        var out: [UInt8] = []
        htmlEmbeddablePieces(compactJSON: json) { out.append(contentsOf: $0) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The HTML-safe text in pieces of about a megabyte, so a large page is never held twice.
    ///
    /// Byte-wise over UTF-8: the characters to escape are ASCII or the three-byte sequences
    /// E2 80 A8 / E2 80 A9, and no other character's encoding contains those bytes. Runs without
    /// them are copied whole.
    static func htmlEmbeddablePieces(compactJSON json: [UInt8], pieceSize: Int = 1 << 20, emit: ([UInt8]) throws -> Void) rethrows {
        var out = [UInt8]()
        out.reserveCapacity(pieceSize + 64)
        try json.withUnsafeBufferPointer { bytes in
            let count = bytes.count
            var runStart = 0, index = 0
            func flushRun(_ end: Int) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end]))
            }
            while index < count {
                let byte = bytes[index]
                let escape: StaticString
                var length = 1
                switch byte {
                case UInt8(ascii: "<"): escape = "\\u003c"
                case UInt8(ascii: ">"): escape = "\\u003e"
                case UInt8(ascii: "&"): escape = "\\u0026"
                case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                default:
                    index += 1
                    if index - runStart >= pieceSize {
                        flushRun(index)
                        runStart = index
                        try emit(out)
                        out.removeAll(keepingCapacity: true)
                    }
                    continue
                }
                flushRun(index)
                escape.withUTF8Buffer { out.append(contentsOf: $0) }
                index += length
                runStart = index
                if out.count >= pieceSize {
                    try emit(out)
                    out.removeAll(keepingCapacity: true)
                }
            }
            flushRun(count)
        }
        if !out.isEmpty { try emit(out) }
    }
}
