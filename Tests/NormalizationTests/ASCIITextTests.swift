import Testing
@testable import Normalization

/// The byte-level fast paths give what the standard library's Unicode operations give, on seeded
/// ASCII text, and step aside for anything else.
struct ASCIITextTests {
    /// Seeded strings over an alphabet that includes the characters the parsers care about.
    static func corpus(count: Int, seed: UInt64) -> [String] {
        ByteFastPathTests.strings(count: count, seed: seed, alphabet: "aAzZmMqQ09@@..++-_ !~`[{\u{7F}\t", maxLength: 23)
    }

    @Test func caseMappingAgreesWithTheStandardLibrary() {
        for text in Self.corpus(count: 5_000, seed: 11) {
            #expect(ASCIIText.lowercased(text) == text.lowercased(), "\(text)")
            #expect(ASCIIText.uppercased(text) == text.uppercased(), "\(text)")
        }
    }

    @Test(arguments: ["Müller", "ÇELİK", "jan@bücher.de", "Ĳsselstein", "\u{0}é"])
    func nonASCIIIsLeftToTheUnicodePath(text: String) {
        #expect(ASCIIText.lowercased(text) == nil)
        #expect(ASCIIText.uppercased(text) == nil)
    }

    @Test func emailSplitAndGmailFoldingAgreeWithCharacterSearches() {
        for text in Self.corpus(count: 5_000, seed: 12) {
            let expected = text.lastIndex(of: "@").map { (String(text[..<$0]), String(text[text.index(after: $0)...])) }
            let split = EmailParser.splitAtLastAt(text)
            #expect(split?.local == expected?.0 && split?.domain == expected?.1, "\(text)")
            var folded = ""
            for character in text {
                if character == "+" { break }
                if character != "." { folded.append(character) }
            }
            #expect(EmailParser.gmailFolded(text) == folded, "\(text)")
        }
    }
}
