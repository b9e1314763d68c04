import AuditSupport
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
        for row in [header] + rows { Self.appendRow(row, to: &out) }
        return out
    }

    /// The bytes of a table with a header and the rows of items `0..<count` (`rows(i)`: item i's
    /// rows, in order), in pieces: the rows are made and spelled on all cores, a chunk of items
    /// per piece, and never held as cells (a large merges.csv has millions of them). The pieces
    /// joined are `bytes` of the same table.
    static func pieces(header: [String], count: Int, rows: @escaping @Sendable (Int) -> [[String]]) -> [[UInt8]] {
        var head = Array(byteOrderMark.utf8)
        appendRow(header, to: &head)
        let chunks = ParallelChunks.map(count: count, minimumChunk: 2_048) { range in
            var out: [UInt8] = []
            for index in range { for row in rows(index) { appendRow(row, to: &out) } }
            return out
        }
        return [head] + chunks
    }

    static func appendRow(_ row: [String], to out: inout [UInt8]) {
        for (index, value) in row.enumerated() {
            if index > 0 { out.append(contentsOf: separator.utf8) }
            appendCell(value, to: &out)
        }
        out.append(0x0D)
        out.append(0x0A)
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
        if let first = value.utf8.first, startsFormula(first) { out.append(UInt8(ascii: "'")) }
        var value = value
        value.withUTF8 { utf8 in
            // Runs without a quote are copied whole; a quote is doubled.
            var runStart = 0
            for index in 0..<utf8.count where utf8[index] == UInt8(ascii: "\"") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...index]))
                runStart = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `=`, `+`, `-`, `@`, tab, CR: a switch, as this runs for every cell of a large file.
    private static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return true
        default: return false
        }
    }

    /// A decimal with a comma, as Dutch Excel reads numbers ("0,97").
    static func decimal(_ value: Double, digits: Int = 4) -> String {
        String(format: "%.\(digits)f", value).replacingOccurrences(of: ".", with: ",")
    }
}
