/// One customer exactly as the Customers API sends it (see `api/customers.md`).
///
/// Every scalar field is kept as the text that was sent (`nil` when absent or `null`), whatever
/// JSON type carried it: the API sends numbers as strings and strings as numbers, and the quality
/// rules must see what was really there. `raw` holds the record's JSON as received, so nothing a
/// record carries is lost, unknown fields included.
public struct Customer: Sendable, Hashable {
    public var customerID: Int?
    public var customerTypeName: String?
    public var customerReference: String?
    public var postcode: String?
    public var houseNumber: String?
    public var houseNumberPostfix: String?
    public var companyName: String?
    public var attn: String?
    public var title: String?
    public var initials: String?
    public var insertion: String?
    public var firstName: String?
    public var name: String?
    public var street: String?
    public var city: String?
    public var countryCode: String?
    public var email: String?
    public var vatNumber: String?
    public var cocNumber: String?
    /// The discount as sent (`"10"`, `10`, `"10.5"`); see `discountValue`.
    public var discountPercentage: String?
    /// `YYYY-MM-DD HH:MM:SS` as sent, or nil.
    public var datetimeCreated: String?
    public var phoneNumbers: [PhoneNumber]
    /// The record's JSON text as received.
    public var raw: String
    /// What could not be read as expected (e.g. an object where a string belongs). The record is
    /// kept; the quality stage reports these.
    public var decodingIssues: [DecodingIssue]

    public init(
        customerID: Int? = nil, customerTypeName: String? = nil, customerReference: String? = nil,
        postcode: String? = nil, houseNumber: String? = nil, houseNumberPostfix: String? = nil,
        companyName: String? = nil, attn: String? = nil, title: String? = nil, initials: String? = nil,
        insertion: String? = nil, firstName: String? = nil, name: String? = nil, street: String? = nil,
        city: String? = nil, countryCode: String? = nil, email: String? = nil, vatNumber: String? = nil,
        cocNumber: String? = nil, discountPercentage: String? = nil, datetimeCreated: String? = nil,
        phoneNumbers: [PhoneNumber] = [], raw: String = "", decodingIssues: [DecodingIssue] = []
    ) {
        self.customerID = customerID
        self.customerTypeName = customerTypeName
        self.customerReference = customerReference
        self.postcode = postcode
        self.houseNumber = houseNumber
        self.houseNumberPostfix = houseNumberPostfix
        self.companyName = companyName
        self.attn = attn
        self.title = title
        self.initials = initials
        self.insertion = insertion
        self.firstName = firstName
        self.name = name
        self.street = street
        self.city = city
        self.countryCode = countryCode
        self.email = email
        self.vatNumber = vatNumber
        self.cocNumber = cocNumber
        self.discountPercentage = discountPercentage
        self.datetimeCreated = datetimeCreated
        self.phoneNumbers = phoneNumbers
        self.raw = raw
        self.decodingIssues = decodingIssues
    }

    /// Whether the record carries nothing of a customer: no field with a value, no phone number,
    /// nothing unreadable (`{}`, or an object whose keys are all foreign to the API).
    public var isBlank: Bool {
        phoneNumbers.isEmpty && decodingIssues.isEmpty
            && CustomerField.allCases.allSatisfy { $0 == .phoneNumbers || self[$0] == nil }
    }

    /// The discount as a number, when the sent text is one.
    public var discountValue: Double? {
        guard let text = discountPercentage?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        return Double(text.replacingOccurrences(of: ",", with: "."))
    }
}

/// One entry of `phone_numbers`: `mob`, `tel`, or an id for extra numbers.
public struct PhoneNumber: Sendable, Hashable {
    public var phoneNumberID: String?
    public var customerID: Int?
    public var phoneNumber: String?
    public var name: String?

    public init(phoneNumberID: String? = nil, customerID: Int? = nil, phoneNumber: String? = nil, name: String? = nil) {
        self.phoneNumberID = phoneNumberID
        self.customerID = customerID
        self.phoneNumber = phoneNumber
        self.name = name
    }

    /// `mob`, `tel`, or `extra` for numbered extra slots.
    public var slot: PhoneSlot { PhoneSlot(id: phoneNumberID) }
}

public enum PhoneSlot: String, Sendable, Hashable, CaseIterable {
    case mobile = "mob"
    case landline = "tel"
    case extra

    public init(id: String?) {
        switch id?.lowercased() {
        case "mob": self = .mobile
        case "tel": self = .landline
        default: self = .extra
        }
    }
}

/// A field that was present but not of a usable shape.
public struct DecodingIssue: Sendable, Hashable, CustomStringConvertible {
    public var field: String
    public var problem: String

    public init(field: String, problem: String) {
        self.field = field
        self.problem = problem
    }

    public var description: String { "\(field): \(problem)" }
}

import Foundation
