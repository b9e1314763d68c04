import Testing
@testable import Normalization

struct TransliteratorTests {
    @Test(arguments: [
        ("Müller", "muller"), ("Mueller", "mueller"), ("Çelik", "celik"), ("Øster", "oster"), ("Ĳsselstein", "ijsselstein"),
        ("ĳs", "ijs"), ("Straße", "strasse"), ("Łódź", "lodz"), ("Владимир", "vladimir"), ("Γιώργος", "giorgos"),
        ("'s-Hertogenbosch", "s hertogenbosch"), ("d'Hondt", "dhondt"), ("  Jan   PIETER ", "jan pieter"),
        ("", ""), ("   ", ""), ("😀", ""), ("Jan😀Jansen", "jan jansen"), ("A\u{0}B", "a b"), ("e\u{301}", "e"),
    ])
    func keys(input: String, expected: String) {
        #expect(Transliterator.key(input) == expected)
    }

    @Test func arabicAndChineseBecomeLatin() {
        let arabic = Transliterator.key("محمد")
        #expect(!arabic.isEmpty && arabic.allSatisfy { $0.isASCII && ($0.isLetter || $0 == " ") })
        #expect(Transliterator.key("王小明") == "wang xiao ming")
    }

    @Test func hugeAndOddInputDoesNotCrash() {
        let long = String(repeating: "Ä", count: 10_000)
        #expect(Transliterator.key(long) == String(repeating: "a", count: 10_000))
        #expect(Transliterator.key(String(repeating: "x", count: 10_000)).count == 10_000)
        #expect(Transliterator.key("\u{202E}שלום\u{202C}").allSatisfy { $0.isASCII })
        #expect(Transliterator.key("<b>Jan</b>") == "b jan b")
    }

    @Test func cacheGivesTheSameAnswer() {
        let cache = TransliterationCache()
        for word in ["Müller", "Müller", "Jansen", "王小明"] {
            #expect(cache.key(word) == Transliterator.key(word))
        }
    }
}
