import AuditSupport
import CustomerModel
import Testing
@testable import CustomerGenerator

@Suite struct IdentifiersTests {
    @Test(arguments: [
        ("855630693", true), // from the API documentation's example VAT number
        ("123456782", true),
        ("123456789", false),
        ("000099998", false),
    ])
    func elevenTest(_ digits: String, _ valid: Bool) {
        #expect(Identifiers.isElevenTestValid(digits) == valid)
    }

    @Test(arguments: [("NL000099998B57", 1), ("NL002455799B11", 1), ("NL855630693B01", 8)])
    func mod97OfTheNewScheme(_ vat: String, _ remainder: Int) {
        #expect(Identifiers.mod97Alphanumeric(vat) == remainder)
    }

    @Test func generatedNumbersPassTheirChecks() {
        var rng = SplitMix64(seed: 99)
        for _ in 0..<500 {
            let old = Identifiers.dutchVATElevenTest(using: &rng)
            #expect(Identifiers.isElevenTestValid(String(old.dropFirst(2).prefix(9))), "\(old)")
            let new = Identifiers.dutchVATMod97(using: &rng)
            #expect(Identifiers.mod97Alphanumeric(new) == 1 && !Identifiers.isElevenTestValid(String(new.dropFirst(2).prefix(9))), "\(new)")
            let belgian = Identifiers.belgianVAT(using: &rng)
            #expect(97 - Int(belgian.dropFirst(2).prefix(8))! % 97 == Int(belgian.suffix(2))!, "\(belgian)")
            #expect(Identifiers.kvk(using: &rng).count == 8)
        }
    }

    @Test func timestampsAreCivilDates() {
        #expect(Timestamp.format(0) == "1970-01-01 00:00:00")
        #expect(Timestamp.format(1_709_251_199) == "2024-02-29 23:59:59")
        #expect(Timestamp.format(1_798_761_600) == "2027-01-01 00:00:00")
    }
}
