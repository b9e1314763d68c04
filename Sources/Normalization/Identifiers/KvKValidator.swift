/// Chamber of Commerce (KvK) numbers: 8 digits, no check digit; 12 digits is a branch
/// (vestigings) number and is recognized as such.
public enum KvKValidator {
    /// Parses the `coc_number` field.
    public static func parse(_ text: String?) -> KvKResult {
        var result = KvKResult(raw: text)
        guard let cleaned = TextCleaner.clean(text) else { return result }
        var compact = String(cleaned.unicodeScalars.filter { !" -.\u{A0}".unicodeScalars.contains($0) }.map(Character.init))
        if compact.uppercased().hasPrefix("KVK") { compact.removeFirst(3) }
        guard !compact.isEmpty, compact.allSatisfy({ $0.isASCII && $0.isNumber }) else {
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
}
