/// Whitespace and control-character clean-up shared by every field.
public enum TextCleaner {
    /// Trimmed, inner whitespace collapsed to one space, control characters (NUL, tabs, newlines)
    /// treated as whitespace; nil when nothing is left.
    public static func clean(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        // Fast path: already clean ASCII (the common case) is returned as is.
        var needsWork = false
        var previousSpace = true
        for byte in text.utf8 {
            if byte >= 0x80 { needsWork = true; break }
            let isSpace = byte <= 0x20 || byte == 0x7F
            if isSpace && (byte != 0x20 || previousSpace) { needsWork = true; break }
            previousSpace = isSpace
        }
        if !needsWork && !previousSpace { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpaceLike(scalar) {
                pendingSpace = true
            } else {
                if pendingSpace && !result.isEmpty { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result.isEmpty ? nil : result
    }

    /// Whitespace, control and format characters (zero-width space, BOM) count as separators.
    static func isSpaceLike(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value <= 0x20 || scalar.value == 0x7F { return true }
        if scalar.value < 0x80 { return false }
        switch scalar.value {
        case 0x80...0xA0, 0x200B...0x200F, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x1680, 0x2000...0x200A:
            return true
        default:
            return scalar.properties.isWhitespace
        }
    }

    /// Removes HTML/XML tags ("<b>Jan</b>" → "Jan") so markup does not end up in keys.
    public static func strippingTags(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "<")) else { return text }
        let characters = Array(text)
        var result = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            // A tag starts with "<" followed by a letter, "/" or "!"; a lone "<" ("a < b") is text.
            if character == "<", index + 1 < characters.count,
               characters[index + 1].isLetter || characters[index + 1] == "/" || characters[index + 1] == "!",
               let close = characters[(index + 1)...].firstIndex(of: ">") {
                result.append(" ")
                index = close + 1
                continue
            }
            result.append(character)
            index += 1
        }
        return result
    }
}
