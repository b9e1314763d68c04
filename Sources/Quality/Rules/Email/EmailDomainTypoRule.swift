import CustomerModel
import Normalization

/// An address whose domain looks like a typo of a common one (`gmial.com` → `gmail.com`).
public struct EmailDomainTypoRule: RecordRule {
    public static let description = RuleDescription(
        id: "email.domain_typo",
        summary: "The email domain is not a likely typo of a common provider (gmial.com, hotmial.com, ziggo.nll …).",
        defaultSeverity: .error,
        triggering: [
            RuleExample("gmial.com", Customer(email: "jan@gmial.com"), field: "email", suggestion: "jan@gmail.com"),
            RuleExample("hotmial.com", Customer(email: "piet@hotmial.com"), field: "email", suggestion: "piet@hotmail.com"),
        ],
        nonTriggering: [
            RuleExample("gmail.com", Customer(email: "jan@gmail.com")),
            RuleExample("own domain", Customer(email: "info@fietsenjansen.nl")),
        ])

    public init() {}
    public init(parameters: RuleParameters) throws { self.init() }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        // An invalid address with a suggestion is reported by email.valid, once.
        guard !customer.email.outcome.isInvalid, let suggestion = customer.email.suggestion,
              suggestion != customer.email.key else { return }
        sink.report(customerID: customer.id, field: CustomerField.email.rawValue, value: customer.customer.email,
                    message: "The email domain looks like a typo; mail to it will not arrive. Perhaps \(suggestion) was meant.",
                    suggestion: suggestion)
    }
}
