import Foundation

/// Reads the plan's page back the way a reviewer sees it: per customer block of a kind, each row's
/// cells as text, tags removed, character references resolved and the page's visible marks turned
/// back into the characters they stand for. A test compares that
/// with the plan, so the page is checked against the data, not against its own markup.
enum PlanPageReader {
    struct Row: Hashable {
        var kind: String
        var customerID: Int
        var cells: [String]
    }

    static func rows(_ page: String) throws -> [Row] {
        let group = try NSRegularExpression(pattern: #"<div class="plan-group" id="([a-z_]+)-(\d+)" data-customer="(\d+)"[^>]*>(.*?)</div>"#,
                                            options: [.dotMatchesLineSeparators])
        let row = try NSRegularExpression(pattern: #"<tr>(.*?)</tr>"#, options: [.dotMatchesLineSeparators])
        let cell = try NSRegularExpression(pattern: #"<td[^>]*>(.*?)</td>"#, options: [.dotMatchesLineSeparators])
        var result: [Row] = []
        for match in group.matches(in: page, range: NSRange(page.startIndex..., in: page)) {
            let kind = text(page, match.range(at: 1)), id = Int(text(page, match.range(at: 2)))!
            let body = text(page, match.range(at: 4))
            for found in row.matches(in: body, range: NSRange(body.startIndex..., in: body)) {
                let inner = text(body, found.range(at: 1))
                let cells = cell.matches(in: inner, range: NSRange(inner.startIndex..., in: inner)).map { shown(text(inner, $0.range(at: 1))) }
                result.append(Row(kind: kind, customerID: id, cells: cells))
            }
        }
        return result
    }

    /// A cell's markup as the value it shows.
    static func shown(_ markup: String) -> String {
        var text = markup.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
        for (reference, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: reference, with: character)
        }
        if text == "(none)" { return "\u{0}none" }
        if text == "(empty)" { return "" }
        for (mark, character) in [("\u{2423}", " "), ("\u{21E5}", "\t"), ("\u{21B5}", "\n"), ("\u{240D}", "\r"), ("\u{237D}", "\u{A0}")] {
            text = text.replacingOccurrences(of: mark, with: character)
        }
        while let range = text.range(of: #"⟦U\+[0-9A-F]{4,6}⟧"#, options: .regularExpression) {
            let hex = text[range].dropFirst(3).dropLast()
            text.replaceSubrange(range, with: String(Character(Unicode.Scalar(UInt32(hex, radix: 16)!)!)))
        }
        return text
    }

    /// How `shown` reads a missing before value.
    static func expected(_ value: String?) -> String { value ?? "\u{0}none" }

    private static func text(_ string: String, _ range: NSRange) -> String {
        String(string[Range(range, in: string)!])
    }
}
