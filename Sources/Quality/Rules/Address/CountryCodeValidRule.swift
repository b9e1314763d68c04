import CustomerModel
import Normalization

/// A country that is not an ISO 3166-1 alpha-2 code (`Nederland`, `XX`, `NLD`).
public struct CountryCodeValidRule: RecordRule {
    public static let description = RuleDescription(
        id: "country_code.valid",
        summary: "The country is an ISO 3166-1 alpha-2 code (NL, BE, DE …).",
        defaultSeverity: .error,
        triggering: [
            RuleExample("a name instead of a code", Customer(countryCode: "Nederland"), field: "country_code_iso_3166", suggestion: "NL"),
            RuleExample("no such country", Customer(countryCode: "XX"), field: "country_code_iso_3166"),
        ],
        nonTriggering: [
            RuleExample("NL", Customer(countryCode: "NL")),
            RuleExample("lower case is a matter for country_code.format", Customer(countryCode: "be")),
        ])

    public init() {}
    public init(parameters: RuleParameters) throws { self.init() }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        guard case .invalid(let reason) = customer.country.outcome else { return }
        let raw = customer.customer.countryCode
        let suggestion = raw.flatMap(CountryNames.code(forName:))
        sink.report(customerID: customer.id, field: CustomerField.countryCode.rawValue, value: raw,
                    message: "The country is not an ISO 3166-1 country code: \(reason)." + (suggestion.map { " Use \($0)." } ?? ""),
                    suggestion: suggestion)
    }
}
