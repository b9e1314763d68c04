import Testing
@testable import Normalization

struct EmailParserTests {
    @Test(arguments: [
        (" Jan.Jansen@Example.NL ", "jan.jansen@example.nl", "jan.jansen@example.nl", true, nil),
        ("j.jansen+shop@gmail.com", "j.jansen+shop@gmail.com", "jjansen@gmail.com", true, nil),
        ("J.Jansen@googlemail.com", "j.jansen@googlemail.com", "jjansen@gmail.com", true, nil),
        ("jan@gmial.com", "jan@gmial.com", "jan@gmial.com", true, "jan@gmail.com"),
        ("jan@hotmial.com", "jan@hotmial.com", "jan@hotmial.com", true, "jan@hotmail.com"),
        ("jan@gmail.nl", "jan@gmail.nl", "jan@gmail.nl", true, "jan@gmail.com"),
        ("jan@ziggo.nll", "jan@ziggo.nll", "jan@ziggo.nll", true, "jan@ziggo.nl"),
        ("jan@kpnmial.nl", "jan@kpnmial.nl", "jan@kpnmial.nl", true, "jan@kpnmail.nl"),
        ("jan@bücher.de", "jan@bücher.de", "jan@bücher.de", true, nil),
        ("jan@jansen-fietsen.nl", "jan@jansen-fietsen.nl", "jan@jansen-fietsen.nl", true, nil),
        ("jan@", "jan@", nil, false, nil), ("@example.nl", "@example.nl", nil, false, nil),
        ("jan jansen@example.nl", "jan jansen@example.nl", nil, false, nil), ("jan@example", "jan@example", nil, false, nil),
        ("jan..j@example.nl", "jan..j@example.nl", nil, false, nil), ("jan@@example.nl", "jan@@example.nl", nil, false, nil),
        ("<b>jan@example.nl</b>", "<b>jan@example.nl</b>", nil, false, nil), ("jan@-example.nl", "jan@-example.nl", nil, false, nil),
        ("geen", "geen", nil, false, nil),
    ] as [(String, String?, String?, Bool, String?)])
    func emails(input: String, key: String?, canonical: String?, valid: Bool, suggestion: String?) {
        let result = EmailParser.parse(input)
        #expect(result.key == key)
        #expect(result.canonicalKey == canonical)
        #expect(result.outcome == (valid ? .valid : result.outcome))
        #expect(result.outcome.isInvalid == !valid)
        #expect(result.suggestion == suggestion)
    }

    /// The byte-level check of ASCII local parts gives the reasons, in the order, of the general one.
    @Test(arguments: [
        ("jan.jansen", nil), ("x+tag", nil), ("o'neill", nil), (".jan", "has a misplaced dot before the @"),
        ("jan.", "has a misplaced dot before the @"), ("jan..j", "has a misplaced dot before the @"),
        ("a@b", "has more than one @"), (".a@b", "has a misplaced dot before the @"), ("jan jansen", "contains a space"),
        ("jan\u{7F}", "contains a space"), ("jan(1)", "contains `(` before the @"), ("a,b c", "contains `,` before the @"),
    ] as [(String, String?)])
    func asciiLocalParts(local: String, problem: String?) {
        #expect(EmailParser.localProblem(local) == problem)
        #expect(EmailParser.asciiLocalProblem(local).isASCII)
        #expect(!EmailParser.asciiLocalProblem(local + "é").isASCII)
    }

    @Test func missingAndOdd() {
        #expect(EmailParser.parse(nil).outcome == .missing)
        #expect(EmailParser.parse("   ").outcome == .missing)
        #expect(EmailParser.parse("😀@😀.nl").outcome.isInvalid)
        #expect(EmailParser.parse(String(repeating: "a", count: 10_000) + "@x.nl").outcome.isInvalid)
        #expect(EmailParser.parse("a\u{0}b@x.nl").outcome.isInvalid)
        #expect(EmailParser.parse("jan@gmail.com").suggestion == nil)
    }
}
