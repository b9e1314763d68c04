import CustomerModel
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Sandbox
import Testing

@Suite struct CustomerEndpointTests {
    @Test func getReturnsTheCustomerInTheAPIShape() async throws {
        try await SandboxFixtures.withRouter { client, _ in
            let response = try await client.execute(uri: "/api/v1/customers/8.json", method: .get, headers: SandboxFixtures.headers())
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            let customer = try CustomerJSON.decodeCustomer(Data(response.body.readableBytesView))
            #expect(customer.customerID == 8)
            #expect(customer.insertion == "van")
            #expect(customer.phoneNumbers.map(\.phoneNumber) == ["06-12345678", "0733030050"])
            // Every documented field is present, in the documented order.
            let keys = CustomerField.allCases.map { "\"\($0.rawValue)\":" }
            let positions = keys.map { response.text.range(of: $0)?.lowerBound }
            #expect(positions.allSatisfy { $0 != nil })
            #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        }
    }

    @Test func getServesAPlantedRecordVerbatim() async throws {
        try await SandboxFixtures.withRouter { client, _ in
            let response = try await client.execute(uri: "/api/v1/customers/21.json", method: .get, headers: SandboxFixtures.headers())
            #expect(response.status == .ok)
            #expect(response.text == SandboxFixtures.rawCustomer21)
        }
    }

    @Test(arguments: ["/api/v1/customers/99.json", "/api/v1/customers/abc.json", "/api/v1/customers/8", "/api/v2/customers/8.json"])
    func unknownCustomersAndPathsAreA404WithAnErrorBody(path: String) async throws {
        try await SandboxFixtures.withRouter { client, _ in
            let response = try await client.execute(uri: path, method: .get, headers: SandboxFixtures.headers())
            #expect(response.status == .notFound)
            #expect(response.object["error"] as? Bool == true)
        }
    }

    @Test func postAssignsAnIDAndReturnsTheStoredCustomer() async throws {
        try await SandboxFixtures.withRouter { client, store in
            let body = #"{"customer_id": 5, "customer_type_name": "Zakelijk", "name": "Aleksandar", "datetime_created": "1999-01-01 00:00:00", "phone_numbers": [{"phone_number_id": "mob", "customer_id": 1, "phone_number": "+381 60 2222222"}]}"#
            let response = try await client.execute(uri: "/api/v1/customers.json", method: .post, headers: SandboxFixtures.headers(),
                                                    body: ByteBuffer(string: body))
            #expect(response.status == .ok)
            let created = try CustomerJSON.decodeCustomer(Data(response.body.readableBytesView))
            #expect(created.customerID == 32)
            #expect(created.phoneNumbers.first?.customerID == 32)
            #expect(created.name == "Aleksandar")
            #expect(created.datetimeCreated != "1999-01-01 00:00:00")
            #expect(await store.customer(id: 32)?.name == "Aleksandar")
            let fetched = try await client.execute(uri: "/api/v1/customers/32.json", method: .get, headers: SandboxFixtures.headers())
            #expect(fetched.text == response.text)
        }
    }

    @Test func putChangesTheGivenFieldsOnly() async throws {
        try await SandboxFixtures.withRouter { client, store in
            let body = #"{"city": "Sneek", "email": null, "phone_numbers": [{"phone_number_id": "tel", "phone_number": "0515 123456"}]}"#
            let response = try await client.execute(uri: "/api/v1/customers/8.json", method: .put, headers: SandboxFixtures.headers(),
                                                    body: ByteBuffer(string: body))
            #expect(response.status == .ok)
            let updated = try #require(await store.customer(id: 8))
            #expect(updated.city == "Sneek")
            #expect(updated.email == nil)
            #expect(updated.name == "Dijk")
            #expect(updated.phoneNumbers == [PhoneNumber(phoneNumberID: "tel", customerID: 8, phoneNumber: "0515 123456")])
            #expect(response.text == CustomerJSON.encode(updated))
        }
    }

    @Test func putOnAnUnknownCustomerIsA404() async throws {
        try await SandboxFixtures.withRouter { client, store in
            let response = try await client.execute(uri: "/api/v1/customers/99.json", method: .put, headers: SandboxFixtures.headers(),
                                                    body: ByteBuffer(string: #"{"city": "Sneek"}"#))
            #expect(response.status == .notFound)
            #expect(await store.count == 7)
        }
    }

    @Test(arguments: [HTTPRequest.Method.post, .put])
    func bodiesThatAreNotCustomerObjectsAreA400(method: HTTPRequest.Method) async throws {
        try await SandboxFixtures.withRouter { client, store in
            let uri = method == .post ? "/api/v1/customers.json" : "/api/v1/customers/8.json"
            for body in ["not json", "[1, 2]", ""] {
                let response = try await client.execute(uri: uri, method: method, headers: SandboxFixtures.headers(),
                                                        body: ByteBuffer(string: body))
                #expect(response.status == .badRequest)
                #expect(response.object["error"] as? Bool == true)
            }
            #expect(await store.count == 7)
        }
    }
}
