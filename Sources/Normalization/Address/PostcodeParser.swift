/// Postcodes per country: NL "1234 AB" (no leading 0; letter pairs SA, SD and SS are not issued),
/// BE 4 digits, DE 5 digits; other countries are passed through unchecked.
public enum PostcodeParser {
    /// A parsed postcode.
    public struct Result: Sendable, Hashable {
        /// Canonical display form ("5388 GM"), nil when missing or invalid.
        public var display: String?
        /// Match key: the canonical form without spaces in lower case; for an invalid value the
        /// cleaned raw value, so equal typos still meet.
        public var key: String?
        public var outcome: FieldOutcome
    }

    /// NL letter pairs PostNL does not issue.
    static let unissuedDutchLetters: Set<String> = ["SA", "SD", "SS"]

    /// Parses `text` as a postcode of `country` (ISO alpha-2, upper case).
    public static func parse(_ text: String?, country: String) -> Result {
        guard let cleaned = TextCleaner.clean(text) else { return Result(display: nil, key: nil, outcome: .missing) }
        // Spaces, hyphens and dots are formatting; a leading country prefix ("NL-1234AB", "B-1000") too.
        var compact = String(cleaned.uppercased().unicodeScalars.filter { !" -.\u{A0}".unicodeScalars.contains($0) }.map(Character.init))
        let rawKey = Transliterator.key(compact).replacingOccurrences(of: " ", with: "")
        let prefixes: [String] = country == "NL" ? ["NL"] : country == "BE" ? ["BE", "B"] : country == "DE" ? ["DE", "D"] : []
        for prefix in prefixes where compact.hasPrefix(prefix) && compact.count > prefix.count
            && compact.dropFirst(prefix.count).first?.isASCII == true && compact.dropFirst(prefix.count).first?.isNumber == true {
            compact.removeFirst(prefix.count)
            break
        }
        let invalidKey = rawKey.isEmpty ? nil : rawKey
        switch country {
        case "NL":
            let bytes = Array(compact.utf8)
            let digits = bytes.prefix(while: { $0 >= 0x30 && $0 <= 0x39 })
            let letters = bytes.dropFirst(digits.count)
            guard bytes.count == 6, digits.count == 4, letters.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else {
                return Result(display: nil, key: invalidKey, outcome: .invalid(reason: "`\(cleaned)` is not four digits and two letters (1234 AB)"))
            }
            guard digits.first != 0x30 else {
                return Result(display: nil, key: invalidKey, outcome: .invalid(reason: "`\(cleaned)` starts with 0; Dutch postcodes start at 1000"))
            }
            let pair = String(decoding: letters, as: UTF8.self)
            guard !unissuedDutchLetters.contains(pair) else {
                return Result(display: nil, key: invalidKey, outcome: .invalid(reason: "`\(cleaned)` uses the letters \(pair), which are not issued"))
            }
            let number = String(decoding: digits, as: UTF8.self)
            return Result(display: "\(number) \(pair)", key: (number + pair).lowercased(), outcome: .valid)
        case "BE":
            return digitsOnly(compact, cleaned: cleaned, count: 4, leadingZeroAllowed: false, invalidKey: invalidKey, country: "Belgian")
        case "DE":
            return digitsOnly(compact, cleaned: cleaned, count: 5, leadingZeroAllowed: true, invalidKey: invalidKey, country: "German")
        default:
            return Result(display: cleaned.uppercased(), key: invalidKey, outcome: .unchecked)
        }
    }

    static func digitsOnly(_ compact: String, cleaned: String, count: Int, leadingZeroAllowed: Bool, invalidKey: String?, country: String) -> Result {
        let bytes = Array(compact.utf8)
        guard bytes.count == count, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            return Result(display: nil, key: invalidKey, outcome: .invalid(reason: "`\(cleaned)` is not \(count) digits as \(country) postcodes are"))
        }
        guard leadingZeroAllowed || bytes.first != 0x30 else {
            return Result(display: nil, key: invalidKey, outcome: .invalid(reason: "`\(cleaned)` starts with 0, which \(country) postcodes do not"))
        }
        return Result(display: compact, key: compact, outcome: .valid)
    }
}
