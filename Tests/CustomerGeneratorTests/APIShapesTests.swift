import CustomerModel
import Testing
@testable import CustomerGenerator

/// The generator, on its defaults, writes every shape the API documentation shows.
@Suite struct APIShapesTests {
    static let customers = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 3, customers: 5_000)).customers

    static func share(_ predicate: (Customer) -> Bool) -> Double {
        Double(customers.filter(predicate).count) / Double(customers.count)
    }

    @Test func extraNumbersUnderNumericIDs() {
        let extras = { (customer: Customer) in customer.phoneNumbers.filter { Int($0.phoneNumberID ?? "") != nil } }
        #expect((0.02...0.07).contains(Self.share { !extras($0).isEmpty }))
        #expect(Self.customers.contains { extras($0).count == 2 }, "some customers have two")
        let ids = Self.customers.flatMap(extras).compactMap(\.phoneNumberID)
        #expect(Set(ids).count == ids.count, "an id names one phone entry")
    }

    @Test func theOtherDocumentedShapes() {
        #expect(Self.share { $0.datetimeCreated == nil } > 0.01)
        #expect(Self.share { ($0.phoneNumbers.first?.phoneNumber ?? "x").isEmpty } > 0.05, "empty phone slots")
        #expect(Self.customers.contains { $0.countryCode.map { $0 == $0.lowercased() && !$0.isEmpty } ?? false }, "lower-case country codes")
        #expect(Self.customers.contains { $0.discountPercentage == "12.5" }, "decimal discounts")
        #expect(Self.share { $0.customerTypeName == "Zakelijk" } > 0.05, "business customers")
        #expect(Self.customers.contains { customer in customer.phoneNumbers.contains { $0.customerID != customer.customerID } },
                "phones listed under another customer_id")
    }

    @Test func decimalDiscountsStayNumbersInTheRecordsJSON() {
        let decimal = Self.customers.first { $0.discountPercentage == "12.5" }
        #expect(decimal?.raw.contains("\"discount_percentage\":12.5") == true)
    }
}
