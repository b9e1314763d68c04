import Testing
@testable import Normalization

struct AddressTests {
    @Test(arguments: [
        ("5388GM", "NL", "5388 GM", "5388gm", true), ("5388 gm", "NL", "5388 GM", "5388gm", true), (" 5388-GM ", "NL", "5388 GM", "5388gm", true),
        ("NL-1234AB", "NL", "1234 AB", "1234ab", true), ("0123AB", "NL", nil, "0123ab", false), ("1234SS", "NL", nil, "1234ss", false),
        ("1234SA", "NL", nil, "1234sa", false), ("1234SD", "NL", nil, "1234sd", false), ("12345", "NL", nil, "12345", false),
        ("1000", "BE", "1000", "1000", true), ("B-1000", "BE", "1000", "1000", true), ("0999", "BE", nil, "0999", false),
        ("10115", "DE", "10115", "10115", true), ("01067", "DE", "01067", "01067", true), ("1011", "DE", nil, "1011", false),
    ] as [(String, String, String?, String?, Bool)])
    func postcodes(input: String, country: String, display: String?, key: String?, valid: Bool) {
        let result = PostcodeParser.parse(input, country: country)
        #expect(result.display == display)
        #expect(result.key == key)
        #expect(result.outcome == .valid || !valid)
        #expect(result.outcome.isInvalid == !valid)
    }

    @Test func postcodeOfOtherCountryIsUnchecked() {
        let result = PostcodeParser.parse("18000", country: "RS")
        #expect(result.outcome == .unchecked)
        #expect(result.display == "18000")
        #expect(PostcodeParser.parse("  ", country: "NL").outcome == .missing)
        #expect(PostcodeParser.parse("😀", country: "NL").outcome.isInvalid)
    }

    @Test(arguments: [
        ("32B", nil, 32, "b", true), ("32-b", nil, 32, "b", true), ("32 b", nil, 32, "b", true), ("32/2", nil, 32, "2", true),
        ("32 bis", nil, 32, "bis", true), ("32", "B", 32, "b", true), ("32", "-b", 32, "b", true), ("32b", "b", 32, "b", true),
        ("32", nil, 32, nil, true), ("abc", nil, nil, nil, false), ("0", nil, nil, nil, false), ("1234567", nil, nil, nil, false),
        ("12<script>", nil, 12, "<script>", false),
    ] as [(String, String?, Int?, String?, Bool)])
    func houseNumbers(number: String, postfix: String?, expectedNumber: Int?, expectedPostfix: String?, valid: Bool) {
        let result = HouseNumberParser.parse(number: number, postfix: postfix)
        #expect(result.number == expectedNumber)
        #expect(result.postfix == expectedPostfix)
        #expect(result.outcome.isInvalid == !valid)
    }

    @Test func missingHouseNumber() {
        #expect(HouseNumberParser.parse(number: nil, postfix: nil).outcome == .missing)
        #expect(HouseNumberParser.parse(number: " ", postfix: "A").outcome.isInvalid)
    }

    @Test(arguments: [
        ("Kalverstr. 12", "kalverstraat 12"), ("Dorpsln", "dorpslaan"), ("Burg. de Withstr.", "burgemeester de withstraat"),
        ("St. Jansstraat", "sint jansstraat"), ("  Kerkstraat ", "kerkstraat"), ("Straße", "strasse"), ("Heuvelln", "heuvellaan"),
    ])
    func streets(input: String, key: String) {
        #expect(StreetNormalizer.key(input) == key)
    }

    @Test(arguments: [("'s-Hertogenbosch", "s hertogenbosch"), ("Den Bosch", "s hertogenbosch"), ("DEN HAAG", "s gravenhage"),
                      ("Ĳsselstein", "ijsselstein"), ("Amsterdam", "amsterdam")])
    func cities(input: String, key: String) {
        #expect(CityNormalizer.key(input) == key)
    }

    @Test(arguments: [("NL", "NL", true), ("nl", "NL", true), (" be ", "BE", true), ("sr", "SR", true), ("UK", nil, false),
                      ("NLD", nil, false), ("XX", nil, false), ("Nederland", nil, false)] as [(String, String?, Bool)])
    func countries(input: String, code: String?, valid: Bool) {
        let result = CountryCodes.parse(input)
        #expect(result.code == code)
        #expect(result.outcome.isInvalid == !valid)
        #expect(result.effective == (code ?? "NL"))
        #expect(CountryCodes.isISO3166Alpha2(input) == valid)
    }

    @Test func allAlpha2CodesAreCounted() {
        #expect(CountryCodes.alpha2.count == 249)
        #expect(CountryCodes.parse(nil).outcome == .missing)
    }
}
