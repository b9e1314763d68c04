import Testing
@testable import Matching

/// Households as evidence: what one person has and a relative does not (another first name, a
/// generation marker, other initials, an own mobile or mailbox) must outweigh what a family
/// shares (address, surname, landline, a family mailbox), with the parameters estimated from a
/// population that holds both duplicates and families.
struct HouseholdEvidenceTests {
    static let finder = DuplicateFinder(configuration: .forTests, model: DuplicateFinderTests.result.model)

    static func home(_ first: String?, surname: String = "dirksen", initials: String = "", mobile: String? = nil,
                     email: String? = nil) -> ExampleCustomer {
        ExampleCustomer(surname: surname, firstName: first, initials: initials, postcode: "5388GM", houseNumber: 12,
                        street: "raadhuisplein", city: "nistelrode", phones: ["+31412123456"], mobiles: mobile.map { [$0] } ?? [],
                        email: email)
    }

    static func score(_ left: ExampleCustomer, _ right: ExampleCustomer) -> Double {
        finder.scorePairs(left.normalized(id: 1), against: [right.normalized(id: 2)])[0].score
    }

    @Test(arguments: [
        ("father and son, jr.", home("evert", mobile: "+31612345678", email: "evert.dirksen@gmail.com"),
         home("evert", surname: "dirksen jr", mobile: "+31687654321", email: "evert.dirksen@hotmail.com")),
        ("father and son, other initials, son without mobile", home("jan", initials: "JH", mobile: "+31612345678"),
         home("jan", initials: "JP", email: "jan.dirksen@ziggo.nl")),
        ("twins", home("daan", mobile: "+31612345678", email: "daan.dirksen@gmail.com"),
         home("dirk", mobile: "+31687654321", email: "dirk.dirksen@gmail.com")),
        ("twins, one without mobile", home("daan", mobile: "+31612345678"), home("lotte", email: "lotte@ziggo.nl")),
        ("partners with a family mailbox", home("anna", email: "fam.dirksen@ziggo.nl"), home("piet", email: "fam.dirksen@ziggo.nl")),
        ("partners, other surname", home("anna", mobile: "+31612345678"), home("piet", surname: "bakker", mobile: "+31687654321")),
    ])
    func relativesStayBelowTheSuggestionBands(_ kind: String, _ left: ExampleCustomer, _ right: ExampleCustomer) {
        let probability = Self.score(left, right)
        #expect(probability < MatchingConfiguration.forTests.suggestionThreshold, "\(kind): \(probability)")
    }

    @Test(arguments: [
        ("the same person again, mobile given twice", home("evert", mobile: "+31612345678"), home("evert", mobile: "+31612345678")),
        ("the same person, e-mail on one record", home("evert", mobile: "+31612345678", email: "evert.dirksen@gmail.com"),
         home("evert", mobile: "+31612345678")),
    ])
    func theSamePersonAtHomeIsStillFound(_ kind: String, _ left: ExampleCustomer, _ right: ExampleCustomer) {
        let probability = Self.score(left, right)
        #expect(probability >= MatchingConfiguration.forTests.bandThresholds[.likely]!, "\(kind): \(probability)")
    }
}
