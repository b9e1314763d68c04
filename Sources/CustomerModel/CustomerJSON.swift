import Foundation

/// Reading and writing customers in the API's JSON shape.
///
/// Decoding is lenient: a field may be missing, `null`, a number where a string belongs or the
/// other way round; unknown fields are kept in `raw`. Only input that is not customer data at all
/// throws `CustomerInputError`.
public enum CustomerJSON {
    /// A JSON array of customers, a `list.json` response object, a single customer object, or
    /// JSON Lines of customer objects.
    public static func decodeCustomers(_ data: Data) throws -> [Customer] {
        let text = data.prefix(4096)
        let firstByte = text.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) })
        guard let firstByte else { return [] }
        if firstByte == UInt8(ascii: "[") {
            let value = try parse(data, line: nil)
            guard let array = value as? [Any] else { throw CustomerInputError.notCustomerData(line: nil, reason: "expected a JSON array") }
            return try array.enumerated().map { index, element in
                guard let object = element as? [String: Any] else {
                    throw CustomerInputError.notCustomerData(line: nil, reason: "element \(index) is not an object")
                }
                return customer(from: object)
            }
        }
        // An object: a list.json page, one customer, or the first line of JSON Lines.
        if let value = try? JSONSerialization.jsonObject(with: data), let object = value as? [String: Any] {
            if let customers = object["customers"] as? [Any] {
                return try customers.enumerated().map { index, element in
                    guard let object = element as? [String: Any] else {
                        throw CustomerInputError.notCustomerData(line: nil, reason: "customers[\(index)] is not an object")
                    }
                    return customer(from: object)
                }
            }
            return [customer(from: object)]
        }
        return try decodeJSONLines(data)
    }

    /// JSON Lines: one customer object a line; blank lines are skipped.
    public static func decodeJSONLines(_ data: Data) throws -> [Customer] {
        var customers: [Customer] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.drop(while: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D })
            if trimmed.isEmpty || trimmed.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let value = try parse(Data(trimmed), line: lineNumber)
            guard let object = value as? [String: Any] else {
                throw CustomerInputError.notCustomerData(line: lineNumber, reason: "not a JSON object")
            }
            customers.append(customer(from: object, raw: String(decoding: trimmed, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        return customers
    }

    /// One page of `list.json`.
    public static func decodeListPage(_ data: Data) throws -> ListPage {
        let value = try parse(data, line: nil)
        guard let object = value as? [String: Any] else {
            throw CustomerInputError.notCustomerData(line: nil, reason: "list response is not a JSON object")
        }
        let error = (object["error"] as? Bool) ?? ((object["error"] as? NSNumber)?.boolValue ?? false)
        let errorMessage = object["error_message"] as? String
        guard let customerValues = object["customers"] as? [Any] else {
            if error { return ListPage(customers: [], count: 0, nextOffset: nil, error: true, errorMessage: errorMessage) }
            throw CustomerInputError.notCustomerData(line: nil, reason: "list response has no customers array")
        }
        let customers = try customerValues.enumerated().map { index, element -> Customer in
            guard let object = element as? [String: Any] else {
                throw CustomerInputError.notCustomerData(line: nil, reason: "customers[\(index)] is not an object")
            }
            return customer(from: object)
        }
        let pagination = object["pagination"] as? [String: Any]
        let count = pagination.flatMap { integer($0["count"]) } ?? customers.count
        let nextOffset = pagination.flatMap { integer($0["next_offset"]) }
        return ListPage(customers: customers, count: count, nextOffset: nextOffset, error: error, errorMessage: errorMessage)
    }

    /// A single customer object (`GET /customers/:id.json`, `POST`, `PUT` responses).
    public static func decodeCustomer(_ data: Data) throws -> Customer {
        guard let object = try parse(data, line: nil) as? [String: Any] else {
            throw CustomerInputError.notCustomerData(line: nil, reason: "not a JSON object")
        }
        return customer(from: object)
    }

    /// An array of customers (`find.json`).
    public static func decodeCustomerArray(_ data: Data) throws -> [Customer] {
        guard let array = try parse(data, line: nil) as? [Any] else {
            throw CustomerInputError.notCustomerData(line: nil, reason: "not a JSON array")
        }
        return array.compactMap { ($0 as? [String: Any]).map { customer(from: $0) } }
    }

    /// Builds a customer from a parsed JSON object. `raw` defaults to the object re-serialized.
    public static func customer(from object: [String: Any], raw: String? = nil) -> Customer {
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

    /// The customer in the API's shape: every documented field, in the documented order.
    /// Used by the sandbox and the generator; records read from elsewhere keep their `raw` text.
    public static func encode(_ customer: Customer) -> String {
        var out = "{"
        out += "\"customer_id\":" + (customer.customerID.map(String.init) ?? "null")
        for field in CustomerField.allCases where field != .customerID && field != .phoneNumbers {
            out += ",\"\(field.rawValue)\":"
            if field == .discountPercentage, let value = customer.discountPercentage, Double(value) != nil {
                out += value
            } else {
                out += customer[field].map(quoted) ?? "null"
            }
        }
        out += ",\"phone_numbers\":["
        out += customer.phoneNumbers.map { phone in
            "{\"phone_number_id\":\(phone.phoneNumberID.map(quoted) ?? "null"),\"customer_id\":\(phone.customerID.map(String.init) ?? "null"),\"phone_number\":\(phone.phoneNumber.map(quoted) ?? "null"),\"name\":\(phone.name.map(quoted) ?? "null")}"
        }.joined(separator: ",")
        out += "]}"
        return out
    }

    /// A JSON string literal.
    public static func quoted(_ string: String) -> String {
        var out = "\""
        out.reserveCapacity(string.utf8.count + 2)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func parse(_ data: Data, line: Int?) throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw CustomerInputError.malformedJSON(line: line, reason: (error as NSError).localizedDescription)
        }
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

/// One `list.json` response.
public struct ListPage: Sendable {
    public var customers: [Customer]
    public var count: Int
    public var nextOffset: Int?
    public var error: Bool
    public var errorMessage: String?

    public init(customers: [Customer], count: Int, nextOffset: Int?, error: Bool = false, errorMessage: String? = nil) {
        self.customers = customers
        self.count = count
        self.nextOffset = nextOffset
        self.error = error
        self.errorMessage = errorMessage
    }
}

/// Input that is not customer data (exit code 4 at the command line).
public enum CustomerInputError: Error, Sendable, CustomStringConvertible {
    case malformedJSON(line: Int?, reason: String)
    case notCustomerData(line: Int?, reason: String)

    public var description: String {
        switch self {
        case let .malformedJSON(line, reason):
            return "malformed JSON\(line.map { " on line \($0)" } ?? ""): \(reason)"
        case let .notCustomerData(line, reason):
            return "not customer data\(line.map { " on line \($0)" } ?? ""): \(reason)"
        }
    }
}
