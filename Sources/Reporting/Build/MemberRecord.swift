import Foundation
import CustomerModel
import Normalization

/// The record of one cluster member as a reviewer compares it: API field names as keys,
/// values exactly as sent; phones under `phone_numbers[<slot id>]` like the findings' fields.
enum MemberRecord {
    static func member(_ customer: NormalizedCustomer) -> ReportMember {
        var fields: [String: String] = [:]
        // The id heads the member's column; as a row it would only ever show a difference. A record
        // listed under a stand-in id (its customer_id is on an earlier record too) shows the id it has.
        let showsID = customer.customer.customerID != nil && customer.customer.customerID != customer.id
        for field in CustomerField.allCases where field != .phoneNumbers && (field != .customerID || showsID) {
            if let value = customer.customer[field], !value.isEmpty { fields[field.rawValue] = value }
        }
        for (index, phone) in customer.customer.phoneNumbers.enumerated() {
            guard let number = phone.phoneNumber, !number.isEmpty else { continue }
            var key = "phone_numbers[\(phone.phoneNumberID ?? String(index))]"
            if fields[key] != nil { key = "phone_numbers[\(index)]" }
            fields[key] = number
        }
        return ReportMember(customerID: customer.id, displayName: displayName(customer), fields: fields)
    }

    /// A member the matching stage named but the customer list lacks: shown with its id only.
    static func unknown(_ id: Int) -> ReportMember {
        ReportMember(customerID: id, displayName: "customer \(id)", fields: [:])
    }

    private static func displayName(_ customer: NormalizedCustomer) -> String {
        let person = customer.person.displayName.trimmingCharacters(in: .whitespacesAndNewlines)
        let company = customer.company.display ?? customer.customer.companyName ?? ""
        let raw = [customer.customer.firstName, customer.customer.insertion, customer.customer.name]
            .compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }.joined(separator: " ")
        let name = person.isEmpty ? raw : person
        switch (name.isEmpty, company.isEmpty) {
        case (false, false): return "\(name) (\(company))"
        case (false, true): return name
        case (true, false): return company
        case (true, true): return "customer \(customer.id)"
        }
    }
}
