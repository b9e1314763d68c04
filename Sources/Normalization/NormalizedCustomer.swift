import CustomerModel

/// A customer with canonical values, match keys and the outcome of parsing each field.
///
/// Built by `Normalizer` (pure, no I/O). Quality rules read the outcomes and suggestions;
/// matching reads the keys. Keys are lower-case ASCII (transliterated) so that spelling,
/// accents and scripts do not hide a duplicate; display values keep the original script.
public struct NormalizedCustomer: Sendable {
    /// `customer.customerID`, or a negative stand-in (-(index+1)) for a record without an id.
    public var id: Int
    public var customer: Customer
    public var person: PersonNameResult
    public var company: CompanyResult
    public var address: AddressResult
    public var phones: [PhoneResult]
    public var email: EmailResult
    public var vat: VATResult
    public var kvk: KvKResult
    public var country: CountryResult

    public init(id: Int, customer: Customer, person: PersonNameResult, company: CompanyResult, address: AddressResult,
                phones: [PhoneResult], email: EmailResult, vat: VATResult, kvk: KvKResult, country: CountryResult) {
        self.id = id
        self.customer = customer
        self.person = person
        self.company = company
        self.address = address
        self.phones = phones
        self.email = email
        self.vat = vat
        self.kvk = kvk
        self.country = country
    }
}

/// How parsing one field went.
public enum FieldOutcome: Sendable, Hashable {
    /// Absent, null, or only whitespace.
    case missing
    case valid
    /// Present but not acceptable; the reason reads well in a report ("has 5 digits, needs 4 and 2 letters").
    case invalid(reason: String)
    /// Present but there is no check for it (e.g. a postcode of a country without rules).
    case unchecked

    public var isInvalid: Bool { if case .invalid = self { return true } else { return false } }
}

public enum PhoneKind: String, Sendable, Hashable {
    case mobile, fixedLine = "fixed_line", fixedLineOrMobile = "fixed_line_or_mobile", tollFree = "toll_free",
         premiumRate = "premium_rate", voip, other, unknown
}

public struct PhoneResult: Sendable, Hashable {
    public var slot: PhoneSlot
    /// The slot id as sent ("mob", "tel", "714253").
    public var slotID: String?
    public var raw: String?
    /// E.164 ("+31612345678") when libphonenumber could parse it (valid or not).
    public var e164: String?
    public var kind: PhoneKind
    /// ISO region of the number ("NL", "RS").
    public var region: String?
    public var outcome: FieldOutcome

    public init(slot: PhoneSlot, slotID: String? = nil, raw: String? = nil, e164: String? = nil,
                kind: PhoneKind = .unknown, region: String? = nil, outcome: FieldOutcome = .missing) {
        self.slot = slot
        self.slotID = slotID
        self.raw = raw
        self.e164 = e164
        self.kind = kind
        self.region = region
        self.outcome = outcome
    }
}

public struct EmailResult: Sendable, Hashable {
    public var raw: String?
    /// Trimmed, lower-cased address.
    public var key: String?
    /// For gmail.com / googlemail.com: local part without dots and "+tag", domain gmail.com.
    public var canonicalKey: String?
    /// Lower-cased local part, for "same local part, other domain".
    public var localPart: String?
    public var domain: String?
    public var outcome: FieldOutcome
    /// The likely intended address when the domain looks like a typo ("jan@gmial.com" → "jan@gmail.com").
    public var suggestion: String?

    public init(raw: String? = nil, key: String? = nil, canonicalKey: String? = nil, localPart: String? = nil,
                domain: String? = nil, outcome: FieldOutcome = .missing, suggestion: String? = nil) {
        self.raw = raw
        self.key = key
        self.canonicalKey = canonicalKey
        self.localPart = localPart
        self.domain = domain
        self.outcome = outcome
        self.suggestion = suggestion
    }
}

public enum VATScheme: String, Sendable, Hashable {
    /// NL + 9 digits + B + 2 digits, 11-test on the 9 digits (before 2020; still used by companies).
    case nlClassic = "nl_classic"
    /// NL btw-id for sole proprietors since 2020: ISO 7064 mod 97-10 over "NL" + number.
    case nl2020 = "nl_2020"
    /// BE + 10 digits, mod 97.
    case belgium = "be"
    /// Another country: format not checked.
    case other
}

public struct VATResult: Sendable, Hashable {
    public var raw: String?
    /// Upper-case, no spaces or dots ("NL855630693B01").
    public var canonical: String?
    public var scheme: VATScheme?
    public var outcome: FieldOutcome

    public init(raw: String? = nil, canonical: String? = nil, scheme: VATScheme? = nil, outcome: FieldOutcome = .missing) {
        self.raw = raw
        self.canonical = canonical
        self.scheme = scheme
        self.outcome = outcome
    }
}

public struct KvKResult: Sendable, Hashable {
    public var raw: String?
    /// 8 digits (or 12 for a branch number).
    public var canonical: String?
    public var isBranchNumber: Bool
    public var outcome: FieldOutcome

    public init(raw: String? = nil, canonical: String? = nil, isBranchNumber: Bool = false, outcome: FieldOutcome = .missing) {
        self.raw = raw
        self.canonical = canonical
        self.isBranchNumber = isBranchNumber
        self.outcome = outcome
    }
}

public struct CountryResult: Sendable, Hashable {
    public var raw: String?
    /// Upper-case ISO 3166-1 alpha-2, when it is one.
    public var code: String?
    public var outcome: FieldOutcome
    /// The country used for parsing postcodes and phones: `code`, else NL.
    public var effective: String { code ?? "NL" }

    public init(raw: String? = nil, code: String? = nil, outcome: FieldOutcome = .missing) {
        self.raw = raw
        self.code = code
        self.outcome = outcome
    }
}
