import CustomerModel
import Foundation

/// How the sandbox answers `find.json`: a customer is found when it matches every parameter of the
/// `FindQuery` given (blank parameters count as not given):
///
/// | parameter | matches when |
/// | --- | --- |
/// | `phone_number` | one of the customer's numbers has the same digits (`06-12345678` = `0612345678`); a Dutch number given as `+31…`/`0031…` also finds `0…` |
/// | `postal_code` | the postcode is the same ignoring case and spaces (`5388 gm` = `5388GM`) |
/// | `housenumber`, `housenumber_postfix` | the same after trimming, ignoring case |
/// | `email` | the same after trimming, ignoring case |
/// | `query` | every word starts a word of first name, insertion, name, company name or city (ignoring case and accents) |
/// | `country_code` | `country_code_iso_3166` is the same ignoring case |
/// | `customer_type_id` | the customer type name is the one `CustomerType` gives that id |
public struct CustomerSearch: Sendable, Hashable {
    public let query: FindQuery

    public init(_ query: FindQuery) {
        self.query = query
    }

    /// Whether no parameter was given (the endpoint then answers 400).
    public var isEmpty: Bool { query.isEmpty }

    /// Whether `customer` matches every parameter given.
    public func matches(_ customer: Customer) -> Bool {
        if let phoneNumber = query.phoneNumber {
            let wanted = Self.phoneKey(phoneNumber)
            guard !wanted.isEmpty,
                  customer.phoneNumbers.contains(where: { Self.phoneKey($0.phoneNumber ?? "") == wanted }) else { return false }
        }
        if let postalCode = query.postalCode, Self.postcodeKey(postalCode) != Self.postcodeKey(customer.postcode ?? "") { return false }
        if let houseNumber = query.houseNumber, !Self.same(houseNumber, customer.houseNumber) { return false }
        if let houseNumberPostfix = query.houseNumberPostfix, !Self.same(houseNumberPostfix, customer.houseNumberPostfix) { return false }
        if let email = query.email, !Self.same(email, customer.email) { return false }
        if let countryCode = query.countryCode, !Self.same(countryCode, customer.countryCode) { return false }
        if let customerTypeID = query.customerTypeID {
            guard let typeName = CustomerType.name(forID: customerTypeID), Self.same(typeName, customer.customerTypeName) else { return false }
        }
        if let text = query.query {
            let wanted = Self.words(text)
            guard !wanted.isEmpty else { return false }
            let have = [customer.firstName, customer.insertion, customer.name, customer.companyName, customer.city]
                .compactMap { $0 }.flatMap(Self.words)
            for word in wanted where !have.contains(where: { $0.hasPrefix(word) }) { return false }
        }
        return true
    }

    /// Digits only, with a Dutch international prefix (`0031`, `31` on an 11-digit number) made national.
    static func phoneKey(_ text: String) -> String {
        let digits = String(text.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
        if digits.hasPrefix("0031"), digits.count == 13 { return "0" + digits.dropFirst(4) }
        if digits.hasPrefix("31"), digits.count == 11 { return "0" + digits.dropFirst(2) }
        return digits
    }

    static func postcodeKey(_ text: String) -> String {
        String(text.uppercased().filter { !$0.isWhitespace })
    }

    static func same(_ wanted: String, _ have: String?) -> Bool {
        guard let have else { return false }
        return wanted.trimmingCharacters(in: .whitespaces).caseInsensitiveCompare(have.trimmingCharacters(in: .whitespaces)) == .orderedSame
    }

    static func words(_ text: String) -> [String] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .lowercased()
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map(String.init)
    }
}

/// The customer types of the API's `customer_types` enum as the sandbox knows them. The API document
/// names the enum but not its values; these ids are the sandbox's assumption, used by
/// `find.json?customer_type_id=`.
public enum CustomerType {
    /// Id → `customer_type_name`.
    public static let names: [Int: String] = [1: "Klant", 2: "Zakelijk", 3: "E-commerce"]

    /// The name for `id`, nil when unknown.
    public static func name(forID id: Int) -> String? { names[id] }
}
