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

    /// Country prefixes written before a postcode ("NL-1234AB", "B-1000", "D-10115"), upper case.
    static let countryPrefixes: [String: [[UInt8]]] = ["NL": [Array("NL".utf8)], "BE": [Array("BE".utf8), Array("B".utf8)],
                                                       "DE": [Array("DE".utf8), Array("D".utf8)]]

    /// NL letter pairs PostNL does not issue.
    static let unissuedDutchLetters: Set<String> = ["SA", "SD", "SS"]

    /// Parses `text` as a postcode of `country` (ISO alpha-2, upper case).
    public static func parse(_ text: String?, country: String) -> Result {
        guard let cleaned = TextCleaner.clean(text) else { return Result(display: nil, key: nil, outcome: .missing) }
        // Spaces, hyphens and dots are formatting; a leading country prefix ("NL-1234AB", "B-1000") too.
        // Bytes, not Characters: a million postcodes, nearly all distinct, pass through here.
        var compact: [UInt8] = []
        compact.reserveCapacity(cleaned.utf8.count)
        for byte in cleaned.utf8 where byte != 0x20 && byte != UInt8(ascii: "-") && byte != UInt8(ascii: ".") {
            compact.append(byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte)
        }
        for prefix in countryPrefixes[country] ?? [] where compact.count > prefix.count && compact.starts(with: prefix)
            && compact[prefix.count] >= 0x30 && compact[prefix.count] <= 0x39 {
            compact.removeFirst(prefix.count)
            break
        }
        // For an invalid value the cleaned raw text is the key, so equal typos still meet.
        func invalid(_ reason: String) -> Result {
            let key = Transliterator.key(cleaned).filter { $0 != " " }
            return Result(display: nil, key: key.isEmpty ? nil : key, outcome: .invalid(reason: reason))
        }
        switch country {
        case "NL":
            let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
            let isLetter = { (byte: UInt8) in byte >= 0x41 && byte <= 0x5A }
            guard compact.count == 6, compact[0..<4].allSatisfy(isDigit), compact[4..<6].allSatisfy(isLetter) else {
                return invalid("`\(cleaned)` is not four digits and two letters (1234 AB)")
            }
            guard compact[0] != 0x30 else {
                return invalid("`\(cleaned)` starts with 0; Dutch postcodes start at 1000")
            }
            let pair = String(decoding: compact[4..<6], as: UTF8.self)
            guard !unissuedDutchLetters.contains(pair) else {
                return invalid("`\(cleaned)` uses the letters \(pair), which are not issued")
            }
            // Seven and six ASCII bytes: both fit a small string, so neither allocates.
            let canonical = String(unsafeUninitializedCapacity: 7) { buffer in
                for index in 0..<4 { buffer[index] = compact[index] }
                buffer[4] = 0x20
                buffer[5] = compact[4]
                buffer[6] = compact[5]
                return 7
            }
            let key = String(unsafeUninitializedCapacity: 6) { buffer in
                for index in 0..<6 { buffer[index] = index < 4 ? compact[index] : compact[index] | 0x20 }
                return 6
            }
            return Result(display: canonical, key: key, outcome: .valid)
        case "BE":
            return digitsOnly(compact, count: 4, leadingZeroAllowed: false, country: "Belgian", invalid: { invalid("`\(cleaned)` \($0)") })
        case "DE":
            return digitsOnly(compact, count: 5, leadingZeroAllowed: true, country: "German", invalid: { invalid("`\(cleaned)` \($0)") })
        default:
            let key = Transliterator.key(cleaned).filter { $0 != " " }
            return Result(display: cleaned.uppercased(), key: key.isEmpty ? nil : key, outcome: .unchecked)
        }
    }

    static func digitsOnly(_ bytes: [UInt8], count: Int, leadingZeroAllowed: Bool, country: String,
                           invalid: (String) -> Result) -> Result {
        guard bytes.count == count, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            return invalid("is not \(count) digits as \(country) postcodes are")
        }
        guard leadingZeroAllowed || bytes.first != 0x30 else {
            return invalid("starts with 0, which \(country) postcodes do not")
        }
        let value = String(decoding: bytes, as: UTF8.self)
        return Result(display: value, key: value, outcome: .valid)
    }
}
