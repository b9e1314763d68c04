import AuditSupport
import CustomerModel
import Testing
@testable import Normalization

/// The wrapper parses bare digits through libphonenumber's metadata with its own matchers instead of
/// `PhoneNumberUtil::Parse`; these tests hold it to the library's answer on a seeded corpus that
/// crosses every input shape (national, international with "+" or an international prefix, the
/// region's own calling code without "+", random digits) with regions of every kind (one-region and
/// shared calling codes, national prefix transform rules, no national prefix, non-geographic codes).
struct PhoneFastPathTests {
    static let regions = ["NL", "BE", "DE", "FR", "GB", "GG", "US", "CA", "RU", "KZ", "IT", "VA", "SM", "AR", "BR", "MX",
                          "RS", "CN", "IN", "JP", "AU", "ZA", "CH", "AT", "PL", "TR", "MA", "NG", "AE", "IL", "SG", "NZ",
                          "CO", "CL", "ID", "KR", "PT", "ES", "SE", "NO", "FI", "DK", "IE", "LU", "HU", "CZ", "GR", "MC"]
    static let callingCodes = ["31", "32", "49", "33", "44", "1", "7", "39", "54", "55", "52", "381", "86", "91", "81", "61",
                               "27", "41", "43", "48", "90", "212", "234", "971", "972", "65", "64", "57", "800", "808",
                               "870", "882", "979", "999", "0", "42", "35"]

    /// Seeded shapes of bare-digit input; `seed` picks the shape, region and digits.
    static func corpus(count: Int) -> [(input: String, region: String)] {
        var random = SplitMix64(seed: 0x9E37_79B9_7F4A_7C15)
        func next() -> UInt64 { random.next() }
        func digits(_ count: Int) -> String { String((0..<count).map { _ in Character(String(next() % 10)) }) }
        return (0..<count).map { _ in
            let region = regions[Int(next() % UInt64(regions.count))]
            let code = callingCodes[Int(next() % UInt64(callingCodes.count))]
            let own = String(cphonenumberCountryCode(region))
            let length = 1 + Int(next() % 14)
            switch next() % 9 {
            case 0: return ("0" + digits(length), region)
            case 1: return ("06" + digits(8), region)
            case 2: return ("+" + code + digits(length), region)
            case 3: return ("00" + code + digits(length), region)
            case 4: return (own + digits(length), region)
            case 5: return ("+" + digits(2 + length), region)
            case 6: return ("0" + own + digits(length), region)
            case 7: return (digits(2 + Int(next() % 18)), region)
            default: return ("+00" + code + digits(length), region)
            }
        }
    }

    static func cphonenumberCountryCode(_ region: String) -> Int32 {
        PhoneParser.countryCode(forRegion: region)
    }

    @Test func bareDigitsAgreeWithTheLibrary() {
        var disagreements: [String] = []
        let cases = Self.corpus(count: 20_000)
        for (input, region) in cases {
            let fast = PhoneParser.parse(input, defaultRegion: region)
            let library = PhoneParser.parseWithLibraryOnly(input, defaultRegion: region)
            if fast != library { disagreements.append("\(input) [\(region)]: \(fast) vs library \(library)") }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) of \(cases.count) disagree; first: \(disagreements.prefix(5).joined(separator: "; "))")
        // The corpus must exercise both answers, or agreement says little.
        #expect(cases.filter { PhoneParser.parse($0.input, defaultRegion: $0.region).isValid }.count > 1_000)
        #expect(cases.filter { PhoneParser.parse($0.input, defaultRegion: $0.region).e164 == nil }.count > 500)
    }

    @Test(arguments: ["0612345678", "+31612345678", "0031612345678", "31612345678", "+3225111111", "003225111111",
                      "0733030050", "08001234", "12345", "+999123456", "+0031612345678", "0000000000", "1111111111",
                      "+8005551234", "99999999999999999999", "06"])
    func examplesAgreeWithTheLibrary(input: String) {
        for region in ["NL", "BE", "DE", "US", "AR", "ZZ"] {
            #expect(PhoneParser.parse(input, defaultRegion: region) == PhoneParser.parseWithLibraryOnly(input, defaultRegion: region),
                    "\(input) [\(region)]")
        }
    }
}
