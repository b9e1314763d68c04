/// Case mapping on the bytes of all-ASCII text, the shape nearly every field arrives
/// in. The standard library's `lowercased()` and `uppercased()` handle any Unicode text and pay
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
