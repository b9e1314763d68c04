import Foundation

/// The parameters of `find.json`: every one is optional, at least one must be given. The client
/// sends them; the sandbox answers them. A blank value (empty or spaces) counts as not given on
/// both sides, so it is dropped here once.
public struct FindQuery: Sendable, Hashable {
    public let phoneNumber: String?
    public let postalCode: String?
    public let houseNumber: String?
    public let houseNumberPostfix: String?
    public let email: String?
    /// Free text, e.g. a name.
    public let query: String?
    public let countryCode: String?
    public let customerTypeID: Int?

    public init(phoneNumber: String? = nil, postalCode: String? = nil, houseNumber: String? = nil,
                houseNumberPostfix: String? = nil, email: String? = nil, query: String? = nil,
                countryCode: String? = nil, customerTypeID: Int? = nil) {
        self.phoneNumber = Self.given(phoneNumber)
        self.postalCode = Self.given(postalCode)
        self.houseNumber = Self.given(houseNumber)
        self.houseNumberPostfix = Self.given(houseNumberPostfix)
        self.email = Self.given(email)
        self.query = Self.given(query)
        self.countryCode = Self.given(countryCode)
        self.customerTypeID = customerTypeID
    }

    /// The API's names of the parameters, in the documented order.
    public static let parameterNames = [
        "phone_number", "postal_code", "housenumber", "housenumber_postfix", "email", "query", "country_code", "customer_type_id",
    ]

    /// The parameters given, under the API's names, in the documented order.
    public var parameters: [(name: String, value: String)] {
        let values = [phoneNumber, postalCode, houseNumber, houseNumberPostfix, email, query, countryCode,
                      customerTypeID.map(String.init)]
        return zip(Self.parameterNames, values).compactMap { name, value in value.map { (name, $0) } }
    }

    /// Whether no parameter was given (the API refuses such a search).
    public var isEmpty: Bool { parameters.isEmpty }

    /// The value as given (not trimmed), nil when blank.
    private static func given(_ value: String?) -> String? {
        guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return value
    }
}
