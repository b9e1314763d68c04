import CustomerModel
import Testing
@testable import CycleSoftwareAPI

/// The find.json questions `check` asks about a new customer.
@Suite struct CandidateSearchTests {
    @Test func everyKnownContactBecomesAQuestion() {
        let customer = Customer(customerID: 9, postcode: " 5388GM ", houseNumber: "12", companyName: "Jansen Fietsen",
                                firstName: "Anna", name: "Jansen", countryCode: "NL", email: "anna@example.nl",
                                phoneNumbers: [PhoneNumber(phoneNumber: " 06-12345678 "), PhoneNumber(phoneNumber: "  ")])
        #expect(CandidateSearch.queries(for: customer) == [
            FindQuery(phoneNumber: "06-12345678"),
            FindQuery(email: "anna@example.nl"),
            FindQuery(postalCode: "5388GM", houseNumber: "12"),
            FindQuery(query: "Jansen", countryCode: "NL"),
            FindQuery(query: "Jansen Fietsen"),
        ])
    }

    @Test func withoutASurnameTheWholeNameIsAsked() {
        #expect(CandidateSearch.queries(for: Customer(insertion: "van", firstName: "Anna")) == [FindQuery(query: "Anna van")])
        #expect(CandidateSearch.queries(for: Customer()).isEmpty)
    }
}
