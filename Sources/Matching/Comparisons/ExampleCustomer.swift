import CustomerModel
import Normalization

/// A customer written by hand with match keys only, for comparison examples and tests.
///
/// Keys are taken as given (lower-cased), so examples state exactly what the normalizer would
/// produce and a comparison example never depends on normalization rules.
public struct ExampleCustomer: Sendable, Hashable {
    public var surname: String?
    public var firstName: String?
    public var canonicalFirstName: String?
    public var initials: String = ""
    public var postcode: String?
    public var houseNumber: Int?
    public var postfix: String?
    public var street: String?
    public var city: String?
    /// E.164 numbers; `mobile` marks which are mobile numbers.
    public var phones: [String] = []
    public var mobiles: [String] = []
    /// Numbers the normalizer found invalid (a typing slip, a placeholder).
    public var invalidPhones: [String] = []
    public var email: String?
    public var company: String?
    public var kvk: String?
    public var vat: String?
    public var reference: String?

    public init(surname: String? = nil, firstName: String? = nil, canonicalFirstName: String? = nil, initials: String = "",
                postcode: String? = nil, houseNumber: Int? = nil, postfix: String? = nil, street: String? = nil,
                city: String? = nil, phones: [String] = [], mobiles: [String] = [], email: String? = nil,
                company: String? = nil, kvk: String? = nil, vat: String? = nil, invalidPhones: [String] = [],
                reference: String? = nil) {
        self.reference = reference
        self.surname = surname
        self.firstName = firstName
        self.canonicalFirstName = canonicalFirstName
        self.initials = initials
        self.postcode = postcode
        self.houseNumber = houseNumber
        self.postfix = postfix
        self.street = street
        self.city = city
        self.phones = phones
        self.mobiles = mobiles
        self.email = email
        self.company = company
        self.kvk = kvk
        self.vat = vat
        self.invalidPhones = invalidPhones
    }

    /// The normalized customer these keys describe.
    public func normalized(id: Int = 1) -> NormalizedCustomer {
        let lower = { (value: String?) in value?.lowercased() }
        let person = PersonNameResult(
            firstName: firstName, firstNameKey: lower(firstName), firstNameCanonicalKey: lower(canonicalFirstName),
            initials: initials.isEmpty ? String((firstName?.first).map { String($0).uppercased() } ?? "") : initials,
            surname: surname, surnameKey: lower(surname), surnamePhonetic: lower(surname).map(Self.roughPhonetic),
            displayName: [firstName, surname].compactMap { $0 }.joined(separator: " "))
        let postcodeKey = lower(postcode)?.replacingOccurrences(of: " ", with: "")
        let address = AddressResult(
            postcode: postcode, postcodeKey: postcodeKey, postcodeOutcome: postcode == nil ? .missing : .valid,
            houseNumber: houseNumber, houseNumberPostfix: lower(postfix),
            houseNumberOutcome: houseNumber == nil ? .missing : .valid,
            street: street, streetKey: lower(street), city: city, cityKey: lower(city))
        var phoneResults = mobiles.map { PhoneResult(slot: .mobile, raw: $0, e164: $0, kind: .mobile, region: "NL", outcome: .valid) }
        phoneResults += phones.map { PhoneResult(slot: .landline, raw: $0, e164: $0, kind: .fixedLine, region: "NL", outcome: .valid) }
        phoneResults += invalidPhones.map {
            PhoneResult(slot: .mobile, raw: $0, e164: $0, kind: .unknown, region: "NL", outcome: .invalid(reason: "is not a valid number"))
        }
        let emailKey = lower(email)
        let parts = emailKey?.split(separator: "@", maxSplits: 1).map(String.init)
        let domain = parts?.count == 2 ? parts?[1] : nil
        // As the normalizer decides: a domain without a dot reaches no one; a provider's domain
        // one slip away gets that provider as suggestion.
        let emailOutcome: FieldOutcome = email == nil ? .missing : (domain?.contains(".") == true ? .valid : .invalid(reason: "no domain"))
        let suggestion = domain.flatMap { EmailProviders.builtIn.suggestion(for: $0) }.map { (parts?.first ?? "") + "@" + $0 }
        let emailResult = EmailResult(raw: email, key: emailKey, canonicalKey: emailKey.map(Self.canonicalEmail),
                                      localPart: parts?.first, domain: domain, outcome: emailOutcome, suggestion: suggestion)
        var customer = Customer(customerID: id, postcode: postcode, houseNumber: houseNumber.map(String.init),
                                houseNumberPostfix: postfix, companyName: company, initials: initials.isEmpty ? nil : initials,
                                firstName: firstName, name: surname, street: street, city: city, email: email,
                                vatNumber: vat, cocNumber: kvk)
        customer.customerReference = reference
        customer.phoneNumbers = mobiles.map { PhoneNumber(phoneNumberID: "mob", customerID: id, phoneNumber: $0) }
            + phones.map { PhoneNumber(phoneNumberID: "tel", customerID: id, phoneNumber: $0) }
        return NormalizedCustomer(
            id: id, customer: customer, person: person,
            company: CompanyResult(display: company, key: lower(company)), address: address, phones: phoneResults,
            email: emailResult, vat: VATResult(raw: vat, canonical: vat, outcome: vat == nil ? .missing : .valid),
            kvk: KvKResult(raw: kvk, canonical: kvk, outcome: kvk == nil ? .missing : .valid),
            country: CountryResult(raw: "NL", code: "NL", outcome: .valid))
    }

    static func canonicalEmail(_ key: String) -> String {
        let parts = key.split(separator: "@", maxSplits: 1)
        guard parts.count == 2, parts[1] == "gmail.com" || parts[1] == "googlemail.com" else { return key }
        let local = parts[0].split(separator: "+", maxSplits: 1).first.map { $0.replacingOccurrences(of: ".", with: "") } ?? ""
        return local + "@gmail.com"
    }

    /// Crude stand-in for the normalizer's phonetic key (vowels and doubled letters dropped).
    static func roughPhonetic(_ key: String) -> String {
        var out = ""
        for character in key where !"aeiouy".contains(character) && out.last != character { out.append(character) }
        return out
    }
}
