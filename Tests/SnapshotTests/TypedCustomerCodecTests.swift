import CustomerModel
import Foundation
import Testing
@testable import Snapshot

@Suite struct TypedCustomerCodecTests {
    static let texts = [
        #"{"customer_id": 8, "name": "Name", "loyalty": {"tier": "gold"}, "coc_number": "", "x": null}"#,
        #"{"customer_id":"11","first_name":"Zoë","name":"O’Brien <b>bold</b>","city":"Zürich 🚲","discount_percentage":"10,5"}"#,
        #"{"name": "no id", "phone_numbers": {"not": "a list"}, "email": ["a", "b"]}"#,
        #"{"customer_id": -4, "phone_numbers": [{"phone_number_id": "mob", "customer_id": 9007199254740991, "phone_number": 612345678}, "junk"]}"#,
        #"{"customer_id": 3, "name": "Ĳsselmeer 李 Μαρία Иванов", "street": "", "house_number": 12}"#,
    ]

    @Test(arguments: texts)
    func roundTripsTheTypedView(text: String) throws {
        let customer = Fixtures.customer(text)
        let blob = TypedCustomerCodec.encode(customer)
        #expect(TypedCustomerCodec.decode(blob, raw: customer.raw) == customer)
    }

    @Test func refusesBlobsOfAnotherLayout() {
        let customer = Fixtures.customer(Self.texts[1])
        var blob = TypedCustomerCodec.encode(customer)
        let cases: [Data] = [Data(), Data([2, 20, 0]), blob.dropLast(), blob + Data([0]), Data([1, 21]) + blob.dropFirst(2)]
        for data in cases {
            #expect(TypedCustomerCodec.decode(data, raw: customer.raw) == nil, "\(Array(data))")
        }
        blob[blob.count / 2] = 0xff
        _ = TypedCustomerCodec.decode(blob, raw: customer.raw)  // must not crash, whatever it reads
    }

    @Test func fallsBackToTheRawTextWithoutAUsableBlob() {
        for text in Self.texts {
            let customer = Fixtures.customer(text)
            let key = CustomerKey.key(for: customer)
            for typed in [nil, Data([9, 9, 9])] as [Data?] {
                #expect(StoredCustomerDecoder.decode(.init(key: key, raw: text, typed: typed)) == customer)
            }
        }
        let broken = StoredCustomerDecoder.decode(.init(key: 5, raw: "{not json", typed: nil))
        #expect(broken.customerID == 5 && broken.raw == "{not json" && broken.decodingIssues.map(\.field) == ["raw"])
    }
}
