import CustomerModel
import Testing

@Suite struct FindQueryTests {
    @Test func parametersUseTheAPINamesInOrderAndSkipBlanks() {
        let query = FindQuery(phoneNumber: "0733030050", postalCode: "5388GM", houseNumber: "1", houseNumberPostfix: " ",
                              email: nil, query: "Tim van LastName", countryCode: "NL", customerTypeID: 2)
        #expect(query.parameters.map(\.name) == ["phone_number", "postal_code", "housenumber", "query", "country_code", "customer_type_id"])
        #expect(query.parameters.last?.value == "2")
        #expect(FindQuery().parameters.isEmpty)
    }

    @Test func everyParameterHasItsDocumentedName() {
        let all = FindQuery(phoneNumber: "p", postalCode: "c", houseNumber: "h", houseNumberPostfix: "x", email: "e",
                            query: "q", countryCode: "NL", customerTypeID: 0)
        #expect(all.parameters.map(\.name) == FindQuery.parameterNames)
        #expect(all.parameters.map(\.value) == ["p", "c", "h", "x", "e", "q", "NL", "0"])
    }

    @Test(arguments: ["", " ", "   "])
    func blankValuesCountAsNotGiven(blank: String) {
        let query = FindQuery(phoneNumber: blank, postalCode: blank, houseNumber: blank, houseNumberPostfix: blank,
                              email: blank, query: blank, countryCode: blank)
        #expect(query.isEmpty)
        #expect(query == FindQuery())
        #expect(!FindQuery(customerTypeID: 0).isEmpty)
    }

    @Test func valuesAreSentAsGiven() {
        #expect(FindQuery(email: " name@domain.nl ").parameters.first?.value == " name@domain.nl ")
    }
}
