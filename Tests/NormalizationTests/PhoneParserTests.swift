import Testing
@testable import Normalization

struct PhoneParserTests {
    @Test(arguments: ["06-12345678", "0612345678", "06 12 34 56 78", "+31 6 12345678", "0031612345678", "+31 (0)6 1234 5678"])
    func dutchMobileSpellingsMeet(input: String) {
        let parsed = PhoneParser.parse(input, defaultRegion: "NL")
        #expect(parsed.e164 == "+31612345678")
        #expect(parsed.isValid)
        #expect(parsed.kind == .mobile)
        #expect(parsed.region == "NL")
    }

    @Test(arguments: [
        ("+381 60 2222222", "NL", "+381602222222", "RS", true, PhoneKind.mobile),
        ("0733030050", "NL", "+31733030050", "NL", true, PhoneKind.fixedLine),
        ("020-1234567", "NL", "+31201234567", "NL", true, PhoneKind.fixedLine),
        ("0800-1234", "NL", "+318001234", "NL", true, PhoneKind.tollFree),
        ("02 511 11 11", "BE", "+3225111111", "BE", true, PhoneKind.fixedLine),
        ("12345", "NL", "+3112345", "NL", false, PhoneKind.unknown),
    ] as [(String, String, String?, String?, Bool, PhoneKind)])
    func numbers(input: String, region: String, e164: String?, numberRegion: String?, valid: Bool, kind: PhoneKind) {
        let parsed = PhoneParser.parse(input, defaultRegion: region)
        #expect(parsed.e164 == e164)
        #expect(parsed.region == numberRegion)
        #expect(parsed.isValid == valid)
        #expect(parsed.kind == kind)
    }

    @Test(arguments: ["", "abc", "😀", "\u{0}\u{0}", String(repeating: "9", count: 10_000), "<b>0612345678</b>"])
    func oddInputIsNotValid(input: String) {
        let parsed = PhoneParser.parse(input, defaultRegion: "NL")
        #expect(!parsed.isValid)
        #expect(parsed.problem != nil)
    }

    @Test func cacheKeyIgnoresFormatting() {
        #expect(PhoneParser.canonicalKey("06-12 34.56/78", region: "NL") == "NL:0612345678")
        #expect(PhoneParser.canonicalKey("+31 (6) 1234", region: "NL") == "NL:+3161234")
        #expect(PhoneParser.canonicalKey("06 1234 ext 5", region: "NL") == nil)
        #expect(PhoneParser.canonicalKey("06+1234", region: "NL") == nil)
        #expect(PhoneParser.canonicalKey("7-7", region: "NL") == nil)
        #expect(PhoneCache().parse("7-7", region: "NL") == PhoneParser.parse("7-7", defaultRegion: "NL"))
        let cache = PhoneCache()
        #expect(cache.parse("06-12345678", region: "NL") == PhoneParser.parse("06-12345678", defaultRegion: "NL"))
        #expect(cache.parse("06 12345678", region: "NL").e164 == "+31612345678")
        #expect(cache.parse("06 12345678", region: "BE").region != "NL")
    }

    /// A table of two slots evicts all the time; every answer must still be the parser's own.
    @Test func cacheCollisionsKeepAnswers() {
        let cache = PhoneCache(slotsLog2: 1)
        let inputs = ["0612345678", "612345678", "00612345678", "+31612345678", "0031612345678", "06-12345678",
                      "0612345679", "+3225111111", "12345", "0000000000", "1234567890123456789", "+1234567890123456789"]
        for _ in 0..<3 {
            for input in inputs {
                for region in ["NL", "BE", "DE"] {
                    #expect(cache.parse(input, region: region) == PhoneParser.parse(input, defaultRegion: region), "\(input) [\(region)]")
                }
            }
        }
    }
}
