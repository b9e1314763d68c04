import Testing
@testable import Normalization

/// Results that keep their parts behind shared references still behave as plain values: what is
/// set is read back, a change leaves other copies alone, and equality and hashing go by value.
struct SharedResultTests {
    @Test func personNameReadsWritesAndComparesByValue() {
        var person = PersonNameResult(title: "Dhr.", firstName: "Jan", firstNameKey: "jan", initials: "J", particle: "van",
                                      surname: "Dijk", surnameKey: "dijk", surnamePhonetic: "dyk", displayName: "Jan van Dijk")
        let original = person
        person.surnameKey = "dyk"
        person.firstName = "Johannes"
        #expect(person.surnameKey == "dyk" && person.firstName == "Johannes" && person.particle == "van" && person.title == "Dhr.")
        #expect(original.surnameKey == "dijk" && original.firstName == "Jan")
        #expect(person != original)
        person.surnameKey = "dijk"
        person.firstName = "Jan"
        #expect(person == original && person.hashValue == original.hashValue)
        person.title = nil
        #expect(person.title == nil && person != original)
    }

    @Test func aTitleFromEitherHalfIsTheSameTitle() {
        let parser = PersonNameParser()
        // "Dhr." typed in the name field lands in the surname half; typed in `title`, in the given half.
        let fromName = parser.parse(title: nil, initials: "J.", insertion: nil, firstName: nil, name: "Dhr. Jansen")
        let fromTitle = parser.parse(title: "Dhr.", initials: "J.", insertion: nil, firstName: nil, name: "Jansen")
        #expect(fromName.title == "Dhr." && fromName == fromTitle && fromName.hashValue == fromTitle.hashValue)
    }

    @Test func companyReadsWritesAndComparesByValue() {
        var company = CompanyResult(display: "Jansen B.V.", key: "jansen", legalForm: "B.V.")
        let copy = company
        company.key = "jansen fietsen"
        #expect(company.key == "jansen fietsen" && company.display == "Jansen B.V." && copy.key == "jansen")
        company.display = nil
        company.key = nil
        company.legalForm = nil
        #expect(company == CompanyResult() && company.hashValue == CompanyResult().hashValue)
        #expect(CompanyNameParser.parse("Jansen B.V.") == CompanyResult(display: "Jansen B.V.", key: "jansen", legalForm: "B.V."))
    }

    @Test func addressStreetAndCityReadWriteAndCompareByValue() {
        var address = AddressResult(postcode: "5388 GM", street: "Kalverstr.", streetKey: "kalverstraat", city: "Nistelrode", cityKey: "nistelrode")
        let copy = address
        address.streetKey = "kalverstr"
        #expect(address.street == "Kalverstr." && address.streetKey == "kalverstr" && copy.streetKey == "kalverstraat")
        address.streetKey = "kalverstraat"
        #expect(address == copy && address.hashValue == copy.hashValue)
        address.city = nil
        address.cityKey = nil
        address.street = nil
        address.streetKey = nil
        #expect(address == AddressResult(postcode: "5388 GM"))
    }
}
