import CustomerModel
import Normalization

/// A valid country code written in lower case or with spaces (`nl` → `NL`).
public struct CountryCodeFormatRule: RecordRule {
    public static let description = RuleDescription(
        id: "country_code.format",
        summary: "The country code is written in upper case without spaces (nl → NL).",
        defaultSeverity: .warning,
        safeToApply: true,
        triggering: [
            RuleExample("lower case", Customer(countryCode: "nl"), field: "country_code_iso_3166", suggestion: "NL"),
            RuleExample("trailing space", Customer(countryCode: "BE "), field: "country_code_iso_3166", suggestion: "BE"),
        ],
        nonTriggering: [
            RuleExample("upper case", Customer(countryCode: "NL")),
            RuleExample("missing", Customer(countryCode: nil)),
        ])

    public init() {}
    public init(parameters: RuleParameters) throws { self.init() }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        guard customer.country.outcome == .valid, let code = customer.country.code,
              let raw = customer.customer.countryCode, raw != code else { return }
        sink.report(customerID: customer.id, field: CustomerField.countryCode.rawValue, value: raw,
                    message: "The country code should be written as \(code).", suggestion: code)
    }
}
