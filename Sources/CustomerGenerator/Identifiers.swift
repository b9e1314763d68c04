/// Company identifiers with valid check digits: KvK numbers, Dutch VAT numbers of both schemes and
/// Belgian VAT numbers.
public enum Identifiers {
    /// A KvK (Chamber of Commerce) number: eight digits, no leading zero.
    static func kvk<R: RandomNumberGenerator>(using rng: inout R) -> String {
        rng.digits(8, firstFrom: 1...9)
    }

    /// A Dutch VAT number of the pre-2020 scheme: `NL` + nine digits passing the 11-test + `B` + two
    /// digits (01–99).
    static func dutchVATElevenTest<R: RandomNumberGenerator>(using rng: inout R) -> String {
        while true {
            let first8 = rng.digits(8, firstFrom: 1...9)
            guard let check = elevenTestCheckDigit(first8) else { continue }
            return "NL" + first8 + String(check) + "B" + twoDigits(Int.random(in: 1...3, using: &rng) == 1 ? Int.random(in: 2...19, using: &rng) : 1)
        }
    }

    /// A Dutch VAT number of the 2020 scheme for sole traders: its nine digits fail the 11-test
    /// (so it cannot be mistaken for the old scheme) and the whole text passes ISO 7064 mod 97-10.
    static func dutchVATMod97<R: RandomNumberGenerator>(using rng: inout R) -> String {
        while true {
            let digits = rng.digits(9, firstFrom: 1...9)
            if isElevenTestValid(digits) { continue }
            // "NL" → 23 21, "B" → 11; choose the suffix so that the number mod 97 is 1.
            let prefix = mod97("2321" + digits + "11")
            var suffix = ((1 - prefix * 100) % 97 + 97) % 97
            if suffix == 0 { suffix = 97 }
            return "NL" + digits + "B" + twoDigits(suffix)
        }
    }

    /// A Belgian VAT number: `BE0` + seven digits + two check digits (97 − first eight mod 97).
    static func belgianVAT<R: RandomNumberGenerator>(using rng: inout R) -> String {
        let first8 = "0" + rng.digits(7, firstFrom: 2...9)
        let check = 97 - (Int(first8)! % 97)
        return "BE" + first8 + twoDigits(check)
    }

    /// The ninth digit that makes eight digits pass the 11-test, or nil when none does (remainder 10).
    public static func elevenTestCheckDigit(_ first8: String) -> Int? {
        let digits = first8.compactMap(\.wholeNumberValue)
        guard digits.count == 8 else { return nil }
        let sum = zip(digits, (2...9).reversed()).reduce(0) { $0 + $1.0 * $1.1 }
        let remainder = sum % 11
        return remainder == 10 ? nil : remainder
    }

    /// The 11-test on nine digits (weights 9…2, minus the last digit).
    public static func isElevenTestValid(_ nine: String) -> Bool {
        guard nine.count == 9, let last = nine.last?.wholeNumberValue else { return false }
        return elevenTestCheckDigit(String(nine.prefix(8))) == last
    }

    /// ISO 7064 mod 97 of a digit string of any length.
    public static func mod97(_ digits: String) -> Int {
        digits.reduce(0) { ($0 * 10 + ($1.wholeNumberValue ?? 0)) % 97 }
    }

    /// ISO 7064 mod 97-10 of text with letters (A = 10 … Z = 35), as the 2020 Dutch VAT scheme uses.
    public static func mod97Alphanumeric(_ text: String) -> Int {
        var digits = ""
        for character in text.uppercased() {
            if let value = character.wholeNumberValue { digits += String(value) } else if let ascii = character.asciiValue {
                digits += String(Int(ascii) - 55)
            }
        }
        return mod97(digits)
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
