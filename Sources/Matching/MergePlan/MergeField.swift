import CustomerModel
import Normalization

/// A writable scalar field of the API's Customer object, as the merge sees it: the value as the
/// member's record writes it, the key that says two values are the same thing written
/// differently, and whether the value passed its checks.
struct MergeField: Sendable {
    var field: CustomerField
    /// The value as written (trimmed), nil when the record has none.
    var value: @Sendable (NormalizedCustomer) -> String?
    /// Equality key; nil falls back to the lower-cased value.
    var key: @Sendable (NormalizedCustomer) -> String?
    var isValid: @Sendable (NormalizedCustomer) -> Bool
    /// Whether other fields (e-mail, company name, attn, phone names) can speak for a value: a
    /// surname that the e-mail and the company name spell is more likely right than a variant.
    var corroborates = false

    var name: String { field.rawValue }

    static func valid(_ outcome: FieldOutcome) -> Bool {
        switch outcome {
        case .valid, .unchecked: return true
        case .missing, .invalid: return false
        }
    }

    /// A field whose value is kept as written and compared by its lower-cased text.
    static func written(_ field: CustomerField) -> MergeField {
        MergeField(field: field, value: { trimmed($0.customer[field]) }, key: { trimmed($0.customer[field])?.lowercased() },
                   isValid: { trimmed($0.customer[field]) != nil })
    }

    /// Every writable scalar field, in the order of the API's Customer object.
    static let all: [MergeField] = [
        written(.customerTypeName),
        written(.customerReference),
        MergeField(field: .postcode, value: { trimmed($0.customer.postcode) }, key: { $0.address.postcodeKey },
                   isValid: { valid($0.address.postcodeOutcome) }),
        // The number and its postfix stay apart, as the API keeps them: a postfix typed into the
        // number field ("59 1") is split by the parser, and the merged record uses its parts.
        MergeField(field: .houseNumber, value: { $0.address.houseNumber.map(String.init) ?? trimmed($0.customer.houseNumber) },
                   key: { $0.address.houseNumber.map(String.init) }, isValid: { valid($0.address.houseNumberOutcome) }),
        MergeField(field: .houseNumberPostfix, value: { postfix($0) }, key: { postfix($0)?.lowercased() },
                   isValid: { postfix($0) != nil && valid($0.address.houseNumberOutcome) }),
        MergeField(field: .companyName, value: { trimmed($0.customer.companyName) }, key: { $0.company.key },
                   isValid: { $0.company.key != nil }, corroborates: true),
        written(.attn),
        written(.title),
        MergeField(field: .initials, value: { trimmed($0.customer.initials) },
                   key: { $0.person.initials.isEmpty ? nil : $0.person.initials.lowercased() }, isValid: { !$0.person.initials.isEmpty }),
        written(.insertion),
        MergeField(field: .firstName, value: { trimmed($0.customer.firstName) }, key: { $0.person.firstNameKey },
                   isValid: { $0.person.firstNameKey != nil }, corroborates: true),
        MergeField(field: .name, value: { trimmed($0.customer.name) }, key: { $0.person.surnameKey },
                   isValid: { $0.person.surnameKey != nil }, corroborates: true),
        MergeField(field: .street, value: { trimmed($0.customer.street) }, key: { $0.address.streetKey },
                   isValid: { $0.address.streetKey != nil }),
        MergeField(field: .city, value: { trimmed($0.customer.city) }, key: { $0.address.cityKey }, isValid: { $0.address.cityKey != nil }),
        MergeField(field: .countryCode, value: { trimmed($0.customer.countryCode) },
                   key: { $0.country.code ?? trimmed($0.country.raw)?.uppercased() }, isValid: { valid($0.country.outcome) }),
        MergeField(field: .email, value: { trimmed($0.customer.email) }, key: { $0.email.key }, isValid: { valid($0.email.outcome) }),
        MergeField(field: .vatNumber, value: { trimmed($0.customer.vatNumber) }, key: { $0.vat.canonical },
                   isValid: { valid($0.vat.outcome) }),
        MergeField(field: .cocNumber, value: { trimmed($0.customer.cocNumber) }, key: { $0.kvk.canonical },
                   isValid: { valid($0.kvk.outcome) }),
        MergeField(field: .discountPercentage, value: { trimmed($0.customer.discountPercentage) },
                   key: { discount($0.customer).map { "\($0)" } },
                   isValid: { discount($0.customer).map { (0...100).contains($0) } ?? false }),
    ]

    /// The postfix as written, or the one the parser split off the number field.
    static func postfix(_ customer: NormalizedCustomer) -> String? {
        if let written = trimmed(customer.customer.houseNumberPostfix) { return written }
        guard let parsed = customer.address.houseNumberPostfix, !parsed.isEmpty else { return nil }
        // The parser lower-cases; take the letters as the record typed them when they are there.
        if let raw = customer.customer.houseNumber, let range = raw.range(of: parsed, options: [.caseInsensitive, .backwards]) {
            return String(raw[range])
        }
        return parsed
    }

    /// `Customer.discountValue`, without Foundation's trimming and replacing for the usual
    /// discount ("10", "12.5"): printable ASCII with no space and no comma reads the same either way.
    static func discount(_ customer: Customer) -> Double? {
        guard let text = customer.discountPercentage else { return nil }
        if !text.isEmpty && text.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != 0x2C }) { return Double(text) }
        return customer.discountValue
    }

    static func trimmed(_ text: String?) -> String? {
        guard let text, let first = text.utf8.first, let last = text.utf8.last else { return nil }
        // Most values need no trimming; Foundation's trimming costs more than the rest of a plan.
        if first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80 { return text }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}

import Foundation
