import CustomerGenerator
import CustomerModel
import CycleSoftwareAPI

/// Customers for the benchmark: the generator's Dutch customers, repeated under fresh ids up to
/// the wanted count, with `raw` in the API's shape.
enum BenchCustomers {
    static func make(count: Int) -> [Customer] {
        var templates = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 7, customers: min(count, 5_000))).customers
        if templates.isEmpty { templates = (1...100).map(synthetic) }
        return (0..<count).map { index in
            var customer = templates[index % templates.count]
            let id = index + 1
            customer.customerID = id
            customer.phoneNumbers = customer.phoneNumbers.map { phone in
                var phone = phone
                phone.customerID = id
                return phone
            }
            customer.raw = CustomerJSON.encode(customer)
            return customer
        }
    }

    // Used only while the generator is a stub: a plausible record of typical size.
    private static func synthetic(_ n: Int) -> Customer {
        Customer(customerID: n, customerTypeName: "Klant", customerReference: "REF\(n)", postcode: "\(1000 + n * 37 % 9000)AB",
                 houseNumber: "\(n % 200 + 1)", houseNumberPostfix: n % 5 == 0 ? "B" : "", companyName: "", attn: "",
                 title: "Dhr.", initials: "A", insertion: n % 3 == 0 ? "van der" : "", firstName: "Adri",
                 name: "Jansen \(n)", street: "Mauritslaan", city: "Heerenveen", countryCode: "NL",
                 email: "adri.jansen\(n)@example.nl", vatNumber: "", cocNumber: "", discountPercentage: "0",
                 phoneNumbers: [PhoneNumber(phoneNumberID: "mob", customerID: n, phoneNumber: "06 2423\(String(format: "%04d", n))", name: "Adri Jansen"),
                                PhoneNumber(phoneNumberID: "tel", customerID: n, phoneNumber: "", name: "Adri Jansen")])
    }
}

/// Pages over customers held in memory, like `list.json` with no network in between.
struct MemoryPageSource: CustomerPageSource {
    let customers: [Customer]
    var pageSize = 500

    func pages(modifiedSince: String?, from offset: Int) -> AsyncThrowingStream<CustomerPage, Error> {
        let customers = self.customers, pageSize = self.pageSize
        return AsyncThrowingStream { continuation in
            var offset = offset
            while true {
                let end = min(offset + pageSize, customers.count)
                let next = end < customers.count ? end : nil
                continuation.yield(CustomerPage(offset: offset, customers: Array(customers[offset..<end]), nextOffset: next))
                guard let next else { break }
                offset = next
            }
            continuation.finish()
        }
    }
}
