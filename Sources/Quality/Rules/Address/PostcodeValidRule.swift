import CustomerModel
import Normalization

/// A postcode that is not a postcode of the customer's country (NL `1234 AB`, BE 4 digits, DE 5 digits).
public struct PostcodeValidRule: RecordRule {
    public static let description = RuleDescription(
        id: "postcode.valid",
        summary: "The postcode is a valid postcode for the customer's country.",
        defaultSeverity: .error,
        triggering: [
            RuleExample("Dutch postcode with five digits", Customer(postcode: "53881 GM", countryCode: "NL"), field: "postcode"),
            RuleExample("Dutch letters SA are never issued", Customer(postcode: "1234 SA", countryCode: "NL"), field: "postcode"),
            RuleExample("Belgian postcode with letters", Customer(postcode: "1000 AB", countryCode: "BE"), field: "postcode"),
        ],
        nonTriggering: [
            RuleExample("Dutch postcode", Customer(postcode: "5388 GM", countryCode: "NL")),
            RuleExample("lower case is a matter for postcode.format", Customer(postcode: "5388gm", countryCode: "NL")),
            RuleExample("Belgian postcode", Customer(postcode: "1000", countryCode: "BE")),
            RuleExample("a missing postcode is a matter for required", Customer(countryCode: "NL")),
        ])

    public init() {}
    public init(parameters: RuleParameters) throws { self.init() }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        guard case .invalid(let reason) = customer.address.postcodeOutcome else { return }
        sink.report(customerID: customer.id, field: CustomerField.postcode.rawValue, value: customer.customer.postcode,
                    message: "The postcode is not a valid \(CountryNames.name(customer.country.effective)) postcode: \(reason).")
    }
}
