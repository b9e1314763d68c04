import CustomerModel

/// `clusters[].merged` in report.json: the merged record as the API's Customer object, every
/// writable field present, ready to send as the body of `PUT /customers/<survivor_id>.json`.
/// Read-only fields (`customer_id`, `datetime_created`, a phone's `customer_id`) are left out.
public struct ReportMergedRecord: Sendable, Hashable, Codable {
    /// Writable scalar field (API name) → value as written; "" when no member has one.
    public var fields: [String: String]
    public var phoneNumbers: [ReportMergedPhone]

    public init(fields: [String: String] = [:], phoneNumbers: [ReportMergedPhone] = []) {
        self.fields = fields
        self.phoneNumbers = phoneNumbers
    }

    /// The writable scalar fields of the Customer object, in documented order.
    public static let scalarFields: [CustomerField] = CustomerField.allCases.filter {
        $0 != .customerID && $0 != .datetimeCreated && $0 != .phoneNumbers
    }

    /// The merged Customer's writable fields and phone entries.
    public init(_ customer: Customer) {
        var fields: [String: String] = [:]
        for field in Self.scalarFields { fields[field.rawValue] = customer[field] ?? "" }
        self.init(fields: fields, phoneNumbers: customer.phoneNumbers.map {
            ReportMergedPhone(phoneNumberID: $0.phoneNumberID, phoneNumber: $0.phoneNumber ?? "", name: $0.name ?? "")
        })
    }

    public subscript(field: String) -> String? { fields[field] }

    /// The same record as a Customer value (for sending it, or reading it back).
    public var customer: Customer {
        var customer = Customer()
        for field in Self.scalarFields { customer[field] = fields[field.rawValue] }
        customer.phoneNumbers = phoneNumbers.map { PhoneNumber(phoneNumberID: $0.phoneNumberID, phoneNumber: $0.phoneNumber, name: $0.name) }
        return customer
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: AnyKey.self)
        for (field, value) in fields {
            // The API documents the discount as a decimal number, not a string.
            if field == CustomerField.discountPercentage.rawValue, let number = Self.number(value) {
                if let whole = Int(exactly: number) { try container.encode(whole, forKey: AnyKey(field)) } else { try container.encode(number, forKey: AnyKey(field)) }
            } else {
                try container.encode(value, forKey: AnyKey(field))
            }
        }
        try container.encode(phoneNumbers, forKey: AnyKey(CustomerField.phoneNumbers.rawValue))
    }

    /// Reads this shape, and the field → text object that reports of earlier versions wrote.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        var fields: [String: String] = [:]
        var phones: [ReportMergedPhone] = []
        for key in container.allKeys {
            if key.stringValue == CustomerField.phoneNumbers.rawValue {
                phones = try container.decode([ReportMergedPhone].self, forKey: key)
            } else if let text = try? container.decode(String.self, forKey: key) {
                fields[key.stringValue] = text
            } else if let number = try? container.decode(Double.self, forKey: key) {
                fields[key.stringValue] = Int(exactly: number).map(String.init) ?? String(number)
            }
        }
        self.init(fields: fields, phoneNumbers: phones)
    }

    static func number(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, let value = Double(trimmed.replacingOccurrences(of: ",", with: ".")), value.isFinite else { return nil }
        return value
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

/// One entry of the merged record's `phone_numbers`; an id-less entry is a new extra number.
public struct ReportMergedPhone: Sendable, Hashable, Codable {
    public var phoneNumberID: String?
    public var phoneNumber: String
    public var name: String

    public init(phoneNumberID: String?, phoneNumber: String, name: String) {
        self.phoneNumberID = phoneNumberID
        self.phoneNumber = phoneNumber
        self.name = name
    }

    enum CodingKeys: String, CodingKey {
        case name
        case phoneNumberID = "phone_number_id"
        case phoneNumber = "phone_number"
    }
}

import Foundation
