import Foundation

/// report.json text: sorted keys, so two runs on the same input differ only in `generated_at`.
public enum ReportJSON {
    public static func encode(_ report: Report, pretty: Bool = true) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(report)
        if pretty { data.append(UInt8(ascii: "\n")) }
        return data
    }

    /// JSON that is safe inside an HTML `<script type="application/json">` element: `<`, `>`
    /// and `&` become `\u003c` … (so no value can close the element or open a comment) and
    /// U+2028/2029 are escaped for older script parsers. Only string contents can hold these.
    public static func htmlEmbeddable(_ report: Report) throws -> String {
        let json = String(decoding: try encode(report, pretty: false), as: UTF8.self)
        var out = ""
        out.reserveCapacity(json.utf8.count + json.utf8.count / 16)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
