import Foundation

extension CustomerJSON {
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
        // Most values need no escaping at all; checking the bytes first is far cheaper than
        // appending scalar by scalar.
        if !string.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            return "\"" + string + "\""
        }
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
}
