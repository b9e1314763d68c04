import CustomerModel
import Foundation
import Normalization

/// A valid address with capitals in it (`Jan.Jansen@Gmail.COM` → `jan.jansen@gmail.com`).
/// Domains ignore case by definition, and the providers shops see ignore it in the local part too;
/// matching already compares the lower-case key, so writing the address that way changes how it
/// reads, never where mail goes. Surrounding spaces are `text.whitespace`'s to report.
public struct EmailFormatRule: RecordRule {
    public static let description = RuleDescription(
        id: "email.format",
        summary: "A valid email address is written in lower case.",
        defaultSeverity: .info,
        safeToApply: true,
        triggering: [
            RuleExample("capitals", Customer(email: "Jan.Jansen@Gmail.COM"), field: "email", suggestion: "jan.jansen@gmail.com"),
            RuleExample("capitals and a space around it", Customer(email: " INFO@Fietsen.nl"), field: "email",
                        suggestion: "info@fietsen.nl"),
        ],
        nonTriggering: [
            RuleExample("lower case", Customer(email: "jan.jansen@gmail.com")),
            RuleExample("only spaces around it: text.whitespace's", Customer(email: "jan@gmail.com ")),
            RuleExample("an invalid address is email.valid's", Customer(email: "Jan.Gmail.com")),
            RuleExample("missing is fine", Customer(email: nil)),
        ])

    public init() {}
    public init(parameters: RuleParameters) throws { self.init() }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        // `raw != key` first: nearly every address is written as its key, and trimming (Foundation's,
        // by character set) was most of this rule's time at a million customers.
        guard customer.email.outcome == .valid, let raw = customer.customer.email, let key = customer.email.key,
              raw != key, raw.trimmingCharacters(in: .whitespacesAndNewlines) != key else { return }
        sink.report(customerID: customer.id, field: CustomerField.email.rawValue, value: raw,
                    message: "The email address is written with capitals; write it as \(key).", suggestion: key)
    }
}
