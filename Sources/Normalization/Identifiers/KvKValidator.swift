/// Chamber of Commerce (KvK) numbers: 8 digits, no check digit; 12 digits is a branch
/// (vestigings) number and is recognized as such.
public enum KvKValidator {
    /// Parses the `coc_number` field.
    public static func parse(_ text: String?) -> KvKResult {
        var result = KvKResult(raw: text)
        guard let cleaned = TextCleaner.clean(text) else { return result }
        var compact = compacted(cleaned)
        if (ASCIIText.uppercased(compact) ?? compact.uppercased()).hasPrefix("KVK") { compact.removeFirst(3) }
        // Every Character an ASCII digit is every byte one.
        guard !compact.isEmpty, compact.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            result.outcome = .invalid(reason: "`\(cleaned)` is not a number of 8 digits")
            return result
        }
        result.canonical = compact
        switch compact.count {
        case 8:
            result.outcome = .valid
        case 12:
            result.isBranchNumber = true
            result.outcome = .valid
        case 7:
            result.outcome = .invalid(reason: "`\(cleaned)` has 7 digits, needs 8 (a leading 0 lost?)")
        default:
            result.outcome = .invalid(reason: "`\(cleaned)` has \(compact.count) digits, needs 8 (or 12 for a branch number)")
        }
        return result
    }

    /// `text` without spaces, hyphens, dots and no-break spaces; on bytes when it is ASCII.
    static func compacted(_ text: String) -> String {
        guard Transliterator.isASCII(text) else { return compactedScalars(text) }
        return String(decoding: text.utf8.filter { $0 != 0x20 && $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: ".") }, as: UTF8.self)
    }

    static func compactedScalars(_ text: String) -> String {
        String(text.unicodeScalars.filter { !" -.\u{A0}".unicodeScalars.contains($0) }.map(Character.init))
    }
}
