import CustomerModel
import Normalization

/// The member fields of a cluster whose values differ only in how they are written
/// (`+31622585915` and `0622585915`, `5388gm` and `5388 GM`, `JANSEN` and `Jansen`): the card
/// shows them as one value written two ways, not as a disagreement a reviewer must settle.
enum WrittenDifferently {
    /// Field names (as in `ReportMember.fields`) every member fills, with values that differ as
    /// written and agree once normalized. `customers` are the members in `records` order.
    static func fields(_ records: [ReportMember], customers: [NormalizedCustomer]) -> [String] {
        // A member missing from the customer list cannot be compared; neither can a lone record.
        guard records.count >= 2, customers.count == records.count else { return [] }
        let names = Set(records.flatMap(\.fields.keys))
        return names.filter { name in
            let values = records.compactMap { $0.fields[name] }
            guard values.count == records.count, Set(values).count > 1 else { return false }
            return Set(zip(values, customers).map { comparable(name, $0, $1) }).count == 1
        }.sorted()
    }

    /// The value as the matching stage compares it: E.164 for phones, the postcode and e-mail
    /// keys, else the text without case and repeated spaces.
    static func comparable(_ field: String, _ value: String, _ customer: NormalizedCustomer) -> String {
        if field.hasPrefix(CustomerField.phoneNumbers.rawValue + "[") {
            if let e164 = customer.phones.first(where: { $0.raw == value })?.e164 { return e164 }
            return text(value)
        }
        switch field {
        case CustomerField.postcode.rawValue: return customer.address.postcodeKey ?? text(value)
        case CustomerField.email.rawValue: return customer.email.key ?? text(value)
        default: return text(value)
        }
    }

    private static func text(_ value: String) -> String {
        value.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}
