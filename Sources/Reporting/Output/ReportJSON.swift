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
        String(decoding: htmlEmbeddableBytes(compactJSON: json), as: UTF8.self)
    }

    /// Byte-wise over UTF-8: the characters to escape are ASCII or the three-byte sequences
    /// E2 80 A8 / E2 80 A9, and no other character's encoding contains those bytes. Runs without
    /// them are copied whole.
    static func htmlEmbeddableBytes(compactJSON json: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(json.count + json.count / 64)
        json.withUnsafeBufferPointer { bytes in
            let count = bytes.count
            var runStart = 0, index = 0
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
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                escape.withUTF8Buffer { out.append(contentsOf: $0) }
                index += length
                runStart = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
        }
        return out
    }
}
