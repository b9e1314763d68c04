import CustomerModel
import CPhoneNumber

/// Phone numbers through Google's libphonenumber: E.164, validity, type and region, with the
/// customer's country as the default region. `06-12345678`, `0612345678`, `+31 6 12345678` and
/// `0031612345678` become one value.
///
/// The numbering rules (patterns, lengths, prefixes of every region) are libphonenumber's own
/// metadata; none are written here. The steps are not all the library's code: bare digits (with an
/// optional "+"), nearly every number once the memo has dropped the formatting, go through a C++
/// re-implementation of `PhoneNumberUtil::Parse` and `GetNumberType` over that metadata, over
/// twenty times faster when measured; everything else goes to `PhoneNumberUtil`.
/// Sources/CPhoneNumber/FastPath/README.md says what it re-implements, with the figures and the
/// tests that hold it to the library (`parseWithLibraryOnly`).
public enum PhoneParser {
    /// What libphonenumber made of one number.
    public struct Parsed: Sendable, Hashable {
        /// E.164 when the text could be parsed (valid or not).
        public var e164: String?
        public var kind: PhoneKind
        /// ISO region of the number ("NL", "RS", "001" for non-geographic); nil when unknown.
        public var region: String?
        public var isValid: Bool
        /// Why the number is not usable, for reports; nil when valid.
        public var problem: String?
    }

    /// Parses `text` with `defaultRegion` (ISO alpha-2) for numbers written without country code.
    public static func parse(_ text: String, defaultRegion: String) -> Parsed {
        parse(text, defaultRegion: defaultRegion, through: cphonenumber_parse)
    }

    /// The same answer from libphonenumber's `PhoneNumberUtil` alone, without the wrapper's fast path
    /// for bare digits: what tests compare `parse` with.
    static func parseWithLibraryOnly(_ text: String, defaultRegion: String) -> Parsed {
        parse(text, defaultRegion: defaultRegion, through: cphonenumber_parse_reference)
    }

    private typealias CParser = (UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UnsafeMutablePointer<cphonenumber_result>?) -> Void

    private static func parse(_ text: String, defaultRegion: String, through parser: CParser) -> Parsed {
        var text = text
        // libphonenumber refuses input over 250 characters anyway; do not copy megabytes into C++.
        return text.withUTF8 { parse(UnsafeBufferPointer(rebasing: $0.prefix(1_000)), defaultRegion: defaultRegion, through: parser) }
    }

    /// Parses UTF-8 `bytes` (no copy into a String or Array on the way to C).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, defaultRegion: String) -> Parsed {
        parse(bytes, defaultRegion: defaultRegion, through: cphonenumber_parse)
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, defaultRegion: String, through parser: CParser) -> Parsed {
        var result = cphonenumber_result()
        bytes.withMemoryRebound(to: CChar.self) { chars in
            parser(chars.baseAddress, Int32(chars.count), defaultRegion, &result)
        }
        guard result.error == 0 else {
            return Parsed(e164: nil, kind: .unknown, region: nil, isValid: false, problem: parseProblem(result.error))
        }
        let e164 = withUnsafeBytes(of: &result.e164) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
        let region = withUnsafeBytes(of: &result.region) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
        let valid = result.valid != 0
        return Parsed(e164: e164.isEmpty ? nil : e164, kind: kind(Int(result.type)), region: region.isEmpty ? nil : region,
                      isValid: valid, problem: valid ? nil : "is not a valid phone number" + (region.isEmpty ? "" : " for \(region)"))
    }

    /// The cache key of `text`: the region, ":", and `canonicalDigits`; nil when those are nil.
    static func canonicalKey(_ text: String, region: String) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
            canonicalDigits(text, region: region, into: buffer).map { region + ":" + String(decoding: buffer[..<$0], as: UTF8.self) }
        }
    }

    /// Writes the "+"/digits of `text` without formatting (spaces, dashes, dots, brackets, slashes)
    /// into `buffer` (64 bytes) and returns their count; nil when the text holds anything else
    /// (letters, extensions), a misplaced "+", fewer than three digits or more than fits a key of
    /// 48 bytes with the region: such text is parsed as written. Runs for every number, so it
    /// allocates nothing.
    static func canonicalDigits(_ text: String, region: String, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        let limit = min(buffer.count, 48 - region.utf8.count - 1)
        var count = 0
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39:
                digits += 1
            case UInt8(ascii: "+"):
                if digits > 0 || (count > 0 && buffer[count - 1] == UInt8(ascii: "+")) { return nil }
            case 0x20, UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "/"), 0x09:
                continue
            default:
                return nil
            }
            guard count < limit else { return nil }
            buffer[count] = byte
            count += 1
        }
        // With fewer than three digits formatting changes the verdict ("77" is a possible number,
        // "7-7" is not), so such input is parsed as written.
        return digits >= 3 ? count : nil
    }

    /// libphonenumber's calling code of `region` (31 for "NL"); 0 when it knows none.
    static func countryCode(forRegion region: String) -> Int32 {
        cphonenumber_country_code_for_region(region)
    }

    static func parseProblem(_ error: Int32) -> String {
        switch error {
        case 1: return "has no valid country code"
        case 2: return "is not a phone number"
        case 3: return "is too short after the international prefix"
        case 4: return "is too short to be a phone number"
        case 5: return "is too long to be a phone number"
        default: return "could not be parsed"
        }
    }

    static func kind(_ type: Int) -> PhoneKind {
        switch type {
        case Int(CPHONE_FIXED_LINE): return .fixedLine
        case Int(CPHONE_MOBILE): return .mobile
        case Int(CPHONE_FIXED_LINE_OR_MOBILE): return .fixedLineOrMobile
        case Int(CPHONE_TOLL_FREE): return .tollFree
        case Int(CPHONE_PREMIUM_RATE): return .premiumRate
        case Int(CPHONE_VOIP): return .voip
        case Int(CPHONE_UNKNOWN): return .unknown
        default: return .other
        }
    }

    /// The result for one `phone_numbers` entry of a customer in `country`.
    static func result(for entry: PhoneNumberEntry, country: String, cache: PhoneCache?) -> PhoneResult {
        var result = PhoneResult(slot: entry.slot, slotID: entry.slotID, raw: entry.raw)
        guard let cleaned = TextCleaner.clean(entry.raw) else { return result }
        let parsed = cache?.parse(cleaned, region: country) ?? parse(cleaned, defaultRegion: country)
        result.e164 = parsed.e164
        result.kind = parsed.kind
        result.region = parsed.region
        result.outcome = parsed.isValid ? .valid : .invalid(reason: "`\(cleaned)` \(parsed.problem ?? "is not a valid phone number")")
        return result
    }
}

/// The fields of a `phone_numbers` entry the parser reads.
struct PhoneNumberEntry {
    var slot: PhoneSlot
    var slotID: String?
    var raw: String?
}
