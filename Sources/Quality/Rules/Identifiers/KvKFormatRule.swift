import CustomerModel
import Normalization

/// A valid KvK number written with spaces or dots (`6435 6582` → `64356582`).
public struct KvKFormatRule: RecordRule {
    public static let description = RuleDescription(
        id: "kvk.format",
        summary: "A valid KvK number is written as digits only.",
        defaultSeverity: .warning,
        safeToApply: true,
        triggering: [
            RuleExample("space inside", Customer(cocNumber: "6435 6582"), field: "coc_number", suggestion: "64356582"),
        ],
        nonTriggering: [
            RuleExample("digits only", Customer(cocNumber: "64356582")),
        ])

    public init() {}
    public init(parameters: RuleParameters) throws { self.init() }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        guard customer.kvk.outcome == .valid, let canonical = customer.kvk.canonical,
              let raw = customer.customer.cocNumber, raw != canonical else { return }
        sink.report(customerID: customer.id, field: CustomerField.cocNumber.rawValue, value: raw,
                    message: "The KvK number is valid but should be written as \(canonical).", suggestion: canonical)
    }
}
