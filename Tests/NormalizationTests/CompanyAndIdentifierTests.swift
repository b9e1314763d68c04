import Testing
@testable import Normalization

struct CompanyAndIdentifierTests {
    @Test(arguments: [
        ("Jansen Fietsen B.V.", "jansen fietsen", "B.V."), ("jansen fietsen bv", "jansen fietsen", "B.V."),
        ("Jansen & Zn. V.O.F.", "jansen en zn", "V.O.F."), ("Bakkerij de Graaf VOF", "bakkerij de graaf", "V.O.F."),
        ("Müller GmbH", "muller", "GmbH"), ("Dupont BVBA", "dupont", "BVBA"), ("Holding B.V.", "holding bv", "Holding"),
        ("Smith Ltd", "smith", "Ltd"), ("Jansen B V", "jansen", "B.V."), ("Eenmanszaak P. Pietersen", "p pietersen", "Eenmanszaak"),
        ("Rossi SRL", "rossi", "SRL"), ("  De   Vries  ", "de vries", nil),
    ] as [(String, String?, String?)])
    func companies(input: String, key: String?, legalForm: String?) {
        let result = CompanyNameParser.parse(input)
        #expect(result.key == key)
        #expect(result.legalForm == legalForm)
    }

    @Test func companyOddInput() {
        #expect(CompanyNameParser.parse(nil).key == nil)
        #expect(CompanyNameParser.parse("   ").display == nil)
        #expect(CompanyNameParser.parse("<b>Acme</b> B.V.").key == "acme")
        #expect(CompanyNameParser.parse("😀").key == nil)
    }

    @Test(arguments: [
        ("NL855630693B01", "NL855630693B01", VATScheme.nlClassic, true),
        ("nl 8556.30.693 b01", "NL855630693B01", VATScheme.nlClassic, true),
        ("855630693B01", "NL855630693B01", VATScheme.nlClassic, true),
        ("NL000099998B57", "NL000099998B57", VATScheme.nl2020, true),
        ("NL855630694B01", "NL855630694B01", nil, false),
        ("NL855630693B00", "NL855630693B00", nil, false),
        ("NL85563069B01", "NL085563069B01", nil, false),
        ("BE0403170701", "BE0403170701", VATScheme.belgium, true),
        ("BE 403.170.701", "BE0403170701", VATScheme.belgium, true),
        ("BE0403170702", "BE0403170702", VATScheme.belgium, false),
        ("BE2403170701", "BE2403170701", VATScheme.belgium, false),
        ("DE123456789", "DE123456789", VATScheme.other, true),
    ] as [(String, String?, VATScheme?, Bool)])
    func vat(input: String, canonical: String?, scheme: VATScheme?, valid: Bool) {
        let result = VATValidator.parse(input, country: "NL")
        #expect(result.canonical == canonical)
        #expect(result.scheme == scheme)
        #expect(result.outcome.isInvalid == !valid)
    }

    @Test func vatMissingAndOdd() {
        #expect(VATValidator.parse(nil).outcome == .missing)
        #expect(VATValidator.parse("😀").outcome.isInvalid)
        #expect(VATValidator.parse("12345", country: "DE").outcome.isInvalid)
        #expect(VATValidator.parse(String(repeating: "9", count: 10_000)).outcome.isInvalid)
        #expect(VATValidator.parse("DE123456789").outcome == .unchecked)
    }

    @Test(arguments: [
        ("12345678", "12345678", false, true), ("1234 5678", "12345678", false, true), ("KvK 12345678", "12345678", false, true),
        ("000012345678", "000012345678", true, true), ("1234567", "1234567", false, false), ("123456789", "123456789", false, false),
        ("abc", nil, false, false),
    ] as [(String, String?, Bool, Bool)])
    func kvk(input: String, canonical: String?, branch: Bool, valid: Bool) {
        let result = KvKValidator.parse(input)
        #expect(result.canonical == canonical)
        #expect(result.isBranchNumber == branch)
        #expect(result.outcome.isInvalid == !valid)
        #expect(KvKValidator.parse(nil).outcome == .missing)
    }
}
