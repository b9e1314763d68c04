import CustomerModel
import Normalization

/// An address whose domain looks like a typo of a mail provider (`gmial.com` → `gmail.com`).
///
/// Which domains are real providers is `rules/email-providers.yml`: a listed domain (outlook.de,
/// web.de, telenet.be) is never reported. An unlisted domain one edit from a provider is reported
/// when few customers use it, or when the provider is much more common among the customers: a
/// domain that many customers use while its neighbour is rare is more likely real than a typo.
public struct EmailDomainTypoRule: CrossRecordRule {
    /// Below this many customers a domain near a provider is reported whatever the counts.
    public var fewCustomers = 3
    /// From `fewCustomers` on, the provider needs this many times the domain's customers.
    public var providerRatio = 10.0

    public static let description = RuleDescription(
        id: "email.domain_typo",
        summary: "The email domain is not a likely typo of a mail provider (gmial.com, hotmial.com, ziggo.nll …); "
            + "the providers of rules/email-providers.yml (outlook.de, web.de, telenet.be …) are never typos.",
        defaultSeverity: .error,
        parameters: [
            RuleParameterDoc("few_customers", type: "whole number", "A domain near a provider used by fewer customers than this is reported."),
            RuleParameterDoc("provider_ratio", type: "number",
                             "A domain used by more customers is reported only when the provider has this many times as many."),
        ],
        triggering: [
            RuleExample("gmial.com", Customer(email: "jan@gmial.com"), field: "email", suggestion: "jan@gmail.com"),
            RuleExample("hotmial.com", Customer(email: "piet@hotmial.com"), field: "email", suggestion: "piet@hotmail.com"),
            RuleExample("a typo repeated beside a common provider", customers:
                (1...3).map { Customer(email: "klant\($0)@gmial.com") } + (1...40).map { Customer(email: "klant\($0)@gmail.com") },
                field: "email", suggestion: "klant1@gmail.com"),
        ],
        nonTriggering: [
            RuleExample("gmail.com", Customer(email: "jan@gmail.com")),
            RuleExample("outlook.de is Microsoft's German domain", Customer(countryCode: "DE", email: "jan@outlook.de")),
            RuleExample("own domain", Customer(email: "info@fietsenjansen.nl")),
            RuleExample("an unlisted domain more customers use than its neighbour", customers:
                (1...4).map { Customer(email: "kunde\($0)@hotmail.dk") } + [Customer(email: "kunde@hotmail.de")]),
        ])

    public init() {}

    public init(parameters: RuleParameters) throws {
        self.init()
        fewCustomers = try parameters.int("few_customers") ?? fewCustomers
        providerRatio = try parameters.number("provider_ratio") ?? providerRatio
    }

    public func check(_ customers: [NormalizedCustomer], into sink: inout FindingSink) {
        var customersByDomain: [String: Int] = [:]
        for index in customers.indices where customers[index].email.outcome == .valid {
            if let domain = customers[index].email.domain { customersByDomain[domain, default: 0] += 1 }
        }
        for index in customers.indices {
            let email = customers[index].email
            // An invalid address with a suggestion is reported by email.valid, once.
            guard !email.outcome.isInvalid, let suggestion = email.suggestion, suggestion != email.key,
                  let at = suggestion.lastIndex(of: "@") else { continue }
            let own = email.domain.flatMap { customersByDomain[$0] } ?? 1
            let provider = customersByDomain[String(suggestion[suggestion.index(after: at)...])] ?? 0
            guard own < fewCustomers || Double(provider) >= providerRatio * Double(own) else { continue }
            sink.report(customerID: customers[index].id, field: CustomerField.email.rawValue, value: email.raw,
                        message: "The email domain looks like a typo; mail to it will not arrive. Perhaps \(suggestion) was meant.",
                        suggestion: suggestion)
        }
    }
}
