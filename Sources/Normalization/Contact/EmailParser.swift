/// Email addresses: a trimmed lower-case key, a practical RFC 5322 syntax check (dot-atom local
/// part, internationalized domain names allowed), gmail's dot/+tag folding and a suggestion for
/// likely domain typos ("gmial.com" → "gmail.com").
public enum EmailParser {
    /// Characters RFC 5322 allows in an unquoted local part besides letters and digits.
    static let localSpecials = Set("!#$%&'*+/=?^_`{|}~.-".unicodeScalars)

    /// What a domain gives every address at it: a syntax problem and a typo suggestion. Domains
    /// repeat (gmail.com, ziggo.nl …), so a batch works this out once per domain.
    struct DomainVerdict {
        var problem: String?
        var suggestion: String?
    }

    /// Parses the `email` field as sent; `providers` decides which domains are real.
    public static func parse(_ text: String?, providers: EmailProviders = .builtIn) -> EmailResult {
        parse(text, providers: providers, domains: nil)
    }

    static func parse(_ text: String?, providers: EmailProviders, domains: BoundedCache<String, DomainVerdict>?) -> EmailResult {
        var result = EmailResult(raw: text)
        guard let trimmed = TextCleaner.clean(text) else { return result }
        let key = ASCIIText.lowercased(trimmed) ?? trimmed.lowercased()
        result.key = key
        guard let (local, domain) = splitAtLastAt(key) else {
            result.outcome = .invalid(reason: "`\(trimmed)` has no @")
            return result
        }
        result.localPart = local.isEmpty ? nil : local
        result.domain = domain.isEmpty ? nil : domain
        let verdict = domains?.value(for: domain) { verdictFor(domain, providers) } ?? verdictFor(domain, providers)
        if let problem = localProblem(local) ?? verdict.problem {
            result.outcome = .invalid(reason: "`\(trimmed)` \(problem)")
        } else {
            result.outcome = .valid
        }
        if domain == "gmail.com" || domain == "googlemail.com" {
            result.canonicalKey = gmailFolded(local) + "@gmail.com"
        } else if result.outcome == .valid {
            result.canonicalKey = key
        }
        if !local.isEmpty, let suggested = verdict.suggestion {
            result.suggestion = local + "@" + suggested
        }
        return result
    }

    /// Local part and domain around the last "@"; nil without one. In ASCII text every byte is a
    /// Character boundary, so a byte search finds the same "@" without grapheme breaking.
    static func splitAtLastAt(_ key: String) -> (local: String, domain: String)? {
        let at = Transliterator.isASCII(key) ? key.utf8.lastIndex(of: UInt8(ascii: "@")) : key.lastIndex(of: "@")
        guard let at else { return nil }
        return (String(key[..<at]), String(key[key.index(after: at)...]))
    }

    /// Gmail ignores dots in the local part and everything from a "+".
    static func gmailFolded(_ local: String) -> String {
        if Transliterator.isASCII(local) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(local.utf8.count)
            for byte in local.utf8 {
                if byte == UInt8(ascii: "+") { break }
                if byte != UInt8(ascii: ".") { bytes.append(byte) }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var folded = ""
        for character in local {
            if character == "+" { break }
            if character != "." { folded.append(character) }
        }
        return folded
    }

    static func verdictFor(_ domain: String, _ providers: EmailProviders) -> DomainVerdict {
        DomainVerdict(problem: domainProblem(domain), suggestion: providers.suggestion(for: domain))
    }

    /// Printable ASCII allowed in an unquoted local part (letters, digits and RFC 5322 specials).
    static let asciiLocalAllowed: [Bool] = (0..<128).map { byte in
        let scalar = Unicode.Scalar(UInt8(byte))
        return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || localSpecials.contains(scalar)
    }

    static func localProblem(_ local: String) -> String? {
        if local.isEmpty { return "has nothing before the @" }
        if local.utf8.count > 64 { return "has a local part longer than 64 characters" }
        let ascii = asciiLocalProblem(local)
        if ascii.isASCII { return ascii.problem }
        if local.hasPrefix(".") || local.hasSuffix(".") || local.contains("..") { return "has a misplaced dot before the @" }
        if local.contains("@") { return "has more than one @" }
        for scalar in local.unicodeScalars {
            if scalar.value < 0x80 && asciiLocalAllowed[Int(scalar.value)] { continue }
            if TextCleaner.isSpaceLike(scalar) { return "contains a space" }
            // Internationalized local parts (RFC 6531) allow letters of any script.
            if !(scalar.properties.isAlphabetic || scalar.properties.numericType != nil || localSpecials.contains(scalar)) {
                return "contains `\(Character(scalar))` before the @"
            }
        }
        return nil
    }

    /// `localProblem` for all-ASCII local parts (nearly all), on bytes: the same checks in the same
    /// order without Character or Foundation string searches. `isASCII` false: not answered here.
    static func asciiLocalProblem(_ local: String) -> (isASCII: Bool, problem: String?) {
        var previous: UInt8 = 0
        var misplacedDot = false
        var secondAt = false
        var firstBad: UInt8?
        for byte in local.utf8 {
            if byte >= 0x80 { return (false, nil) }
            if byte == UInt8(ascii: ".") && (previous == 0 || previous == UInt8(ascii: ".")) { misplacedDot = true }
            if byte == UInt8(ascii: "@") { secondAt = true }
            if firstBad == nil && !asciiLocalAllowed[Int(byte)] { firstBad = byte }
            previous = byte
        }
        if misplacedDot || previous == UInt8(ascii: ".") { return (true, "has a misplaced dot before the @") }
        if secondAt { return (true, "has more than one @") }
        guard let bad = firstBad else { return (true, nil) }
        let scalar = Unicode.Scalar(bad)
        if TextCleaner.isSpaceLike(scalar) { return (true, "contains a space") }
        return (true, "contains `\(Character(scalar))` before the @")
    }

    static func domainProblem(_ domain: String) -> String? {
        if domain.isEmpty { return "has nothing after the @" }
        if domain.utf8.count > 253 { return "has a domain longer than 253 characters" }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return "has no top-level domain (e.g. .nl)" }
        for label in labels {
            if label.isEmpty { return "has an empty part in the domain" }
            if label.utf8.count > 63 { return "has a domain label longer than 63 characters" }
            if label.hasPrefix("-") || label.hasSuffix("-") { return "has a domain part starting or ending with -" }
            for scalar in label.unicodeScalars {
                if TextCleaner.isSpaceLike(scalar) { return "contains a space" }
                // IDN labels may use letters of any script; ASCII labels letters, digits and hyphens.
                let isLetterOrDigit = scalar.properties.isAlphabetic || (scalar.value >= 0x30 && scalar.value <= 0x39)
                if !(isLetterOrDigit || scalar == "-") { return "contains `\(Character(scalar))` in the domain" }
            }
        }
        let tld = labels.last!
        if tld.count < 2 || tld.unicodeScalars.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 }) && !tld.hasPrefix("xn--") {
            return "has an invalid top-level domain `.\(tld)`"
        }
        return nil
    }
}
