import CustomerModel
import Normalization

/// An email address that is not an address (no @, spaces inside, no domain …).
public struct EmailValidRule: RecordRule {
    public static let description = RuleDescription(
        id: "email.valid",
        summary: "The email address is a syntactically valid address.",
        defaultSeverity: .error,
        triggering: [
            RuleExample("no @", Customer(email: "jan.gmail.com"), field: "email"),
            RuleExample("two @", Customer(email: "jan@@gmail.com"), field: "email"),
            RuleExample("no domain", Customer(email: "jan@"), field: "email"),
        ],
        nonTriggering: [
            RuleExample("plain address", Customer(email: "name@domain.nl")),
            RuleExample("plus tag", Customer(email: "jan+fiets@gmail.com")),
            RuleExample("missing is fine", Customer(email: nil)),
        ])

    public init() {}
    public init(parameters: RuleParameters) throws { self.init() }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        guard case .invalid(let reason) = customer.email.outcome else { return }
        let suggestion = customer.email.suggestion
        sink.report(customerID: customer.id, field: CustomerField.email.rawValue, value: customer.customer.email,
                    message: "The email address is not valid: \(reason)." + (suggestion.map { " Perhaps \($0) was meant." } ?? ""),
                    suggestion: suggestion)
    }
}
