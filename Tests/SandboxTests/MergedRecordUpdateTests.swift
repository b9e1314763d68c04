import Audit
import CustomerGenerator
import CustomerModel
import Foundation
import Hummingbird
import HummingbirdTesting
import Reporting
@testable import Sandbox
import Testing
import TestSupport

/// The merged record the report suggests is a body the API accepts: sent to `PUT` on the
/// survivor, it is stored whole, every member's numbers included.
@Suite struct MergedRecordUpdateTests {
    /// One person registered twice: other mobiles, other extra numbers under numeric ids, and the
    /// postfix once typed into the number field.
    static let members: [Customer] = [
        Customer(customerID: 900_101, customerTypeName: "Klant", postcode: "5388GM", houseNumber: "59", houseNumberPostfix: "b",
                 title: "Dhr.", initials: "L.W.", firstName: "Lars", name: "Eikekamp", street: "Raadhuisplein", city: "Nistelrode",
                 countryCode: "NL", email: "lars.eikekamp@example.nl", discountPercentage: "12.5", datetimeCreated: "2021-03-01 10:00:00",
                 phoneNumbers: [PhoneNumber(phoneNumberID: "mob", customerID: 900_101, phoneNumber: "06-12345678", name: "Dhr. L.W. Eikekamp"),
                                PhoneNumber(phoneNumberID: "tel", customerID: 900_101, phoneNumber: "0412-611111", name: "Dhr. L.W. Eikekamp"),
                                PhoneNumber(phoneNumberID: "714253", customerID: 900_101, phoneNumber: "+381 60 3333333", name: "Extra 1")]),
        Customer(customerID: 900_102, customerTypeName: "Klant", postcode: "5388 GM", houseNumber: "59 b", houseNumberPostfix: "",
                 title: "Dhr.", initials: "L.W.", firstName: "Lars", name: "Eikekamp", street: "Raadhuisplein", city: "Nistelrode",
                 countryCode: "NL", email: "lars.eikekamp@example.nl", discountPercentage: "12.5", datetimeCreated: "2024-06-01 09:00:00",
                 phoneNumbers: [PhoneNumber(phoneNumberID: "mob", customerID: 900_102, phoneNumber: "06-87654321", name: "Lars"),
                                PhoneNumber(phoneNumberID: "tel", customerID: 900_102, phoneNumber: "", name: "Lars"),
                                PhoneNumber(phoneNumberID: "453383", customerID: 900_102, phoneNumber: "06 24238848", name: "Werk")]),
    ]

    @Test func theReportsMergedRecordIsAcceptedByUpdate() async throws {
        // Among other customers, as in a real base: the estimation needs pairs that do not match.
        let base = DutchCustomerGenerator.generate(GeneratorConfiguration(seed: 11, customers: 400)).customers + Self.members
        let outcome = await TestSupport.offThePool {
            AuditPipeline(settings: AuditSettings()).run(customers: base, source: ReportSource(kind: .file, customers: base.count))
        }
        let cluster = try #require(outcome.report.clusters.first { $0.customerIDs.contains(900_101) })
        #expect(cluster.customerIDs == [900_101, 900_102])
        #expect(cluster.merged["house_number"] == "59" && cluster.merged["house_number_postfix"] == "b")
        let body = try SortedJSONEncoder(pretty: false).encode(cluster.merged)
        let store = SandboxStore(customers: Self.members)
        try await SandboxFixtures.withRouter(store: store) { client, store in
            let response = try await client.execute(uri: "/api/v1/customers/\(cluster.survivorID).json", method: .put,
                                                    headers: SandboxFixtures.headers(), body: ByteBuffer(bytes: body))
            #expect(response.status == .ok, "\(response.text)")
            let stored = try #require(await store.customer(id: cluster.survivorID))
            let numbers = Set(stored.phoneNumbers.compactMap(\.phoneNumber).filter { !$0.isEmpty })
            #expect(numbers == ["06-12345678", "06-87654321", "0412-611111", "+381 60 3333333", "06 24238848"])
            #expect(stored.houseNumber == "59" && stored.houseNumberPostfix == "b")
            #expect(stored.initials == "L.W." && stored.discountPercentage == "12.5")
        }
    }

    @Test(arguments: [
        (#"{"house_number": "59 b"}"#, "house_number"),
        (#"{"discount_percentage": 150}"#, "discount_percentage"),
        (#"{"phone_numbers": {"mob": "0612345678"}}"#, "phone_numbers"),
        (#"{"phone_numbers": [{"phone_number_id": "mob", "phone_number": 612345678}]}"#, "phone_number"),
        (#"{"country_code_iso_3166": "Nederland"}"#, "country_code_iso_3166"),
        (#"{"city": {"name": "Sneek"}}"#, "city"),
    ])
    func updateRefusesWhatTheAPIWouldRefuse(body: String, field: String) async throws {
        try await SandboxFixtures.withRouter { client, store in
            let before = await store.customer(id: 8)
            let response = try await client.execute(uri: "/api/v1/customers/8.json", method: .put, headers: SandboxFixtures.headers(),
                                                    body: ByteBuffer(string: body))
            #expect(response.status == .unprocessableContent)
            #expect(response.object["error"] as? Bool == true)
            #expect((response.object["error_message"] as? String)?.contains(field) == true, "\(response.text)")
            #expect(await store.customer(id: 8) == before, "nothing changed")
        }
    }

    @Test func createNeedsANameOrACompany() async throws {
        try await SandboxFixtures.withRouter { client, store in
            let response = try await client.execute(uri: "/api/v1/customers.json", method: .post, headers: SandboxFixtures.headers(),
                                                    body: ByteBuffer(string: #"{"city": "Sneek"}"#))
            #expect(response.status == .unprocessableContent)
            #expect(await store.count == 7)
        }
    }
}
