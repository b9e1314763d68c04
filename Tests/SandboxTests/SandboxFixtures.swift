import CustomerModel
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import Sandbox
import Testing

/// Customers, settings and request helpers shared by the sandbox tests.
enum SandboxFixtures {
    static let username = "shop"
    static let password = "s3cret-Pässword"

    static func configuration(pageSize: Int = 3, minutelyLimit: Int? = nil, dailyLimit: Int? = nil,
                              minuteLength: Duration = .seconds(60), faults: SandboxFaults = .none) -> SandboxConfiguration {
        SandboxConfiguration(username: username, password: password, pageSize: pageSize, minutelyLimit: minutelyLimit,
                             dailyLimit: dailyLimit, minuteLength: minuteLength, faults: faults)
    }

    /// `Authorization: Basic …` for the fixture user, plus whatever else is given.
    static func headers(_ extra: HTTPFields = [:], username: String = username, password: String = password) -> HTTPFields {
        var headers = extra
        headers[.authorization] = "Basic " + Data("\(username):\(password)".utf8).base64EncodedString()
        return headers
    }

    /// Seven customers with ids 8, 11, 12, 20, 21, 30, 31: people, a business, a Belgian, a planted
    /// odd record (served as its raw text) and a non-Latin name.
    static let customers: [Customer] = [
        Customer(customerID: 8, customerTypeName: "Klant", postcode: "8448PE", houseNumber: "32", houseNumberPostfix: "B",
                 insertion: "van", firstName: "Adri", name: "Dijk", city: "Heerenveen", countryCode: "NL",
                 email: "Adri.vanDijk@Example.nl",
                 phoneNumbers: [PhoneNumber(phoneNumberID: "mob", customerID: 8, phoneNumber: "06-12345678"),
                                PhoneNumber(phoneNumberID: "tel", customerID: 8, phoneNumber: "0733030050")]),
        Customer(customerID: 11, customerTypeName: "E-commerce", postcode: "1000", houseNumber: "2", firstName: "Giel",
                 name: "Wijgergangs", city: "Brussel", countryCode: "BE", email: "giel@example.be",
                 phoneNumbers: [PhoneNumber(phoneNumberID: "mob", customerID: 11, phoneNumber: "+32 470 12 34 56")]),
        Customer(customerID: 12, customerTypeName: "Zakelijk", postcode: "5388 gm", houseNumber: "1", houseNumberPostfix: "c",
                 companyName: "Fietsen Jansen B.V.", name: "Jansen", city: "Nistelrode", countryCode: "NL",
                 email: "info@fietsenjansen.nl", vatNumber: "NL855630693B01", cocNumber: "64356582",
                 datetimeCreated: "2023-01-03 12:30:44",
                 phoneNumbers: [PhoneNumber(phoneNumberID: "tel", customerID: 12, phoneNumber: "+31 412 61 11 11")]),
        Customer(customerID: 20, customerTypeName: "Klant", postcode: "5388GM", houseNumber: "1", firstName: "Élodie",
                 name: "Jansen-de Vries", city: "Nistelrode", countryCode: "NL", email: "elodie@example.nl"),
        planted(#"{"customer_id":"21","name":"<script>alert(1)</script>","city":"Zwolle  ","phone_numbers":null,"extra":{"kept":true}}"#),
        Customer(customerID: 30, customerTypeName: "Klant", postcode: "9711AA", houseNumber: "7", firstName: "Дмитрий",
                 name: "Иванов", city: "Groningen", countryCode: "NL", email: "dmitri@example.nl",
                 phoneNumbers: [PhoneNumber(phoneNumberID: "mob", customerID: 30, phoneNumber: "0031612345670")]),
        Customer(customerID: 31, customerTypeName: "Klant", postcode: "3511AB", houseNumber: "10", firstName: "Sanne",
                 name: "Bakker", city: "Utrecht", countryCode: "NL", email: "sanne@example.nl"),
    ]

    /// A record read from JSON text, keeping that text as its `raw`.
    static func planted(_ raw: String) -> Customer {
        (try? CustomerJSON.decodeCustomer(Data(raw.utf8))) ?? Customer(raw: raw)
    }

    /// The raw text customer 21 is served as.
    static var rawCustomer21: String { customers[4].raw }

    static func store(clock: SandboxClock = .system, modifiedAt: Date? = nil) -> SandboxStore {
        SandboxStore(customers: customers, clock: clock, modifiedAt: modifiedAt)
    }

    /// Runs `test` against the application through the router (no socket).
    static func withRouter<Value: Sendable>(
        store: SandboxStore? = nil, configuration: SandboxConfiguration = configuration(),
        _ test: @escaping @Sendable (any TestClientProtocol, SandboxStore) async throws -> Value
    ) async throws -> Value {
        let store = store ?? self.store()
        let app = Sandbox.buildApplication(store: store, configuration: configuration)
        return try await app.test(.router) { client in try await test(client, store) }
    }
}

extension TestResponse {
    /// The body parsed as JSON.
    var json: Any? {
        try? JSONSerialization.jsonObject(with: Data(body.readableBytesView), options: [.fragmentsAllowed])
    }

    var object: [String: Any] { json as? [String: Any] ?? [:] }
    var array: [[String: Any]] { json as? [[String: Any]] ?? [] }
    var text: String { String(decoding: body.readableBytesView, as: UTF8.self) }

    /// `customer_id`s of a list page or a find answer.
    var customerIDs: [Int] {
        let customers = (object["customers"] as? [[String: Any]]) ?? array
        return customers.compactMap { ($0["customer_id"] as? Int) ?? Int("\($0["customer_id"] ?? "")") }
    }

    func header(_ name: String) -> String? {
        HTTPField.Name(name).flatMap { headers[$0] }
    }
}
