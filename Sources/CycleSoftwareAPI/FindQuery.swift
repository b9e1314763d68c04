import Foundation

/// The criteria of `find.json`; every one is optional, but at least one must be given.
public struct FindQuery: Sendable, Hashable {
    public var phoneNumber: String?
    public var postalCode: String?
    public var houseNumber: String?
    public var houseNumberPostfix: String?
    public var email: String?
    /// Free text, e.g. a name.
    public var query: String?
    public var countryCode: String?
    public var customerTypeID: Int?

    public init(phoneNumber: String? = nil, postalCode: String? = nil, houseNumber: String? = nil,
                houseNumberPostfix: String? = nil, email: String? = nil, query: String? = nil,
                countryCode: String? = nil, customerTypeID: Int? = nil) {
        self.phoneNumber = phoneNumber
        self.postalCode = postalCode
        self.houseNumber = houseNumber
        self.houseNumberPostfix = houseNumberPostfix
        self.email = email
        self.query = query
        self.countryCode = countryCode
        self.customerTypeID = customerTypeID
    }

    /// The GET parameters under the API's names, in the documented order; empty values are left out.
    public var parameters: [(name: String, value: String)] {
        let all: [(String, String?)] = [
            ("phone_number", phoneNumber), ("postal_code", postalCode), ("housenumber", houseNumber),
            ("housenumber_postfix", houseNumberPostfix), ("email", email), ("query", query),
            ("country_code", countryCode), ("customer_type_id", customerTypeID.map(String.init)),
        ]
        return all.compactMap { name, value in
            guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            return (name, value)
        }
    }
}
