/// VAT numbers: NL classic (NL + 9 digits + B + 2 digits, 11-test), NL 2020 sole-proprietor btw-id
/// (ISO 7064 mod 97-10 over "NL" + number), BE (10 digits, mod 97); other countries unchecked.
/// The checks follow python-stdnum's `nl.btw` and `be.vat`, which a cross-check compares against.
public enum VATValidator {
    /// Parses the `vat_number` field; `country` (ISO alpha-2) supplies a missing prefix.
    public static func parse(_ text: String?, country: String = "NL") -> VATResult {
        var result = VATResult(raw: text)
        guard let cleaned = TextCleaner.clean(text) else { return result }
        var compact = String(cleaned.uppercased().unicodeScalars.filter { !" -./\u{A0}".unicodeScalars.contains($0) }.map(Character.init))
        let hasPrefix = compact.count >= 2 && compact.prefix(2).allSatisfy { $0.isASCII && $0.isLetter }
        if !hasPrefix {
            // Written without country prefix: NL numbers are recognizable by their "B"; BE by the country.
            if compact.contains("B") { compact = "NL" + compact } else if country == "BE" { compact = "BE" + compact } else if country == "NL" { compact = "NL" + compact }
        }
        result.canonical = compact
        switch compact.prefix(2) {
        case "NL":
            let (canonical, scheme, outcome) = dutch(String(compact.dropFirst(2)), cleaned: cleaned)
            result.canonical = canonical
            result.scheme = scheme
            result.outcome = outcome
        case "BE":
            let (canonical, outcome) = belgian(String(compact.dropFirst(2)), cleaned: cleaned)
            result.canonical = canonical
            result.scheme = .belgium
            result.outcome = outcome
        default:
            guard hasPrefix else {
                result.outcome = .invalid(reason: "`\(cleaned)` has no country prefix (NL, BE …)")
                break
            }
            result.scheme = .other
            // Not checked further, but it must look like a VAT number at all: a country prefix
            // (Greece writes EL, Northern Ireland XI) and 2–12 letters or digits.
            let prefix = String(compact.prefix(2))
            let body = compact.dropFirst(2)
            if !(CountryCodes.alpha2.contains(prefix) || prefix == "EL" || prefix == "XI") {
                result.outcome = .invalid(reason: "`\(cleaned)` starts with \(prefix), which is no country")
            } else if !(2...12).contains(body.count) || !body.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                result.outcome = .invalid(reason: "`\(cleaned)` is not a VAT number (country prefix and 2–12 letters or digits)")
            } else {
                result.outcome = .unchecked
            }
        }
        return result
    }

    /// Whether `number` ("NL855630693B01", "BE0403170701", spaces allowed) passes its country's check.
    public static func isValid(_ number: String) -> Bool {
        parse(number).outcome == .valid
    }

    static func dutch(_ body: String, cleaned: String) -> (String, VATScheme?, FieldOutcome) {
        // Like stdnum: up to 9 digits before "Bnn", zero-filled to 9.
        guard body.count >= 4 else {
            return ("NL" + body, nil, .invalid(reason: "`\(cleaned)` is not NL + 9 digits + B + 2 digits"))
        }
        let head = String(body.dropLast(3))
        let tail = String(body.suffix(3))
        let digits = head.count < 9 ? String(repeating: "0", count: 9 - head.count) + head : head
        let number = digits + tail
        let canonical = "NL" + number
        let tailDigits = tail.dropFirst()
        guard digits.count == 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }), Int(digits) ?? 0 > 0,
              tail.first == "B", tailDigits.allSatisfy({ $0.isASCII && $0.isNumber }), Int(tailDigits) ?? 0 > 0 else {
            return (canonical, nil, .invalid(reason: "`\(cleaned)` is not NL + 9 digits + B + 2 digits"))
        }
        if elevenTest(digits) { return (canonical, .nlClassic, .valid) }
        if mod97(canonical) == 1 { return (canonical, .nl2020, .valid) }
        return (canonical, nil, .invalid(reason: "`\(cleaned)` fails both the 11-test and the mod 97 check"))
    }

    static func belgian(_ body: String, cleaned: String) -> (String, FieldOutcome) {
        var number = body
        if number.hasPrefix("(0)") { number = "0" + number.dropFirst(3) }
        // The old format had 9 digits; a leading 0 was added in 2007.
        if number.count == 9 { number = "0" + number }
        let canonical = "BE" + number
        guard number.count == 10, number.allSatisfy({ $0.isASCII && $0.isNumber }), Int(number) ?? 0 > 0 else {
            return (canonical, .invalid(reason: "`\(cleaned)` is not BE + 10 digits"))
        }
        guard number.first == "0" || number.first == "1" else {
            return (canonical, .invalid(reason: "`\(cleaned)` must start with 0 or 1 after BE"))
        }
        let base = Int(number.prefix(8))!
        let check = Int(number.suffix(2))!
        guard (base + check) % 97 == 0 else {
            return (canonical, .invalid(reason: "`\(cleaned)` fails the mod 97 check"))
        }
        return (canonical, .valid)
    }

    /// The Dutch 11-test (as for BSN): weights 9…2 and -1 on the last digit, sum divisible by 11.
    /// ASCII digits only (callers have checked them): bytes, not Unicode numeric properties.
    static func elevenTest(_ digits: String) -> Bool {
        guard digits.utf8.count == 9 else { return false }
        var sum = 0
        for (index, byte) in digits.utf8.enumerated() {
            guard byte >= 0x30 && byte <= 0x39 else { return false }
            let value = Int(byte - 0x30)
            sum += index == 8 ? -value : (9 - index) * value
        }
        return ((sum % 11) + 11) % 11 == 0
    }

    /// ISO 7064 mod 97-10: letters count as 10…35, the digit string taken modulo 97; -1 for anything
    /// but ASCII letters and digits.
    static func mod97(_ text: String) -> Int {
        var remainder = 0
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39: remainder = (remainder * 10 + Int(byte - 0x30)) % 97
            // A letter's value has two digits ("N" = 23), so it shifts the remainder by 100.
            case 0x41...0x5A, 0x61...0x7A: remainder = (remainder * 100 + Int(byte) - 55) % 97
            default: return -1
            }
        }
        return remainder
    }
}
