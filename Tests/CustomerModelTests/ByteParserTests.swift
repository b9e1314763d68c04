import Foundation
import Testing
@testable import CustomerModel

@Suite struct ByteParserTests {
    @Test(arguments: [
        (#""plain""#, "plain"),
        (#""quote \" backslash \\ slash \/""#, #"quote " backslash \ slash /"#),
        (#""tab\tnew\nline\r\b\f""#, "tab\tnew\nline\r\u{08}\u{0C}"),
        (#""caf\u00e9 \u0130""#, "café İ"),
        (#""bike \ud83d\udeb2""#, "bike 🚲"),
        (#""lone \ud83d end""#, "lone \u{FFFD} end"),
        (#""low \udeb2 first""#, "low \u{FFFD} first"),
        (#""ünïcödé Иван 王伟""#, "ünïcödé Иван 王伟"),
        (#""rtl \u202e override""#, "rtl \u{202E} override"),
    ])
    func decodesStringsWithEscapes(_ json: String, _ expected: String) throws {
        let record = "{\"name\": \(json)}"
        let customer = try CustomerJSON.decodeCustomer(Data(record.utf8))
        #expect(customer.name == expected)
        #expect(customer.raw == record, "raw is the exact text")
    }

    @Test(arguments: [
        (#"{"house_number": 12}"#, "12"),
        (#"{"house_number": "12"}"#, "12"),
        (#"{"house_number": -3.50e2}"#, "-3.50e2"),
        (#"{"house_number": true}"#, "true"),
        (#"{"house_number": null}"#, nil),
        (#"{}"#, nil),
    ] as [(String, String?)])
    func keepsScalarsAsTheTextThatWasSent(_ json: String, _ expected: String?) throws {
        #expect(try CustomerJSON.decodeCustomer(Data(json.utf8)).houseNumber == expected)
    }

    @Test(arguments: [
        (#"{"customer_id": 7}"#, 7, [String]()),
        (#"{"customer_id": " 7 "}"#, 7, []),
        (#"{"customer_id": 7.0}"#, 7, []),
        (#"{"customer_id": 7.5}"#, nil, ["customer_id"]),
        (#"{"customer_id": "abc"}"#, nil, ["customer_id"]),
        (#"{"customer_id": true}"#, nil, ["customer_id"]),
        (#"{"customer_id": [1]}"#, nil, ["customer_id"]),
        (#"{"customer_id": null}"#, nil, []),
    ] as [(String, Int?, [String])])
    func readsCustomerIDsLeniently(_ json: String, _ id: Int?, _ issues: [String]) throws {
        let customer = try CustomerJSON.decodeCustomer(Data(json.utf8))
        #expect(customer.customerID == id)
        #expect(customer.decodingIssues.map(\.field) == issues)
    }

    @Test func phoneNumbersOfEveryShape() throws {
        let json = #"{"phone_numbers": [{"phone_number_id": "mob", "customer_id": "8", "phone_number": 612345678, "name": null, "x": {"y": [1, 2]}}, "06-1", null, {"phone_number_id": 453383}]}"#
        let customer = try CustomerJSON.decodeCustomer(Data(json.utf8))
        #expect(customer.phoneNumbers == [
            PhoneNumber(phoneNumberID: "mob", customerID: 8, phoneNumber: "612345678", name: nil),
            PhoneNumber(phoneNumberID: "453383"),
        ])
        #expect(customer.decodingIssues.map(\.field) == ["phone_numbers[1]", "phone_numbers[2]"])
        for (shape, text) in [("\"none\"", "text"), ("5", "a number"), ("{}", "an object"), ("false", "true/false")] {
            let odd = try CustomerJSON.decodeCustomer(Data("{\"phone_numbers\": \(shape)}".utf8))
            #expect(odd.decodingIssues == [DecodingIssue(field: "phone_numbers", problem: "expected a list, found \(text)")])
        }
    }

    @Test func unknownFieldsAreSkippedButKeptInRaw() throws {
        let json = #"[ {"loyalty": {"tier": [3, {"a": "]}"}]}, "customer_id": 1, "extra": "\"}\""} ,{"customer_id":2} ]"#
        let customers = try CustomerJSON.decodeCustomers(Data(json.utf8))
        #expect(customers.map(\.customerID) == [1, 2])
        #expect(customers[0].raw == #"{"loyalty": {"tier": [3, {"a": "]}"}]}, "customer_id": 1, "extra": "\"}\""}"#)
        #expect(customers[1].raw == #"{"customer_id":2}"#)
    }

    @Test(arguments: [
        ("", [Int]()), ("  \n ", []), ("[]", []), ("[ ]\n", []), ("\u{FEFF}[{\"customer_id\": 3}]", [3]),
        ("{\"customer_id\": 4}", [4]),
        ("{\"error\": false, \"customers\": [{\"customer_id\": 5}, {\"customer_id\": 6}], \"pagination\": {\"count\": 2}}", [5, 6]),
        ("{\"customer_id\": 1}\r\n{\"customer_id\": 2}\r\n\r\n", [1, 2]),
        ("  {\"customer_id\": 1}  \n\t{\"customer_id\": 2}", [1, 2]),
    ])
    func readsEveryInputShape(_ text: String, _ ids: [Int]) throws {
        #expect(try CustomerJSON.decodeCustomers(Data(text.utf8)).compactMap(\.customerID) == ids)
    }

    @Test(arguments: [
        ("[{\"customer_id\": 1},\n{\"customer_id\": 2,\n\"name\": }]", 3, true),
        ("[{\"customer_id\": 1},\n{\"customer_id\": 2}\n{\"customer_id\": 3}]", 3, true),
        ("[\n{\"customer_id\": 1},\n]", 3, true),
        ("[\n{\"customer_id\": 1},\n{\"name\": \"unterminated}\n]", 3, true), // where the string opens
        ("[\n{\"customer_id\": 1}\n] trailing", 3, true),
        ("[\n{\"customer_id\": 1},\n42\n]", 3, false),
        ("{\"customer_id\": 1}\n{\"customer_id\": 2\n", 2, true),
        ("{\"customer_id\": 1}\n\n[1, 2]\n", 3, false),
        ("{\"customers\": [{\"customer_id\": 1},\n\"x\"]}", 2, false),
        ("{\"name\": \"bad \\q escape\"}", 1, true),
        ("{\"name\": 01x}", 1, true),
    ])
    func namesTheLineOfBadInput(_ text: String, _ line: Int, _ malformed: Bool) {
        #expect {
            try CustomerJSON.decodeCustomers(Data(text.utf8))
        } throws: { error in
            switch error as? CustomerInputError {
            case let .malformedJSON(found, _)?: return malformed && found == line
            case let .notCustomerData(found, _)?: return !malformed && found == line
            case nil: return false
            }
        }
    }

    @Test func syntaxErrorsSayWhatAndWhere() {
        let text = "[\n  {\"customer_id\": 1, \"name\" \"x\"}\n]"
        do {
            _ = try CustomerJSON.decodeCustomers(Data(text.utf8))
            Issue.record("accepted malformed input")
        } catch {
            #expect("\(error)" == "malformed JSON on line 2: expected ':' after a key, found '\"' (column 29)")
        }
    }

    @Test func aListPageWithAnErrorFlag() throws {
        let page = try CustomerJSON.decodeListPage(Data(#"{"error": true, "error_message": "Rate limit", "customers": null}"#.utf8))
        #expect(page.error && page.errorMessage == "Rate limit" && page.customers.isEmpty)
        let numeric = try CustomerJSON.decodeListPage(Data(#"{"error": 0, "customers": [], "pagination": {"count": "0", "next_offset": null}}"#.utf8))
        #expect(!numeric.error && numeric.nextOffset == nil && numeric.count == 0)
        #expect(throws: CustomerInputError.self) { try CustomerJSON.decodeListPage(Data(#"{"error": false}"#.utf8)) }
        #expect(throws: CustomerInputError.self) { try CustomerJSON.decodeListPage(Data("[]".utf8)) }
    }

    @Test func findResultsDropWhatIsNotAnObject() throws {
        let customers = try CustomerJSON.decodeCustomerArray(Data(#"[{"customer_id": 1}, 5, "x", null, {"customer_id": 2}]"#.utf8))
        #expect(customers.map(\.customerID) == [1, 2])
        #expect(throws: CustomerInputError.self) { try CustomerJSON.decodeCustomerArray(Data("{}".utf8)) }
    }

    @Test func readsAFileAndReportsAnUnreadableOne() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("customers-\(UUID().uuidString).json")
        try Data(#"[{"customer_id": 12, "name": "Jansen"}]"#.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try CustomerFile.read(url.path).map(\.name) == ["Jansen"])
        #expect(try CustomerFile.read(url.path, keepRaw: false).map(\.raw) == [""])
        let missing = url.appendingPathExtension("missing").path
        #expect(throws: CustomerFileError(description: "cannot read \(missing): no such file")) { try CustomerFile.read(missing) }
        let blank = url.appendingPathExtension("blank")
        try Data(" \n".utf8).write(to: blank)
        defer { try? FileManager.default.removeItem(at: blank) }
        #expect(throws: CustomerFileError(description: "\(blank.path): is empty, no customers")) { try CustomerFile.read(blank.path) }
    }

    @Test func deepNestingIsRefusedNotCrashed() {
        let deep = "[{\"x\": " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "}]"
        #expect(throws: CustomerInputError.self) { try CustomerJSON.decodeCustomers(Data(deep.utf8)) }
    }
}

@Suite struct FieldKeyTests {
    @Test func theStaticNamesAreTheAPIFieldNames() throws {
        // FieldKeys keeps its own copy of the names for speed; every field must still be found.
        var json = "{"
        json += CustomerField.allCases.filter { $0 != .phoneNumbers && $0 != .customerID }.map { "\"\($0.rawValue)\": \"v-\($0.rawValue)\"" }.joined(separator: ", ")
        json += ", \"customer_id\": 5, \"customer\\u005freference\": \"escaped-key\"}"
        let customer = try CustomerJSON.decodeCustomer(Data(json.utf8))
        for field in CustomerField.allCases where field != .phoneNumbers && field != .customerID && field != .customerReference {
            #expect(customer[field] == "v-\(field.rawValue)")
        }
        #expect(customer.customerID == 5)
        #expect(customer.customerReference == "escaped-key")
    }

    @Test(arguments: [#""a\\""#, #""\\\"x""#, #""\\\\""#])
    func backslashesBeforeAQuote(_ json: String) throws {
        let expected = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed) as? String
        #expect(try CustomerJSON.decodeCustomers(Data("[{\"name\": \(json)}]".utf8)).first?.name == expected)
    }
}

@Suite struct QuotedTests {
    @Test(arguments: [
        ("plain", #""plain""#),
        ("say \"hi\"", #""say \"hi\"""#),
        ("back\\slash", #""back\\slash""#),
        ("line\nbreak\ttab", #""line\nbreak\ttab""#),
        ("bell\u{07}", #""bell\u0007""#),
        ("separator\u{2028}", #""separator\u2028""#),
        ("€ and – dash", #""€ and – dash""#),
    ])
    func escapesWhatJSONNeeds(_ value: String, _ expected: String) throws {
        #expect(CustomerJSON.quoted(value) == expected)
        #expect(try JSONSerialization.jsonObject(with: Data(expected.utf8), options: .fragmentsAllowed) as? String == value)
    }
}
