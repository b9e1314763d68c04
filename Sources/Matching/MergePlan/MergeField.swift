import Normalization

/// A field of the merged record: how to read its display value, its comparison key and whether
/// the value passed its checks.
struct MergeField: Sendable {
    var name: String
    /// Display value, nil when missing.
    var value: @Sendable (NormalizedCustomer) -> String?
    /// Equality key: values with the same key are the same value written differently.
    var key: @Sendable (NormalizedCustomer) -> String?
    var isValid: @Sendable (NormalizedCustomer) -> Bool

    static func valid(_ outcome: FieldOutcome) -> Bool {
        switch outcome {
        case .valid, .unchecked: return true
        case .missing, .invalid: return false
        }
    }

    /// Fields in the order of the API's Customer object.
    static let all: [MergeField] = [
        MergeField(name: "postcode", value: { $0.address.postcode ?? trimmed($0.customer.postcode) },
                   key: { $0.address.postcodeKey }, isValid: { valid($0.address.postcodeOutcome) }),
        MergeField(name: "house_number", value: { customer in
                       customer.address.houseNumber.map { "\($0)" + (customer.address.houseNumberPostfix.map { " \($0)" } ?? "") }
                           ?? trimmed(customer.customer.houseNumber)
                   },
                   key: { customer in customer.address.houseNumber.map { "\($0)|\(customer.address.houseNumberPostfix ?? "")" } },
                   isValid: { valid($0.address.houseNumberOutcome) }),
        MergeField(name: "company_name", value: { $0.company.display ?? trimmed($0.customer.companyName) },
                   key: { $0.company.key }, isValid: { $0.company.key != nil }),
        MergeField(name: "initials", value: { $0.person.initials.isEmpty ? nil : $0.person.initials },
                   key: { $0.person.initials.isEmpty ? nil : $0.person.initials }, isValid: { !$0.person.initials.isEmpty }),
        MergeField(name: "insertion", value: { $0.person.particle }, key: { $0.person.particle }, isValid: { $0.person.particle != nil }),
        MergeField(name: "first_name", value: { $0.person.firstName }, key: { $0.person.firstNameKey }, isValid: { $0.person.firstNameKey != nil }),
        MergeField(name: "name", value: { $0.person.surname }, key: { $0.person.surnameKey }, isValid: { $0.person.surnameKey != nil }),
        MergeField(name: "street", value: { $0.address.street }, key: { $0.address.streetKey }, isValid: { $0.address.streetKey != nil }),
        MergeField(name: "city", value: { $0.address.city }, key: { $0.address.cityKey }, isValid: { $0.address.cityKey != nil }),
        MergeField(name: "country_code_iso_3166", value: { $0.country.code ?? trimmed($0.country.raw) },
                   key: { $0.country.code ?? trimmed($0.country.raw)?.uppercased() }, isValid: { valid($0.country.outcome) }),
        MergeField(name: "email", value: { trimmed($0.email.raw) }, key: { $0.email.key }, isValid: { valid($0.email.outcome) }),
        MergeField(name: "phone_mobile", value: { phone($0, mobile: true)?.raw.flatMap(trimmed) },
                   key: { phone($0, mobile: true)?.e164 ?? phone($0, mobile: true)?.raw },
                   isValid: { phone($0, mobile: true).map { valid($0.outcome) } ?? false }),
        MergeField(name: "phone_landline", value: { phone($0, mobile: false)?.raw.flatMap(trimmed) },
                   key: { phone($0, mobile: false)?.e164 ?? phone($0, mobile: false)?.raw },
                   isValid: { phone($0, mobile: false).map { valid($0.outcome) } ?? false }),
        MergeField(name: "vat_number", value: { $0.vat.canonical ?? trimmed($0.vat.raw) }, key: { $0.vat.canonical },
                   isValid: { valid($0.vat.outcome) }),
        MergeField(name: "coc_number", value: { $0.kvk.canonical ?? trimmed($0.kvk.raw) }, key: { $0.kvk.canonical },
                   isValid: { valid($0.kvk.outcome) }),
    ]

    static func trimmed(_ text: String?) -> String? {
        guard let text, let first = text.utf8.first, let last = text.utf8.last else { return nil }
        // Most values need no trimming; Foundation's trimming costs more than the rest of a plan.
        if first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80 { return text }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The first phone of the customer in the mobile (or landline) slot, by slot then by kind.
    static func phone(_ customer: NormalizedCustomer, mobile: Bool) -> PhoneResult? {
        let withNumber = customer.phones.filter { trimmed($0.raw) != nil }
        if let bySlot = withNumber.first(where: { $0.slot == (mobile ? .mobile : .landline) }) { return bySlot }
        return withNumber.first { ($0.kind == .mobile) == mobile && $0.slot == .extra }
    }
}
