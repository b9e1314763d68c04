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

    var text: String {
        var out = Self.byteOrderMark
        for row in [header] + rows {
            out += row.map(Self.cell).joined(separator: Self.separator)
            out += "\r\n"
        }
        return out
    }

    /// A quoted cell. Text starting with `=`, `+`, `-`, `@` (or a tab / CR) gets a leading `'`,
    /// because Excel would run it as a formula: customer data is hostile input
    /// ("=HYPERLINK(…)" as a name). Phone numbers like "+31 6…" therefore show as "'+31 6…".
    static func cell(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
        if text.utf8.contains(UInt8(ascii: "\"")) { text = text.replacingOccurrences(of: "\"", with: "\"\"") }
        return "\"" + text + "\""
    }

    /// A decimal with a comma, as Dutch Excel reads numbers ("0,97").
    static func decimal(_ value: Double, digits: Int = 4) -> String {
        String(format: "%.\(digits)f", value).replacingOccurrences(of: ".", with: ",")
    }
}
