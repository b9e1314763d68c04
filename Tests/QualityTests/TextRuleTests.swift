import CustomerModel
import Testing
@testable import Quality

@Suite struct TextRuleTests {
    @Test(arguments: [
        ("Nistelrode", [String]()),
        (" Nistelrode", ["leading space"]),
        ("Nistelrode  ", ["trailing space"]),
        ("Den  Haag", ["doubled spaces"]),
        ("Den\u{00A0}Haag", ["tabs, line breaks or non-breaking spaces"]),
        ("  ", []),
        ("", []),
    ])
    func whitespaceProblems(_ value: String, _ expected: [String]) {
        #expect(TextInspection.whitespaceProblems(value) == expected)
    }

    @Test(arguments: [
        ("den haag", false, "Den Haag"),
        ("'S-HERTOGENBOSCH", false, "'s-Hertogenbosch"),
        ("ALPHEN AAN DEN RIJN", false, "Alphen aan den Rijn"),
        ("ijsselstein", false, "IJsselstein"),
        ("capelle aan den ijssel", false, "Capelle aan den IJssel"),
        ("van der berg", true, "van der Berg"),
        ("JAN-WILLEM", false, "Jan-Willem"),
        ("oud-beijerland", false, "Oud-Beijerland"),
    ])
    func dutchTitleCase(_ value: String, _ particleFirst: Bool, _ expected: String) {
        #expect(DutchTitleCase.apply(value, particleFirst: particleFirst) == expected)
    }

    @Test(arguments: [
        ("NISTELRODE", TextInspection.Casing.allUpper),
        ("nistelrode", .allLower),
    ])
    func casingDetected(_ value: String, _ expected: TextInspection.Casing) {
        #expect(TextInspection.casing(value, minimumLetters: 3) == expected)
    }

    @Test(arguments: ["Nistelrode", "LI", "王小明", "de", "McDonald", "'s-Hertogenbosch"])
    func casingAccepted(_ value: String) {
        #expect(TextInspection.casing(value, minimumLetters: 3) == nil)
    }

    @Test(arguments: ["Jan 🚲", "<b>x</b>", "<script>", "a<!-- c -->", "x\u{0}y", "M\u{FFFD}ller", "a\u{202E}b"])
    func suspiciousCharacters(_ value: String) {
        #expect(CharactersRule.problem(in: value) != nil)
    }

    @Test(arguments: ["Müller", "a < b", "5 > 3", "محمد", "Jan\tPeter", "王小明", "Café ©"])
    func acceptableCharacters(_ value: String) {
        #expect(CharactersRule.problem(in: value) == nil)
    }

    @Test func longAndOddValuesDoNotCrash() {
        let long = String(repeating: "ab ", count: 4_000)
        let odd = Customer(customerID: 9, name: long, city: "\u{0}\u{FFFD}<", email: "😀@😀")
        let findings = QualityChecker().findings(for: [Fixtures.normalized(id: 9, odd)])
        #expect(findings.contains { $0.rule == "text.characters" && $0.field == "city" })
        #expect(findings.allSatisfy { $0.customerID == 9 })
    }

    /// Placeholder e-mails: a placeholder word before the @ or a placeholder domain, without case;
    /// a long local part is no word, whatever its case; configured domains compare without case too.
    @Test(arguments: [
        ("TEST@gmail.com", true),
        ("Onbekend@ziggo.nl", true),
        ("jan@EXAMPLE.com", true),
        ("jan.jansen.van.der.berg@gmail.com", false),
        ("JAN.JANSEN.VAN.DER.BERG@GMAIL.COM", false),
        ("jan@example.co", false),
        ("jan@fietsen.nl", false),
    ])
    func placeholderEmails(_ email: String, _ flagged: Bool) {
        let findings = Fixtures.findings("value.placeholder", [Fixtures.normalized(Customer(email: email))])
        #expect(findings.contains { $0.field == "email" } == flagged)
    }

    @Test func placeholderDomainsFromSettingsCompareWithoutCase() throws {
        var rule = PlaceholderRule()
        rule.emailDomains = ["Fietsen.NL"]
        var sink = FindingSink(rule: "value.placeholder", severity: .warning)
        rule.check(Fixtures.normalized(Customer(email: "jan@fietsen.nl")), into: &sink)
        rule.check(Fixtures.normalized(id: 2, Customer(email: "jan@example.com")), into: &sink)
        #expect(sink.findings.map(\.customerID) == [1])
    }
}
