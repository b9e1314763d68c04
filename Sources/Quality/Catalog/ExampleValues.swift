import CustomerModel

/// The fields an example customer sets, written compactly for the catalogue
/// (`postcode: "5388gm", country_code_iso_3166: "NL"`).
enum ExampleValues {
    static func describe(_ customers: [Customer], focus: String?) -> String {
        guard let first = customers.first else { return "" }
        var parts = CustomerField.allCases.compactMap { field -> String? in
            guard field != .customerID, let value = first[field] else { return nil }
            return "\(field.rawValue): \(CustomerJSON.quoted(value))"
        }
        for phone in first.phoneNumbers {
            parts.append("phone_numbers[\(phone.phoneNumberID ?? "")]: \(CustomerJSON.quoted(phone.phoneNumber ?? ""))")
        }
        for issue in first.decodingIssues { parts.append("\(issue.field): (\(issue.problem))") }
        let text = parts.joined(separator: ", ")
        return customers.count > 1 ? "\(customers.count) customers like {\(text)}" : text
    }
}
