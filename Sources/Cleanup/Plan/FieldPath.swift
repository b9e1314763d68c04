import CustomerModel
import Foundation

/// A writable place in a customer, named as the findings name it: an API field (`postcode`), one
/// phone entry's number (`phone_numbers[mob]`, `phone_numbers[714253]`, or its position when it has
/// no id) or the whole phone list (`phone_numbers`, as JSON text).
public enum FieldPath: Sendable, Hashable {
    case scalar(CustomerField)
    case phone(String)
    case phoneList

    /// Nil for anything the API does not let a PUT write (`customer_id`, `datetime_created`) or does not have.
    public init?(_ text: String) {
        if text == CustomerField.phoneNumbers.rawValue {
            self = .phoneList
        } else if text.hasPrefix("phone_numbers["), text.hasSuffix("]") {
            let slot = String(text.dropFirst("phone_numbers[".count).dropLast())
            guard !slot.isEmpty else { return nil }
            self = .phone(slot)
        } else if let field = CustomerField(rawValue: text), ![.customerID, .datetimeCreated, .phoneNumbers].contains(field) {
            self = .scalar(field)
        } else {
            return nil
        }
    }

    public var text: String {
        switch self {
        case let .scalar(field): return field.rawValue
        case let .phone(slot): return "phone_numbers[\(slot)]"
        case .phoneList: return CustomerField.phoneNumbers.rawValue
        }
    }

    /// The value at this place; nil when the customer has none (no such field or phone entry).
    public func value(in customer: Customer) -> String? {
        switch self {
        case let .scalar(field): return customer[field]
        case .phone: return phoneIndex(in: customer).flatMap { customer.phoneNumbers[$0].phoneNumber }
        case .phoneList: return Self.phoneListText(customer.phoneNumbers)
        }
    }

    /// Writes `value`; false when the place does not exist (a phone entry the customer lacks, or a
    /// phone list that is not valid JSON).
    @discardableResult
    public func set(_ value: String, in customer: inout Customer) -> Bool {
        switch self {
        case let .scalar(field):
            customer[field] = value
            return true
        case .phone:
            guard let index = phoneIndex(in: customer) else { return false }
            customer.phoneNumbers[index].phoneNumber = value
            return true
        case .phoneList:
            guard let phones = Self.phones(fromListText: value, customerID: customer.customerID) else { return false }
            customer.phoneNumbers = phones
            return true
        }
    }

    /// Whether two values are the same for the API: a missing value and an empty one are.
    public static func same(_ a: String?, _ b: String?) -> Bool {
        (a ?? "") == (b ?? "")
    }

    /// The entry with this id, else (for a number) the entry at that position when it has no id,
    /// the way `PhoneField` names entries.
    private func phoneIndex(in customer: Customer) -> Int? {
        guard case let .phone(slot) = self else { return nil }
        let trimmed = { (id: String?) in id?.trimmingCharacters(in: .whitespaces) ?? "" }
        if let index = customer.phoneNumbers.firstIndex(where: { trimmed($0.phoneNumberID) == slot }) { return index }
        if let position = Int(slot), customer.phoneNumbers.indices.contains(position),
           trimmed(customer.phoneNumbers[position].phoneNumberID).isEmpty {
            return position
        }
        return nil
    }

    /// The phone list as compact JSON with sorted keys (the owner's `customer_id` left out: the API
    /// sets it), so two lists compare as text.
    static func phoneListText(_ phones: [PhoneNumber]) -> String {
        let objects = phones.map { phone in
            ["phone_number_id": phone.phoneNumberID ?? "", "phone_number": phone.phoneNumber ?? "", "name": phone.name ?? ""]
        }
        let data = (try? JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func phones(fromListText text: String, customerID: Int?) -> [PhoneNumber]? {
        guard let list = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [[String: Any]] else { return nil }
        return list.map { object in
            PhoneNumber(phoneNumberID: object["phone_number_id"] as? String, customerID: customerID,
                        phoneNumber: object["phone_number"] as? String, name: object["name"] as? String)
        }
    }
}
