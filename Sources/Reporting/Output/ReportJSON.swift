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
        var out = [UInt8]()
        out.reserveCapacity(json.count + json.count / 16)
        // Byte-wise over UTF-8: the characters to escape are ASCII or the three-byte sequences
        // E2 80 A8 / E2 80 A9, and no other character's encoding contains those bytes.
        json.withUnsafeBufferPointer { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "<"): out.append(contentsOf: "\\u003c".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "\\u003e".utf8)
                case UInt8(ascii: "&"): out.append(contentsOf: "\\u0026".utf8)
                case 0xE2 where index + 2 < count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    out.append(contentsOf: (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    index += 2
                default: out.append(byte)
                }
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
