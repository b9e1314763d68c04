import Foundation
import Testing
@testable import CustomerModel

@Suite struct CustomerJSONTests {
    @Test func readsTheFindExampleThatLacksCompanyName() throws {
        let json = #"[{"customer_id": 11, "postcode": "1000", "house_number": 2, "insertion": "van", "discount_percentage": "10", "datetime_created": null, "phone_numbers": [{"phone_number_id": "mob", "customer_id": 11, "phone_number": "06 22903913"}], "loyalty": {"tier": 3}}]"#
        let customers = try CustomerJSON.decodeCustomers(Data(json.utf8))
        let customer = try #require(customers.first)
        #expect(customer.customerID == 11)
        #expect(customer.companyName == nil)
        #expect(customer.houseNumber == "2")
        #expect(customer.discountValue == 10)
        #expect(customer.datetimeCreated == nil)
        #expect(customer.phoneNumbers.first?.slot == .mobile)
        #expect(customer.raw.contains("loyalty"), "unknown fields survive in raw")
        #expect(customer.decodingIssues.isEmpty)
    }

    @Test func keepsARecordWhoseFieldsHaveTheWrongShape() throws {
        let json = #"{"customer_id": "42", "name": {"first": "x"}, "phone_numbers": "none"}"#
        let customer = try #require(try CustomerJSON.decodeCustomers(Data(json.utf8)).first)
        #expect(customer.customerID == 42)
        #expect(customer.name == nil)
        #expect(Set(customer.decodingIssues.map(\.field)) == ["name", "phone_numbers"])
    }

    @Test func readsAListPageAndJSONLines() throws {
        let page = #"{"error": false, "error_message": null, "customers": [{"customer_id": 8}], "pagination": {"count": 1, "next_offset": 500}}"#
        let decoded = try CustomerJSON.decodeListPage(Data(page.utf8))
        #expect(decoded.nextOffset == 500)
        #expect(decoded.customers.map(\.customerID) == [8])

        let lines = "{\"customer_id\": 1}\n\n{\"customer_id\": 2, \"name\": \"Jansen\"}\n"
        let customers = try CustomerJSON.decodeCustomers(Data(lines.utf8))
        #expect(customers.map(\.customerID) == [1, 2])
        #expect(customers[1].raw == "{\"customer_id\": 2, \"name\": \"Jansen\"}")
    }

    @Test func namesTheLineOfBrokenJSONLines() {
        let lines = "{\"customer_id\": 1}\n{\"customer_id\": 2\n"
        #expect {
            try CustomerJSON.decodeCustomers(Data(lines.utf8))
        } throws: { error in
            guard case let .malformedJSON(line, _) = error as? CustomerInputError else { return false }
            return line == 2
        }
    }

    @Test func encodesWhatItDecodes() throws {
        let customer = Customer(customerID: 7, postcode: "5388GM", name: "O\"Brien <b>", discountPercentage: "12.5",
                                phoneNumbers: [PhoneNumber(phoneNumberID: "tel", customerID: 7, phoneNumber: "0733030050")])
        let back = try CustomerJSON.decodeCustomer(Data(CustomerJSON.encode(customer).utf8))
        #expect(back.name == customer.name)
        #expect(back.discountPercentage == "12.5")
        #expect(back.phoneNumbers == customer.phoneNumbers)
    }
}
