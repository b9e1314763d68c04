import Foundation
import Testing
@testable import CustomerModel

/// The byte-level reader against Foundation's JSONSerialization on the same records, and the
/// parallel path against the one-core path.
@Suite struct ParallelDecodingTests {
    /// Records with every kind of oddity the API sends, repeated so the parallel path is taken.
    static let records: [String] = (0..<1_500).map { index in
        let tricky = [
            #"{"customer_id": \#(index + 1), "name": "O\"Brien \\ <script>x</script>", "house_number": \#(index), "discount_percentage": "10", "phone_numbers": null}"#,
            #"{"customer_id": "\#(index + 1)", "first_name": "Zo\u00eb \ud83d\udeb2", "city": "'s-Hertogenbosch", "phone_numbers": [{"phone_number_id": "mob", "customer_id": \#(index + 1), "phone_number": "+31 6 12345678", "name": "Zoë"}], "extra": {"nested": [1, {"a": null}]}}"#,
            #"{"customer_id":\#(index + 1),"name":"Иван Петров","email":null,"datetime_created":"2024-01-02 03:04:05","phone_numbers":[]}"#,
            #"{"customer_id": \#(index + 1), "company_name": {"oops": true}, "postcode": 5388, "phone_numbers": "none"}"#,
        ]
        return tricky[index % tricky.count]
    }

    @Test func matchesJSONSerializationFieldForField() throws {
        let text = "[\n" + Self.records.joined(separator: ",\n") + "\n]"
        let fast = try CustomerJSON.decodeCustomers(Data(text.utf8))
        #expect(fast.count == Self.records.count)
        for (record, customer) in zip(Self.records, fast) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(record.utf8)) as? [String: Any])
            let reference = FoundationReference.customer(from: object, raw: record)
            #expect(customer.raw == record)
            for field in CustomerField.allCases where field != .phoneNumbers {
                #expect(customer[field] == reference[field], "\(field.rawValue) of \(record)")
            }
            #expect(customer.phoneNumbers == reference.phoneNumbers)
            #expect(Set(customer.decodingIssues.map(\.field)) == Set(reference.decodingIssues.map(\.field)))
        }
    }

    @Test(arguments: [1, 2, 3, 8])
    func everyWorkerCountGivesTheSameRecordsInOrder(_ workers: Int) throws {
        let array = Data(("[" + Self.records.joined(separator: ",") + "]").utf8)
        let lines = Data(Self.records.joined(separator: "\n").utf8)
        let page = Data(("{\"error\":false,\"customers\":[" + Self.records.joined(separator: ",") + "],\"pagination\":{\"count\":1500,\"next_offset\":null}}").utf8)
        let reference = try CustomerJSON.decodeCustomers(array, workers: 1)
        #expect(try CustomerJSON.decodeCustomers(array, workers: workers) == reference)
        #expect(try CustomerJSON.decodeCustomers(lines, workers: workers) == reference)
        #expect(try CustomerJSON.decodeJSONLines(lines, workers: workers) == reference)
        #expect(try CustomerJSON.decodeCustomers(page, workers: workers) == reference)
        #expect(reference.map(\.customerID) == Array(1...1_500))
    }

    @Test func theFirstErrorInTheInputIsReportedWhicheverCoreFindsIt() {
        var lines = Self.records
        lines[1_200] = "{\"customer_id\": broken}"
        lines[300] = "{\"customer_id\": 301,"
        let data = Data(lines.joined(separator: "\n").utf8)
        #expect {
            try CustomerJSON.decodeCustomers(data, workers: 4)
        } throws: { error in
            guard case let .malformedJSON(line, _)? = error as? CustomerInputError else { return false }
            return line == 301
        }
    }
}
