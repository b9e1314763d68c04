/// Case mapping and searches on the bytes of all-ASCII text, the shape nearly every field arrives
/// in. The standard library's `lowercased()` and Character searches handle any Unicode text and pay
/// for it on every call (grapheme breaking, a new string even when nothing changes); these answer
/// nil for non-ASCII text so the caller takes the Unicode path, and otherwise give the same result.
enum ASCIIText {
    /// `text.lowercased()` for ASCII text (the same string, not a copy, when it has no capitals);
    /// nil when the text holds non-ASCII bytes.
    static func lowercased(_ text: String) -> String? {
        mapped(text, from: 0x41, to: 0x5A)
    }

    /// `text.uppercased()` for ASCII text; nil when the text holds non-ASCII bytes.
    static func uppercased(_ text: String) -> String? {
        mapped(text, from: 0x61, to: 0x7A)
    }

    /// The byte offset of the last `byte` in ASCII `text`; nil when absent. `isASCII` false: the text
    /// holds non-ASCII bytes and nothing was searched.
    static func lastOffset(of byte: UInt8, in text: String) -> (isASCII: Bool, offset: Int?) {
        var offset: Int?
        var position = 0
        for current in text.utf8 {
            if current >= 0x80 { return (false, nil) }
            if current == byte { offset = position }
            position += 1
        }
        return (true, offset)
    }

    /// The bytes `range` of ASCII `text` as a String.
    static func slice(_ text: String, _ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return String(text[start..<end])
    }

    /// Letters in `first...last` flipped in case (0x20 apart); the text itself when none are.
    private static func mapped(_ text: String, from first: UInt8, to last: UInt8) -> String? {
        var needsChange = false
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            if byte >= first && byte <= last { needsChange = true }
        }
        guard needsChange else { return text }
        return String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            var count = 0
            for byte in text.utf8 {
                buffer[count] = byte >= first && byte <= last ? byte ^ 0x20 : byte
                count += 1
            }
            return count
        }
    }
}
