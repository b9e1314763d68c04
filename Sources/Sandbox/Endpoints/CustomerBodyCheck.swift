import CustomerModel
import Foundation

/// What a `POST` or `PUT` body must satisfy before the sandbox stores it, as a real API would
/// refuse it: text fields are text, the house number is a whole number with its postfix apart,
/// the discount a number from 0 to 100, `phone_numbers` an array of phone objects, a country code
/// two letters; a new customer needs a surname or a company name. The first problem is answered.
enum CustomerBodyCheck {
    enum Purpose { case create, update }

    /// Nil when the body is acceptable, else what is wrong with it.
    static func problem(in object: [String: Any], for purpose: Purpose) -> String? {
        for field in CustomerField.allCases {
            guard let value = object[field.rawValue], !(value is NSNull) else { continue }
            if let problem = problem(field, value) { return problem }
        }
        if purpose == .create {
            let named = [CustomerField.name, .companyName].contains { field in
                (object[field.rawValue] as? String).map { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? false
            }
            if !named { return "a new customer needs a name or a company_name" }
        }
        return nil
    }

    private static func problem(_ field: CustomerField, _ value: Any) -> String? {
        switch field {
        case .customerID, .datetimeCreated:
            return nil // read-only: ignored, whatever was sent
        case .houseNumber:
            if let number = value as? NSNumber, value as? String == nil {
                return number.doubleValue >= 0 && number.doubleValue == number.doubleValue.rounded() ? nil : "house_number must be a whole number"
            }
            guard let text = value as? String else { return "house_number must be text" }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard trimmed.isEmpty || trimmed.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else {
                return "house_number must be a whole number (\"\(text)\"): a postfix goes into house_number_postfix"
            }
            return nil
        case .discountPercentage:
            let number = (value as? String).flatMap { Double($0.trimmingCharacters(in: .whitespaces)) } ?? (value as? NSNumber)?.doubleValue
            guard let number, (0...100).contains(number) else { return "discount_percentage must be a number from 0 to 100" }
            return nil
        case .countryCode:
            guard let text = value as? String else { return "country_code_iso_3166 must be text" }
            let code = text.trimmingCharacters(in: .whitespaces)
            guard code.isEmpty || (code.count == 2 && code.unicodeScalars.allSatisfy { $0.isASCII && CharacterSet.letters.contains($0) }) else {
                return "country_code_iso_3166 must be two letters (\"\(text)\")"
            }
            return nil
        case .phoneNumbers:
            guard let entries = value as? [Any] else { return "phone_numbers must be an array" }
            for (index, entry) in entries.enumerated() {
                guard let phone = entry as? [String: Any] else { return "phone_numbers[\(index)] must be an object" }
                for key in ["phone_number_id", "phone_number", "name"] {
                    if let part = phone[key], !(part is NSNull), !(part is String) { return "phone_numbers[\(index)].\(key) must be text" }
                }
            }
            return nil
        default:
            return value is String ? nil : "\(field.rawValue) must be text"
        }
    }
}
