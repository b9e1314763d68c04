import CustomerModel
import Normalization

/// A house number that cannot be read as a number with an optional postfix.
public struct HouseNumberRule: RecordRule {
    public static let description = RuleDescription(
        id: "house_number.valid",
        summary: "The house number is a number, optionally with a postfix (32, 32B, 32-2, 32 bis).",
        defaultSeverity: .warning,
        triggering: [
            RuleExample("no digits", Customer(houseNumber: "abc"), field: "house_number"),
            RuleExample("a street in the house number", Customer(houseNumber: "Dorpsstraat"), field: "house_number"),
        ],
        nonTriggering: [
            RuleExample("plain number", Customer(houseNumber: "32")),
            RuleExample("number with postfix field", Customer(houseNumber: "32", houseNumberPostfix: "B")),
            RuleExample("missing is a matter for required", Customer(houseNumber: nil)),
        ])

    public init() {}
    public init(parameters: RuleParameters) throws { self.init() }

    public func check(_ customer: NormalizedCustomer, into sink: inout FindingSink) {
        guard case .invalid(let reason) = customer.address.houseNumberOutcome else { return }
        sink.report(customerID: customer.id, field: CustomerField.houseNumber.rawValue, value: customer.customer.houseNumber,
                    message: "The house number cannot be read as a number: \(reason).")
    }
}
