import CustomerModel
import Normalization

/// A Chamber of Commerce (KvK) number that is not 8 digits (or a 12-digit branch number).
public struct KvKValidRule: RecordRule {
    public static let description = RuleDescription(
        id: "kvk.valid",
        summary: "The Chamber of Commerce (KvK) number has 8 digits (12 for a branch number).",
        defaultSeverity: .error,
        triggering: [
            RuleExample("seven digits", Customer(cocNumber: "6435658"), field: "coc_number"),
            RuleExample("letters", Customer(cocNumber: "KVK64356582X"), field: "coc_number"),
        ],
        nonTriggering: [
            RuleExample("eight digits", Customer(cocNumber: "64356582")),
            RuleExample("missing", Customer(cocNumber: "")),
        ])

    public init() {}
    public init(parameters: RuleParameters) throws { self.init() }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        guard case .invalid(let reason) = customer.kvk.outcome else { return }
        sink.report(customerID: customer.id, field: CustomerField.cocNumber.rawValue, value: customer.customer.cocNumber,
                    message: "The KvK number is not valid: \(reason).")
    }
}
