import Foundation

/// CSV as Excel with Dutch locale settings opens it by double-click: UTF-8 with a byte-order
/// mark (without it Excel assumes Windows-1252 and garbles "Müller"), `;` between cells (Dutch
/// Windows uses "," as decimal separator, so its list separator — what Excel splits on — is ";"),
/// CRLF line ends, and every cell quoted with inner quotes doubled (RFC 4180), so separators,
/// quotes and line breaks inside values stay in their cell.
struct CSVTable {
    static let separator = ";"
    static let byteOrderMark = "\u{FEFF}"

    var header: [String]
    var rows: [[String]] = []

    init(header: [String]) { self.header = header }

    mutating func append(_ row: [String]) { rows.append(row) }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The file's bytes; cells are spelled straight into one buffer (a large merges.csv has a
    /// million cells).
    var bytes: [UInt8] {
        var out = Array(Self.byteOrderMark.utf8)
        for row in [header] + rows {
            for (index, value) in row.enumerated() {
                if index > 0 { out.append(contentsOf: Self.separator.utf8) }
                Self.appendCell(value, to: &out)
            }
            out.append(contentsOf: [0x0D, 0x0A])
        }
        return out
    }

    /// A quoted cell. Text starting with `=`, `+`, `-`, `@` (or a tab / CR) gets a leading `'`,
    /// because Excel would run it as a formula: customer data is hostile input
    /// ("=HYPERLINK(…)" as a name). Phone numbers like "+31 6…" therefore show as "'+31 6…".
    static func cell(_ value: String) -> String {
        var out: [UInt8] = []
        appendCell(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendCell(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        if let first = value.utf8.first, formulaStarts.contains(first) { out.append(UInt8(ascii: "'")) }
        for byte in value.utf8 {
            if byte == UInt8(ascii: "\"") { out.append(byte) }
            out.append(byte)
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let formulaStarts: Set<UInt8> = Set("=+-@\t\r".utf8)

    /// A decimal with a comma, as Dutch Excel reads numbers ("0,97").
    static func decimal(_ value: Double, digits: Int = 4) -> String {
        String(format: "%.\(digits)f", value).replacingOccurrences(of: ".", with: ",")
    }
}
