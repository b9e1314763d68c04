import CustomerModel
import Normalization
import Testing
@testable import Reporting

/// One value written two ways is not a conflict; two values are.
@Suite struct WrittenDifferentlyTests {
    static func fields(_ left: Customer, _ right: Customer) -> [String] {
        let customers = Normalizer().normalize([left, right])
        return WrittenDifferently.fields(customers.map(MemberRecord.member), customers: customers)
    }

    static func phone(_ number: String) -> [PhoneNumber] { [PhoneNumber(phoneNumberID: "mob", phoneNumber: number)] }

    @Test func formattingOnlyDifferencesAreListed() {
        let left = Customer(customerID: 1, postcode: "5388GM", name: "JANSEN", city: "Nistelrode", countryCode: "NL",
                            email: "Jan.Jansen@Gmail.com", phoneNumbers: Self.phone("+31622585915"))
        let right = Customer(customerID: 2, postcode: "5388 gm", name: "Jansen", city: "Nistelrode", countryCode: "NL",
                             email: "jan.jansen@gmail.com", phoneNumbers: Self.phone("0622585915"))
        #expect(Self.fields(left, right) == ["email", "name", "phone_numbers[mob]", "postcode"])
    }

    @Test func realDifferencesAndMissingValuesAreNot() {
        let left = Customer(customerID: 1, postcode: "5388GM", name: "Jansen", countryCode: "NL",
                            email: "jan@example.nl", phoneNumbers: Self.phone("0622585915"))
        let right = Customer(customerID: 2, postcode: "5388GN", name: "Janssen", city: "Uden", countryCode: "NL",
                             email: "jan@example.com", phoneNumbers: Self.phone("0622585916"))
        #expect(Self.fields(left, right).isEmpty)
    }
}
