import Testing
@testable import Normalization

struct PersonNameParserTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var title: String? = nil, initials: String? = nil, insertion: String? = nil, first: String? = nil, name: String? = nil
        var expectTitle: String? = nil, expectParticle: String? = nil, expectSurname: String? = nil
        var expectSurnameKey: String? = nil, expectInitials: String = "", expectFirstKey: String? = nil
        var expectCanonical: String? = nil, expectDisplay: String = ""
        var testDescription: String { "\(first ?? "-") \(insertion ?? "-") \(name ?? "-")" }
    }

    static let cases: [Case] = [
        Case(first: "Jan", name: "van Dijk", expectParticle: "van", expectSurname: "Dijk", expectSurnameKey: "dijk",
             expectInitials: "J", expectFirstKey: "jan", expectCanonical: "johannes", expectDisplay: "Jan van Dijk"),
        Case(insertion: "van", first: "Jan", name: "Dijk", expectParticle: "van", expectSurname: "Dijk", expectSurnameKey: "dijk",
             expectInitials: "J", expectFirstKey: "jan", expectCanonical: "johannes", expectDisplay: "Jan van Dijk"),
        Case(insertion: "van", first: "Jan", name: "van Dijk", expectParticle: "van", expectSurname: "Dijk", expectSurnameKey: "dijk",
             expectInitials: "J", expectFirstKey: "jan", expectCanonical: "johannes", expectDisplay: "Jan van Dijk"),
        Case(initials: "J.P.", insertion: "V.D.", name: "Berg", expectParticle: "van der", expectSurname: "Berg",
             expectSurnameKey: "berg", expectInitials: "JP", expectDisplay: "J.P. van der Berg"),
        Case(first: "Kees", name: "Berg, van den", expectParticle: "van den", expectSurname: "Berg", expectSurnameKey: "berg",
             expectInitials: "K", expectFirstKey: "kees", expectCanonical: "cornelis", expectDisplay: "Kees van den Berg"),
        Case(first: "Piet", name: "in 't Veld", expectParticle: "in 't", expectSurname: "Veld", expectSurnameKey: "veld",
             expectInitials: "P", expectFirstKey: "piet", expectCanonical: "petrus", expectDisplay: "Piet in 't Veld"),
        Case(name: "op de Beek", expectParticle: "op de", expectSurname: "Beek", expectSurnameKey: "beek", expectDisplay: "op de Beek"),
        Case(name: "d'Hondt", expectParticle: "d'", expectSurname: "Hondt", expectSurnameKey: "hondt", expectDisplay: "d' Hondt"),
        Case(name: "De", expectSurname: "De", expectSurnameKey: "de", expectDisplay: "De"),
        Case(first: "Dhr. Willem", name: "Ĳzerman", expectTitle: "Dhr.", expectSurname: "Ĳzerman", expectSurnameKey: "ijzerman",
             expectInitials: "W", expectFirstKey: "willem", expectDisplay: "Willem Ĳzerman"),
        Case(name: "Dhr./Mevr.  T UnitTest", expectTitle: "Dhr./Mevr.", expectSurname: "T UnitTest", expectSurnameKey: "t unittest",
             expectDisplay: "T UnitTest"),
        Case(title: "Mw.", first: "IJsbrand", name: "von Müller", expectTitle: "Mw.", expectParticle: "von", expectSurname: "Müller",
             expectSurnameKey: "muller", expectInitials: "IJ", expectFirstKey: "ijsbrand", expectDisplay: "IJsbrand von Müller"),
        Case(first: "J.", name: "Jansen", expectSurname: "Jansen", expectSurnameKey: "jansen", expectInitials: "J", expectDisplay: "J. Jansen"),
        Case(first: "Jan Pieter", name: "Jansen-de Vries", expectSurname: "Jansen-de Vries", expectSurnameKey: "jansen de vries",
             expectInitials: "JP", expectFirstKey: "jan pieter", expectCanonical: "johannes", expectDisplay: "Jan Pieter Jansen-de Vries"),
        Case(first: "<b>Anna</b>", name: "Smit", expectSurname: "Smit", expectSurnameKey: "smit", expectInitials: "A",
             expectFirstKey: "anna", expectDisplay: "Anna Smit"),
        Case(first: "   ", name: "", expectDisplay: ""),
        Case(first: "Владимир", name: "Путин", expectSurname: "Путин", expectSurnameKey: "putin", expectInitials: "V",
             expectFirstKey: "vladimir", expectDisplay: "Владимир Путин"),
    ]

    @Test(arguments: cases)
    func parses(_ c: Case) {
        let result = PersonNameParser().parse(title: c.title, initials: c.initials, insertion: c.insertion, firstName: c.first, name: c.name)
        #expect(result.title == c.expectTitle)
        #expect(result.particle == c.expectParticle)
        #expect(result.surname == c.expectSurname)
        #expect(result.surnameKey == c.expectSurnameKey)
        #expect(result.initials == c.expectInitials)
        #expect(result.firstNameKey == c.expectFirstKey)
        #expect(result.firstNameCanonicalKey == c.expectCanonical)
        #expect(result.displayName == c.expectDisplay)
    }

    @Test(arguments: [
        ("Jansen", "Janssen"), ("Meijer", "Meyer"), ("Meijer", "Mijer"), ("Smit", "Smid"), ("Smit", "Schmidt"),
        ("Bakker", "Backer"), ("Vries", "Fries"), ("Cornelissen", "Kornelissen"),
    ])
    func phoneticKeysMeet(a: String, b: String) {
        #expect(DutchPhonetic.key(Transliterator.key(a)) == DutchPhonetic.key(Transliterator.key(b)))
    }

    @Test func phoneticKeysDifferForDifferentNames() {
        #expect(DutchPhonetic.key("jansen") == "jansen")
        #expect(DutchPhonetic.key("bakker") != DutchPhonetic.key("visser"))
        #expect(DutchPhonetic.key("hendriks") != DutchPhonetic.key("endriks"))
        #expect(DutchPhonetic.key("") == nil)
    }

    @Test func oddInputNeverCrashes() {
        let odd = ["", " ", "😀😀", "\u{0}", String(repeating: "van ", count: 2_500), "محمد", "\u{202E}evil", "<script>x</script>"]
        for text in odd {
            let result = PersonNameParser().parse(title: text, initials: text, insertion: text, firstName: text, name: text)
            #expect(result.surnameKey?.allSatisfy { $0.isASCII } ?? true)
        }
    }
}
