import CustomerModel
import Foundation
import Sandbox
import Testing
@testable import CycleSoftwareAPI

/// get, find, create and update through the real client against the sandbox.
@Suite struct LoopbackEndpointTests {
    @Test func getReturnsTheStoredCustomerAndNotFoundForUnknownIDs() async throws {
        let customers = Loopback.customers(40)
        try await Loopback.run(customers: customers) { client, sandbox in
            let stored = await sandbox.store.allCustomers()[7]
            let fetched = try await client.customer(id: stored.customerID!)
            #expect(fetched.customerID == stored.customerID)
            #expect(fetched.name == stored.name)
            #expect(fetched.phoneNumbers.map(\.phoneNumber) == stored.phoneNumbers.map(\.phoneNumber))
            let error = await Loopback.error { _ = try await client.customer(id: 987_654) }
            #expect(error as? APIError == .notFound(987_654))
        }
    }

    @Test func findByEveryKindOfCriterion() async throws {
        let customers: [Customer] = [
            Customer(customerID: 8, customerTypeName: "Klant", postcode: "8448PE", houseNumber: "32", houseNumberPostfix: "B",
                     firstName: "Adri", name: "Name 235238848", city: "Heerenveen", countryCode: "NL",
                     email: "test235238848@cyclesoftware.nl",
                     phoneNumbers: [PhoneNumber(phoneNumberID: "mob", customerID: 8, phoneNumber: "+31 6 24238848")]),
            Customer(customerID: 11, customerTypeName: "E-commerce", postcode: "1000", houseNumber: "2", firstName: "Giel",
                     name: "Wijgergangs", city: "Belgcity", countryCode: "BE", email: "gielwijgergangs@example.com",
                     phoneNumbers: [PhoneNumber(phoneNumberID: "tel", customerID: 11, phoneNumber: "073 303 0050")]),
        ]
        try await Loopback.run(customers: customers) { client, _ in
            let byEmail = try await client.find(FindQuery(email: "gielwijgergangs@example.com"))
            #expect(byEmail.map(\.customerID) == [11])
            let byAddress = try await client.find(FindQuery(postalCode: "8448PE", houseNumber: "32"))
            #expect(byAddress.map(\.customerID) == [8])
            // A `+` must reach the server as a plus, not as a space.
            let byPhone = try await client.find(FindQuery(phoneNumber: "+31 6 24238848"))
            #expect(byPhone.map(\.customerID) == [8])
            let none = try await client.find(FindQuery(email: "nobody@example.com"))
            #expect(none.isEmpty)
            let error = await Loopback.error { _ = try await client.find(FindQuery()) }
            #expect(error as? APIError == .invalidRequest("find needs at least one criterion"))
        }
    }

    @Test func createThenUpdateThenReadBack() async throws {
        try await Loopback.run(customers: Loopback.customers(10)) { client, sandbox in
            let draft = Customer(customerTypeName: "Zakelijk", postcode: "5388 GM", houseNumber: "1", companyName: "Fietsen & Zo B.V.",
                                 firstName: "Zoë", name: "de Vries", city: "Nistelrode", countryCode: "NL",
                                 email: "zoe@fietsenzo.nl", discountPercentage: "10",
                                 phoneNumbers: [PhoneNumber(phoneNumberID: "mob", phoneNumber: "06-12345678")])
            let created = try await client.create(draft)
            let id = try #require(created.customerID)
            #expect(created.companyName == "Fietsen & Zo B.V.")
            #expect(created.firstName == "Zoë")
            #expect(await sandbox.store.customer(id: id)?.email == "zoe@fietsenzo.nl")

            var changed = created
            changed.email = "info@fietsenzo.nl"
            changed.houseNumberPostfix = "a"
            let updated = try await client.update(changed)
            #expect(updated.email == "info@fietsenzo.nl")
            let reread = try await client.customer(id: id)
            #expect(reread.email == "info@fietsenzo.nl")
            #expect(reread.houseNumberPostfix == "a")

            var unknown = changed
            unknown.customerID = 55_555
            let error = await Loopback.error { _ = try await client.update(unknown) }
            #expect(error as? APIError == .notFound(55_555))
            let noID = await Loopback.error { _ = try await client.update(draft) }
            #expect(noID as? APIError == .invalidRequest("update needs the customer's id"))
        }
    }

    @Test func aFailedCreateIsNotRepeated() async throws {
        // A 5xx after a POST may have created the customer already; trying again could create it twice.
        try await Loopback.run(customers: Loopback.customers(10), faults: SandboxFaults(serverErrorRate: 1)) { client, sandbox in
            let error = await Loopback.error { _ = try await client.create(Customer(name: "Jansen")) }
            guard case let .server(_, attempts)? = error as? APIError else {
                Issue.record("expected a server error, got \(String(describing: error))")
                return
            }
            #expect(attempts == 1)
            #expect(sandbox.traffic.requests == 1)
        }
    }
}
