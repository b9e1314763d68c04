import CustomerModel
import Foundation
import Testing
@testable import CycleSoftwareAPI

@Suite struct APIRequestTests {
    @Test(arguments: [
        ("0733030050", "0733030050"), ("+31 6 12345678", "%2B31%206%2012345678"),
        ("a&b=c", "a%26b%3Dc"), ("2019-01-01 12:00:00", "2019-01-01%2012%3A00%3A00"),
        ("Zoë", "Zo%C3%AB"), ("name@domain.nl", "name%40domain.nl"), ("a-b_c.d~e", "a-b_c.d~e"),
    ])
    func queryValuesArePercentEncoded(_ value: String, _ encoded: String) {
        #expect(APIRequest.percentEncoded(value) == encoded)
    }

    @Test func urlJoinsBasePathAndQuery() {
        let request = APIRequest(method: .get, path: "/api/v1/customers/list.json",
                                 query: [("modified_since", "2019-01-01 12:00:00"), ("offset", "500")])
        #expect(request.url(baseURL: "https://api.cyclesoftware.nl")
            == "https://api.cyclesoftware.nl/api/v1/customers/list.json?modified_since=2019-01-01%2012%3A00%3A00&offset=500")
        #expect(APIRequest(method: .get, path: "/api/v1/customers/6.json").url(baseURL: "http://127.0.0.1:1")
            == "http://127.0.0.1:1/api/v1/customers/6.json")
    }

    @Test func onlyPostIsNotRepeatable() {
        #expect(APIRequest(method: .get, path: "/").isIdempotent)
        #expect(APIRequest(method: .put, path: "/").isIdempotent)
        #expect(!APIRequest(method: .post, path: "/").isIdempotent)
    }

    @Test(arguments: [
        (#"{"error": true, "error_message": "Database busy"}"#, "Database busy"),
        (#"{"error": 1}"#, #"the API answered "error": true without a message"#),
    ])
    func errorBodiesAreRecognised(_ body: String, _ message: String) throws {
        let value = try JSONSerialization.jsonObject(with: Data(body.utf8))
        #expect(throws: ResponseProblem.self) { try CustomersClient.checkErrorBody(value) }
        do { try CustomersClient.checkErrorBody(value) } catch let ResponseProblem.apiError(text) {
            #expect(text == message)
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func aCustomerAnswerKeepsEverythingItCarries() throws {
        let body = #"{"customer_id": "26196", "name": "Aleksnadar", "new_field": {"x": 1}, "phone_numbers": null}"#
        let customer = try CustomersClient.decodeCustomer(APIResponse(status: 200, headers: [], body: Data(body.utf8)))
        #expect(customer.customerID == 26196)
        #expect(customer.name == "Aleksnadar")
        #expect(customer.raw.contains("new_field"))
    }

    @Test(arguments: [#"{"customer_id": 4, "name": "#, "[1,2]", "", #"{"name": "no id"}"#, #"{"error": false}"#])
    func truncatedOrWrongCustomerBodiesAreMalformed(_ body: String) {
        #expect(throws: ResponseProblem.self) {
            try CustomersClient.decodeCustomer(APIResponse(status: 200, headers: [], body: Data(body.utf8)))
        }
    }
}
