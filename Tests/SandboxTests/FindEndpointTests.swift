import Foundation
import HummingbirdTesting
@testable import Sandbox
import Testing

@Suite struct FindEndpointTests {
    /// `find.json` query → the customer ids it finds among the fixtures.
    static let cases: [(query: String, ids: [Int])] = [
        ("phone_number=0612345678", [8]),
        ("phone_number=06-12345678", [8]),
        ("phone_number=06%2012%2034%2056%2078", [8]),
        ("phone_number=%2B31%206%2012345678", [8]),
        ("phone_number=0031612345678", [8]),
        ("phone_number=0612345670", [30]),
        ("phone_number=0412611111", [12]),
        ("phone_number=%2B32470123456", [11]),
        ("phone_number=0612345679", []),
        ("phone_number=---", []),
        ("postal_code=5388gm", [12, 20]),
        ("postal_code=5388%20GM&housenumber=1&housenumber_postfix=C", [12]),
        ("postal_code=5388GM&housenumber=1", [12, 20]),
        ("postal_code=5388GM&housenumber=2", []),
        ("housenumber=32&housenumber_postfix=b", [8]),
        ("email=adri.vandijk@example.NL", [8]),
        ("email=%20giel@example.be%20", [11]),
        ("email=adri", []),
        ("query=jansen", [12, 20]),
        ("query=fietsen%20nist", [12]),
        ("query=Fietsen+Nistelrode", [12]),
        ("query=elodie", [20]),
        ("query=vries", [20]),
        ("query=%D0%98%D0%B2%D0%B0%D0%BD", [30]),
        ("query=zwolle", [21]),
        ("query=jansen%20utrecht", []),
        ("country_code=be", [11]),
        ("customer_type_id=2", [12]),
        ("customer_type_id=3", [11]),
        ("customer_type_id=99", []),
        ("country_code=NL&query=jansen&customer_type_id=1", [20]),
        ("email=&query=bakker", [31]),
    ]

    @Test(arguments: cases)
    func findsCustomersMatchingEveryParameter(query: String, ids: [Int]) async throws {
        try await SandboxFixtures.withRouter { client, _ in
            let response = try await client.execute(uri: "/api/v1/customers/find.json?\(query)", method: .get,
                                                    headers: SandboxFixtures.headers())
            #expect(response.status == .ok)
            #expect(response.json is [Any])
            #expect(response.customerIDs == ids)
        }
    }

    @Test func plantedRecordsAreFoundAndServedVerbatim() async throws {
        try await SandboxFixtures.withRouter { client, _ in
            let response = try await client.execute(uri: "/api/v1/customers/find.json?query=zwolle", method: .get,
                                                    headers: SandboxFixtures.headers())
            #expect(response.text == "[\(SandboxFixtures.rawCustomer21)]")
        }
    }

    @Test func resultsStopAtTheFindLimit() async throws {
        var configuration = SandboxFixtures.configuration()
        configuration.findLimit = 2
        try await SandboxFixtures.withRouter(configuration: configuration) { client, _ in
            let response = try await client.execute(uri: "/api/v1/customers/find.json?country_code=NL", method: .get,
                                                    headers: SandboxFixtures.headers())
            #expect(response.customerIDs == [8, 12])
        }
    }

    @Test(arguments: ["", "?", "?email=", "?unknown=1", "?customer_type_id=abc"])
    func searchesWithoutAUsableParameterAreA400(query: String) async throws {
        try await SandboxFixtures.withRouter { client, _ in
            let response = try await client.execute(uri: "/api/v1/customers/find.json\(query)", method: .get,
                                                    headers: SandboxFixtures.headers())
            #expect(response.status == .badRequest)
            #expect(response.object["error"] as? Bool == true)
        }
    }

    @Test(arguments: [("06-12345678", "0612345678"), ("+31 6 1234 5678", "0612345678"), ("0031 6 12345678", "0612345678"),
                      ("+32 470 12 34 56", "32470123456"), ("(073) 303 0050", "0733030050"), ("", "")])
    func phoneNumbersCompareOnTheirDigits(text: String, key: String) {
        #expect(CustomerSearch.phoneKey(text) == key)
    }
}
