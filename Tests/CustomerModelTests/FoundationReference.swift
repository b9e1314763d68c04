@testable import CustomerModel
import Foundation

/// An independent reading of a customer from Foundation's JSON object, kept only as the reference
/// the byte-level decoder is checked against (`ParallelDecodingTests`); the tool itself has one
/// decoder, `CustomerJSON`.
enum FoundationReference {
    /// Builds a customer from a parsed JSON object. `raw` defaults to the object re-serialized.
    static func customer(from object: [String: Any], raw: String? = nil) -> Customer {
        var issues: [DecodingIssue] = []
        func text(_ key: String) -> String? {
            guard let value = object[key] else { return nil }
            switch value {
            case is NSNull: return nil
            case let string as String: return string
            case let number as NSNumber:
                if CFGetTypeIDIfAvailable(number) { return number.boolValue ? "true" : "false" }
                return number.stringValue
            default:
                issues.append(DecodingIssue(field: key, problem: "expected text, found \(kind(of: value))"))
                return nil
            }
        }
        var customer = Customer()
        customer.customerID = integer(object["customer_id"])
        if object["customer_id"] != nil, !(object["customer_id"] is NSNull), customer.customerID == nil {
            issues.append(DecodingIssue(field: "customer_id", problem: "not a whole number"))
        }
        for field in CustomerField.allCases where field != .customerID && field != .phoneNumbers {
            customer[field] = text(field.rawValue)
        }
        switch object["phone_numbers"] {
        case nil, is NSNull: break
        case let entries as [Any]:
            for (index, entry) in entries.enumerated() {
                guard let phone = entry as? [String: Any] else {
                    issues.append(DecodingIssue(field: "phone_numbers[\(index)]", problem: "not an object"))
                    continue
                }
                func phoneText(_ key: String) -> String? {
                    switch phone[key] {
                    case let string as String: return string
                    case let number as NSNumber: return number.stringValue
                    default: return nil
                    }
                }
                customer.phoneNumbers.append(PhoneNumber(
                    phoneNumberID: phoneText("phone_number_id"), customerID: integer(phone["customer_id"]),
                    phoneNumber: phoneText("phone_number"), name: phoneText("name")))
            }
        case let other?:
            issues.append(DecodingIssue(field: "phone_numbers", problem: "expected a list, found \(kind(of: other))"))
        }
        customer.raw = raw ?? serialize(object)
        customer.decodingIssues = issues
        return customer
    }

    static func integer(_ value: Any?) -> Int? {
        switch value {
        case let number as NSNumber:
            let double = number.doubleValue
            return double == double.rounded() && abs(double) < 9e15 ? Int(double) : nil
        case let string as String: return Int(string.trimmingCharacters(in: .whitespaces))
        default: return nil
        }
    }

    private static func kind(of value: Any) -> String {
        switch value {
        case is [Any]: return "a list"
        case is [String: Any]: return "an object"
        default: return "\(type(of: value))"
        }
    }

    private static func serialize(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    // JSONSerialization hands booleans over as NSNumber; tell them apart from numbers.
    private static func CFGetTypeIDIfAvailable(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c" && (number == NSNumber(value: true) || number == NSNumber(value: false))
    }
}
